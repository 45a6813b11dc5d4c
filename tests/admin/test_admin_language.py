"""The Wagtail admin speaks Vietnamese to the staff who work in it all day.

Each staff role signs in and opens every admin screen it can: every GET address of the
admin's URL conf (the arguments filled with real objects of the demo, as the security walk
does, tests/security/test_admin_walk.py) and every entry of its admin menu, submenus
included (read from the sidebar's props). What each screen shows, scripts' strings included,
goes through the English detector (tests/admin/english.py); the test fails listing every
English string with where it was seen. Then the page editor and a snippet editor, a form
sent back with errors, the sign-in and password screens, and the workflow's e-mails.

Run with -s to see, per role, the screens walked and the English strings left.
"""

import json
import re
from collections import defaultdict

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import get_resolver, reverse

from demo import accounts as demo_accounts
from tests.admin.english import (
    english_in_html,
    english_in_json_response,
    english_words,
    visible_text,
)
from tests.security.test_admin_walk import (
    RAISES_ON_PURPOSE,
    SENTINELS,
    SIGNS_OUT,
    body_of,
    walk_urls,
)

pytestmark = pytest.mark.django_db

STAFF_ROLES = ["editor", "approver", "secretariat", "superuser"]
ADMIN = f"/{settings.ADMIN_PATH}/"
# Not screens: the admin's JSON API (titles and fields of content, no interface text), its
# JavaScript catalogue (the translations themselves) and spreadsheets.
NOT_SCREENS = ("wagtailadmin_api", "wagtailadmin_javascript_catalog")


def data_words():
    """Words that are data, not language: usernames and host names appear as they are, and so
    do the security walk's sentinels (Vietnamese typed without marks, tagged "Qsentinel"…)."""
    from django.contrib.auth import get_user_model
    from wagtail.models import Site

    names = set(get_user_model().objects.values_list("username", flat=True))
    names |= set(Site.objects.values_list("hostname", flat=True))
    names |= set(SENTINELS)
    return {word.lower() for name in names for word in re.findall(r"[A-Za-z]+", name)}


def english_on_screen(response, ignore):
    """The English a screen shows, or None when the answer is no screen (a redirect, a file,
    data for a script)."""
    if response.status_code in (301, 302, 303, 304, 307, 308):
        return None
    kind = response.get("Content-Type", "")
    body = body_of(response)
    if kind.startswith("text/html"):
        phrases = english_in_html(body.decode())
    elif kind.startswith("application/json"):
        phrases = english_in_json_response(json.loads(body or b"null"))
    else:
        return None
    return [p for p in phrases if {w.lower() for w in english_words(p)} - ignore]


def sidebar_props(html):
    found = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S
    )
    assert found, "the admin shows no sidebar"
    return json.loads(found.group(1))


def menu_urls(props):
    """Every address of the admin menu, its submenus and the account menu."""
    urls = []

    def walk(value):
        if isinstance(value, dict):
            if isinstance(value.get("url"), str) and "label" in value:
                urls.append(value["url"])
            for inner in value.values():
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(props)
    return list(dict.fromkeys(urls))


def screens_of(role, client, walk_ids):
    """(address, how found) of the screens a role is walked through."""
    dashboard = client.get(ADMIN)
    assert dashboard.status_code == 200, f"{role} cannot open the admin"
    # The help menu's guides are Wagtail's own site, not the portal's admin.
    menu = [url for url in menu_urls(sidebar_props(dashboard.content.decode())) if url[:1] == "/"]
    assert len(menu) >= 3, f"{role}: the admin menu is nearly empty: {menu}"
    urls = dict.fromkeys(menu, "menu")
    for _route, url in walk_urls(walk_ids):
        if "export=" in url:
            continue
        view = get_resolver().resolve(url.split("?")[0]).view_name
        if view in RAISES_ON_PURPOSE or view in SIGNS_OUT or view.startswith(NOT_SCREENS):
            continue
        urls.setdefault(url, "URL conf")
    return urls


def report(found):
    return "\n".join(
        f"  {phrase!r} at {', '.join(sorted(urls)[:3])}"
        + (f" (+{len(urls) - 3} more)" if len(urls) > 3 else "")
        for phrase, urls in sorted(found.items())
    )


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_every_admin_screen_of_a_role_is_in_vietnamese(role, as_role, walk_ids, record_property):
    client = as_role(role)
    ignore = data_words()
    found = defaultdict(set)
    walked = 0
    for url in screens_of(role, client, walk_ids):
        try:
            response = client.get(url)
        except Exception:  # noqa: S112 (500s are the security walk's finding, not this one's)
            continue
        phrases = english_on_screen(response, ignore)
        if phrases is None:
            continue
        walked += 1
        for phrase in phrases:
            found[phrase].add(url)
    print(f"\n{role}: {walked} admin screens walked, {len(found)} English strings left")
    record_property("screens_walked", walked)
    record_property("english_strings", len(found))
    # Losing the URL conf's includes or the menu would make an empty walk pass.
    assert walked > 150, f"{role}: only {walked} screens walked"
    assert not found, f"{role}: English on the admin's screens:\n{report(found)}"


def assert_vietnamese(response, what):
    phrases = english_on_screen(response, data_words())
    assert phrases is not None, f"{what}: no screen ({response.status_code})"
    assert not phrases, f"{what}: English shown:\n" + "\n".join(f"  {p!r}" for p in phrases)


def test_the_page_editor_and_a_snippet_editor_are_in_vietnamese(as_role):
    from news.models import NewsCategory, NewsIndexPage, NewsPage

    client = as_role("editor")
    index = NewsIndexPage.objects.get()
    news = NewsPage.objects.child_of(index).first()
    category = NewsCategory.objects.first()
    screens = {
        "create a news page": reverse(
            "wagtailadmin_pages:add", args=["news", "newspage", index.pk]
        ),
        "edit a news page": reverse("wagtailadmin_pages:edit", args=[news.pk]),
        "news page history": reverse("wagtailadmin_pages:history", args=[news.pk]),
        "add a snippet": reverse("wagtailsnippets_news_newscategory:add"),
        "edit a snippet": reverse("wagtailsnippets_news_newscategory:edit", args=[category.pk]),
    }
    for what, url in screens.items():
        response = client.get(url)
        assert response.status_code == 200, what
        assert_vietnamese(response, what)
    # The editor's action menu and status panel are there, in Vietnamese.
    html = client.get(screens["edit a news page"]).content.decode()
    shown = " ".join(visible_text(html))
    for words in ("Lưu nháp", "Gửi duyệt", "Trạng thái", "Xem trước", "Kiểm tra"):
        assert words in shown, words


def form_data(html, form_id):
    """What a browser sends for a form of the page, as rendered (no script run)."""
    from bs4 import BeautifulSoup

    form = BeautifulSoup(html, "html.parser").find("form", id=form_id)
    assert form is not None, form_id
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button", "file"):
            continue
        if field.get("type") in ("checkbox", "radio") and not field.has_attr("checked"):
            continue
        if field.name == "textarea":
            data[name] = field.text
        elif field.name == "select":
            chosen = field.find("option", selected=True)
            data[name] = chosen.get("value", "") if chosen else ""
        else:
            data[name] = field.get("value", "")
    return data


def stream_fields(model):
    from wagtail.fields import StreamField

    return [field.name for field in model._meta.fields if isinstance(field, StreamField)]


def test_a_page_sent_back_with_errors_says_so_in_vietnamese(as_role):
    from news.models import NewsIndexPage, NewsPage

    client = as_role("editor")
    index = NewsIndexPage.objects.get()
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", index.pk])
    data = {**form_data(client.get(url).content.decode(), "page-edit-form"), "title": ""}
    # The body's blocks are written into the form by the editor's script: none here.
    data |= {f"{name}-count": "0" for name in stream_fields(NewsPage)}
    response = client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Không tạo được trang vì nội dung còn lỗi." in html
    assert "could not be" not in html
    assert_vietnamese(response, "the refused page form")


def test_the_sign_in_and_password_screens_are_in_vietnamese():
    client = Client()
    screens = {
        "sign in": reverse("wagtailadmin_login"),
        "forgotten password": reverse("wagtailadmin_password_reset"),
        "password reset sent": reverse("wagtailadmin_password_reset_done"),
        "invalid reset link": reverse(
            "wagtailadmin_password_reset_confirm", args=["MQ", "set-password"]
        ),
        "password reset done": reverse("wagtailadmin_password_reset_complete"),
    }
    for what, url in screens.items():
        response = client.get(url, follow=True)
        assert response.status_code == 200, what
        assert_vietnamese(response, what)
    refused = client.post(screens["sign in"], {"username": demo_accounts.EDITOR, "password": "sai"})
    assert_vietnamese(refused, "a refused sign-in")
    sign_in = client.get(screens["sign in"]).content.decode()
    assert "Đăng nhập trang quản trị" in sign_in and "Mật khẩu" in sign_in
    assert 'placeholder="Tên đăng nhập của bạn"' in sign_in


# E-mails ------------------------------------------------------------------------------------

LINK = re.compile(r"https?://[^\s<>\"”]+")


def assert_vietnamese_letter(message, user):
    """Subject and body in Vietnamese, greeting the person by full name, links absolute."""
    ignore = data_words()
    text = message.body
    for part, content in (("subject", message.subject), ("body", LINK.sub(" ", text))):
        english = {w.lower() for w in english_words(content)} - ignore
        assert not english, f"{part} of {message.subject!r} in English: {english}\n{content}"
    full_name = user.get_full_name()
    assert full_name.count(" ") >= 2, full_name
    assert text.startswith(f"Kính gửi {full_name},"), text[:80]
    for link in LINK.findall(text):
        assert link.startswith(settings.WAGTAILADMIN_BASE_URL), link
    for relative in re.findall(r"(?<![\w:/])/(?:admin|tin-tuc)/\S*", LINK.sub(" ", text)):
        pytest.fail(f"a relative link in {message.subject!r}: {relative}")


@pytest.fixture
def workflow_page(users):
    """A news page of the demo whose workflow the approver takes part in; the staff have
    e-mail addresses and full Vietnamese names."""
    from news.models import NewsPage

    for username, address in [
        (demo_accounts.EDITOR, "bientap@example.vn"),
        (demo_accounts.APPROVER, "pheduyet@example.vn"),
        (demo_accounts.SECRETARIAT, "thuongtruc@example.vn"),
        ("admin", "quantri@example.vn"),
    ]:
        user = users[username]
        user.email = address
        if username == "admin":
            user.first_name, user.last_name = "Nông Thị", "Hạnh"
        user.save()
    page = next(p for p in NewsPage.objects.live() if not p.workflow_in_progress)
    workflow = page.get_workflow()
    assert workflow is not None, "news pages have no approval workflow"
    task = workflow.tasks.first().specific
    assert users[demo_accounts.APPROVER].groups.filter(pk__in=task.groups.all()).exists()
    return page


def submit(page, editor):
    """The editor sends the page for approval (Wagtail's workflow, as "Gửi duyệt" does), or
    sends it again after changes were asked for ("Gửi lại")."""
    page.title = page.title + " (bản sửa)"
    page.save_revision(user=editor)
    mail.outbox.clear()
    workflow_state = page.current_workflow_state
    if workflow_state is None:
        workflow_state = page.get_workflow().start(page, editor)
    else:
        workflow_state.resume(editor)
    return workflow_state.current_task_state


def workflow_action(client, page, task_state, action, comment=""):
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    response = client.post(url, {"comment": comment} if comment else {})
    assert response.status_code in (200, 302), response.status_code
    return response


def letters_to(users):
    by_address = {user.email: user for user in users.values() if user.email}
    return [(message, by_address[message.to[0]]) for message in mail.outbox]


def test_workflow_emails_are_vietnamese_letters(workflow_page, users, as_role):
    # Submitted: the approvers (and the superuser) are asked to review.
    task_state = submit(workflow_page, users[demo_accounts.EDITOR])
    submitted = letters_to(users)
    assert {user.username for _m, user in submitted} >= {"pheduyet"}
    for message, user in submitted:
        assert_vietnamese_letter(message, user)
    assert any("chờ duyệt" in message.subject for message, _u in submitted)

    # Changes requested, with a comment: the editor is told, and reads the comment.
    mail.outbox.clear()
    workflow_action(as_role("approver"), workflow_page, task_state, "reject", "Bổ sung ảnh")
    rejected = letters_to(users)
    assert [user.username for _m, user in rejected] == [demo_accounts.EDITOR]
    message = rejected[0][0]
    assert_vietnamese_letter(message, users[demo_accounts.EDITOR])
    assert "Yêu cầu chỉnh sửa" in message.subject and "Bổ sung ảnh" in message.body

    # Submitted again and approved: the editor hears the page is approved.
    workflow_page.refresh_from_db()
    task_state = submit(workflow_page, users[demo_accounts.EDITOR])
    mail.outbox.clear()
    workflow_action(as_role("approver"), workflow_page, task_state, "approve")
    approved = letters_to(users)
    assert [user.username for _m, user in approved] == [demo_accounts.EDITOR]
    assert_vietnamese_letter(approved[0][0], users[demo_accounts.EDITOR])
    assert "đã được phê duyệt" in approved[0][0].subject


NOTIFICATIONS = [
    "approved",
    "rejected",
    "task_state_submitted",
    "task_state_approved",
    "task_state_rejected",
    "workflow_state_submitted",
    "workflow_state_approved",
    "workflow_state_rejected",
    "updated_comments",
]


# Wagtail sends these three for pages only.
PAGE_ONLY = {"approved", "rejected", "updated_comments"}


@pytest.mark.parametrize(
    ("notification", "kind"),
    [(name, "page") for name in NOTIFICATIONS]
    + [(name, "snippet") for name in NOTIFICATIONS if name not in PAGE_ONLY],
)
def test_every_notification_template_is_a_vietnamese_letter(notification, kind, users):
    """Each of Wagtail's notification e-mails, for a page and for a snippet under workflow,
    as text and as HTML."""
    from django.template.loader import render_to_string
    from wagtail.models import GroupApprovalTask, Workflow

    from news.models import NewsCategory, NewsPage

    page = NewsPage.objects.live().first()
    obj = page if kind == "page" else NewsCategory.objects.first()
    editor, approver = users[demo_accounts.EDITOR], users[demo_accounts.APPROVER]
    comment = type("Comment", (), {"text": "Cần bổ sung số liệu"})()
    context = {
        "settings": settings,
        "user": approver,
        "object": obj,
        "page": page if kind == "page" else None,
        "model_name": obj._meta.verbose_name,
        "workflow": Workflow(name="Duyệt tin bài"),
        "task": GroupApprovalTask(name="Lãnh đạo Ban duyệt", id=1),
        "task_state": type("TaskState", (), {"finished_by": approver})(),
        "requested_by": editor,
        "comment": "Bổ sung ảnh",
        "revision": page.latest_revision,
        "editor": editor,
        "new_comments": [comment],
        "resolved_comments": [comment],
        "deleted_comments": [comment],
        "replied_comments": [{"comment": comment, "replies": [comment]}],
    }
    base = f"wagtailadmin/notifications/{notification}"
    subject = render_to_string(f"{base}_subject.txt", context).strip()
    text = render_to_string(f"{base}.txt", context).strip()
    html = render_to_string(f"{base}.html", context)
    message = mail.EmailMessage(subject=subject, body=text, to=[approver.email])
    assert_vietnamese_letter(message, approver)
    assert "\n" not in subject and subject
    assert 'lang="vi"' in html and "Kính gửi Lương Văn Thắng," in html
    assert not english_in_html(html)


def test_the_admin_password_reset_email_is_a_vietnamese_letter(
    client, users, django_capture_on_commit_callbacks
):
    user = users[demo_accounts.EDITOR]
    user.email = "bientap@example.vn"
    user.save(update_fields=["email"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_password_reset"), {"email": user.email})
    assert len(mail.outbox) == 1
    assert_vietnamese_letter(mail.outbox[0], user)


def test_wagtails_own_password_reset_email_is_a_vietnamese_letter(users):
    """The admin's form sends the portal's letter; Wagtail's own, should that change, is one
    too."""
    from django.template.loader import render_to_string

    user = users[demo_accounts.EDITOR]
    context = {"user": user, "uid": "MQ", "token": "set-password", "protocol": "https"}
    base = "wagtailadmin/account/password_reset/email"
    message = mail.EmailMessage(
        subject=render_to_string(f"{base}_subject.txt", context).strip(),
        body=render_to_string(f"{base}.txt", context).strip(),
    )
    assert_vietnamese_letter(message, user)
    assert message.subject == "Đặt lại mật khẩu tài khoản"
