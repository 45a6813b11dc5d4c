"""The admin's choosers of award forms, units and localities: a search box that finds a
Vietnamese name from a few letters typed without diacritics, used by every panel that picks
one, and open to the same people as before (whoever may enter the admin)."""

import html
import re

import pytest
from django.conf import settings
from django.urls import reverse

from tests.factories import UserFactory
from tests.security.conftest import ROLES

pytestmark = pytest.mark.django_db

CHOOSE = f"/{settings.ADMIN_PATH}/snippets/choose"
# model -> (chooser address, unaccented query, the only row it finds)
SEARCHES = {
    "locality": (f"{CHOOSE}/home/locality/", "luong van tri", ["phường Lương Văn Tri"]),
    "award form": (
        f"{CHOOSE}/news/awardform/",
        "bang khen thu tuong",
        ["Bằng khen của Thủ tướng Chính phủ"],
    ),
    "unit": (f"{CHOOSE}/registrations/unit/", "so noi vu", ["Sở Nội vụ tỉnh Lạng Sơn"]),
}
CHOICE = re.compile(r"<a data-chooser-modal-choice [^>]*>\s*(.*?)\s*</a>", re.S)


def choices(response):
    return [html.unescape(title) for title in CHOICE.findall(response.content.decode())]


@pytest.fixture
def editor(client, users):
    client.force_login(users[ROLES["editor"]])
    return client


@pytest.mark.parametrize("model", SEARCHES)
def test_an_unaccented_query_finds_the_name_and_only_it(editor, model):
    url, query, expected = SEARCHES[model]
    response = editor.get(f"{url}results/", {"q": query})
    assert response.status_code == 200
    assert choices(response) == expected


def test_a_few_letters_find_every_match_current_localities_first(editor):
    localities = editor.get(f"{CHOOSE}/home/locality/results/", {"q": "chi lang"})
    assert choices(localities) == ["xã Chi Lăng", "huyện Chi Lăng (trước 1/7/2025)"]
    forms = editor.get(f"{CHOOSE}/news/awardform/results/", {"q": "bang khen"})
    assert choices(forms) == [
        "Bằng khen của Thủ tướng Chính phủ",
        "Bằng khen của Chủ tịch UBND tỉnh",
    ]


def test_without_a_query_localities_list_current_units_by_kind_and_name_then_the_former(editor):
    first = choices(editor.get(f"{CHOOSE}/home/locality/results/"))
    # Sorted without diacritics: "Đông Kinh" among the d's, not after "z".
    assert first[:6] == [
        "phường Đông Kinh",
        "phường Kỳ Lừa",
        "phường Lương Văn Tri",
        "phường Tam Thanh",
        "xã Ba Sơn",
        "xã Bắc Sơn",
    ]
    # 65 current units at 20 a page: the fourth page ends them, then the 11 former ones.
    last = choices(editor.get(f"{CHOOSE}/home/locality/results/", {"p": 4}))
    assert len(last) == 16
    assert not any("trước 1/7/2025" in title for title in last[:5])
    assert last[5] == "huyện Bắc Sơn (trước 1/7/2025)"
    assert last[-1] == "thành phố Lạng Sơn (trước 1/7/2025)"


# (page or snippet model, field) of every panel that picks one of the three.
PANELS = [
    ("exemplars.ExemplarPage", "locality", "home_locality"),
    ("consultations.NomineePage", "locality", "home_locality"),
    ("registrations.Unit", "locality", "home_locality"),
    ("home.Locality", "former_district", "home_locality"),
    ("news.AwardDecisionPage", "award_form", "news_awardform"),
    ("consultations.NomineePage", "proposed_award", "news_awardform"),
    ("registrations.Unit", "parent", "registrations_unit"),
    ("registrations.Cluster", "head_unit", "registrations_unit"),
]


@pytest.mark.parametrize(("model_label", "field", "chooser"), PANELS)
def test_each_panel_opens_the_searchable_chooser(editor, model_label, field, chooser):
    from django.apps import apps
    from wagtail.admin.panels import get_edit_handler

    form_class = get_edit_handler(apps.get_model(model_label)).get_form_class()
    widget = form_class.base_fields[field].widget
    url = widget.get_chooser_modal_url()
    assert url == reverse(f"wagtailsnippetchoosers_{chooser}:choose")
    modal = editor.get(url).json()["html"]
    assert 'name="q"' in modal
    assert "không dấu" in modal


@pytest.mark.parametrize("model", SEARCHES)
@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("anonymous", False),
        ("norole", False),
        ("officer", False),
        ("editor", True),
        ("approver", True),
        ("secretariat", True),
        ("superuser", True),
    ],
)
def test_who_may_open_the_choosers_is_unchanged(client, users, model, role, allowed):
    if role == "norole":
        client.force_login(UserFactory(username="khongvaitro"))
    elif role != "anonymous":
        client.force_login(users[ROLES[role]])
    url, query, expected = SEARCHES[model]
    for address in (url, f"{url}results/?q={query}"):
        response = client.get(address)
        if allowed:
            assert response.status_code == 200, address
        else:
            # Sent to the admin's sign-in, with nothing of the list.
            assert response.status_code == 302, address
            assert f"/{settings.ADMIN_PATH}/login/" in response["Location"]
            assert expected[0].encode() not in response.content


@pytest.mark.parametrize(
    ("url", "query", "expected"),
    [
        ("/admin/snippets/home/locality/", "ky lua", ["phường Kỳ Lừa"]),
        ("/admin/snippets/registrations/unit/", "so noi vu", ["Sở Nội vụ tỉnh Lạng Sơn"]),
        ("/admin/snippets/news/awardform/", "giay khen", ["Giấy khen"]),
    ],
)
def test_the_secretariat_lists_search_without_diacritics_too(client, users, url, query, expected):
    client.force_login(users[ROLES["secretariat"]])
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    rows = re.findall(r'<span id="snippet_\d+_title">(.*?)</span>', response.content.decode())
    assert [html.unescape(row) for row in rows] == expected
