"""Injection-looking and malformed values in every filter and query parameter of the listings,
feeds, downloads and the office's filter views: never a server error; a page (200) or a
refusal (400/404) in Vietnamese; and never what a filter should hide (drafts, contact details).
Runs on SQLite and PostgreSQL alike (bin/with-postgres)."""

import pytest
from django.test import Client

from consultations.models import Question
from tests.factories import NewsPageFactory
from tests.news.factories import AwardDecisionPageFactory, AwardeeFactory

pytestmark = pytest.mark.django_db

HOSTILE = {
    "sql": "' OR 1=1--",
    "nul": "abc\x00def",
    "long": "Nguyễn " * 2000,
    "traversal": "../../etc/passwd",
    "not-a-number": "abc",
    "huge-number": "9" * 30,
    "bad-date": "32/13/2026",
    "wildcards": "%_% .*(a+)+$ 🏅\u202e",
}

# Every public listing with the parameters it reads (found in the views' request.GET uses).
PUBLIC = {
    "/tin-tuc/": ["chuyen-muc", "the", "nam", "thang", "trang"],
    "/tin-tuc/rss/": ["trang", "nam"],
    "/van-ban/": ["loai", "co_quan", "nam", "tinh_trang", "q", "trang"],
    "/khen-thuong/": ["cap", "hinh_thuc", "nam", "q", "trang"],
    "/tra-cuu/": [
        "ten",
        "don_vi",
        "dia_phuong",
        "so_qd",
        "hinh_thuc",
        "cap",
        "nam",
        "loai",
        "trang",
    ],
    "/tra-cuu/tai-ve/csv/": ["ten", "so_qd", "hinh_thuc", "cap", "nam", "loai"],
    "/tra-cuu/tai-ve/xlsx/": ["ten", "so_qd", "hinh_thuc", "cap", "nam", "loai"],
    "/thong-ke/": ["nam", "giai_doan"],
    "/thong-ke/tai-ve/csv/": ["nam", "giai_doan"],
    "/tim-kiem/": ["q", "muc", "trang"],
    "/guong-dien-hinh/": ["nhom", "dia_ban", "phong_trao", "nam", "trang"],
    "/guong-dien-hinh/theo-dia-ban/": ["trang"],
    "/guong-dien-hinh/rss/": ["trang"],
    "/phong-trao/": ["trang"],
    "/lay-y-kien/": ["trang"],
    "/hoi-dap/": ["chu-de", "q", "trang"],
    # The e-mail is posted, never in the address (an old link with it is redirected away:
    # tests/security/test_no_personal_data_in_urls.py).
    "/hoi-dap/tra-cuu/": ["code"],
    "/tra-cuu-y-kien/": ["code"],
    "/hoi-dap/nghiep-vu/": ["trang", "q"],
    "/dang-ky-thi-dua/": ["trang", "campaign"],
    "/sitemap.xml": ["p", "page"],
}
# Pages found at run time (a nominee, a news page, a story): comments' paging and replies.
COMMENT_PARAMS = ["trang-y-kien", "tra-loi"]

OFFICE = {
    "/admin/y-kien/": [
        "q", "round", "nominee", "page", "kind", "stance", "moderation_state", "submit_date_from",
        "submit_date_to", "p", "ordering", "export",
    ],
    "/admin/dang-ky-thi-dua/": ["campaign", "window", "cluster", "status"],
    "/admin/dang-ky-thi-dua/xep-hang/": ["campaign", "window"],
    "/admin/dang-ky-thi-dua/xuat-excel/": ["campaign", "window"],
    "/admin/can-bo-don-vi/": ["q", "p"],
    "/admin/snippets/consultations/question/": [
        "q", "state", "kind", "topic", "assigned_to", "publish", "p", "ordering",
    ],
}  # fmt: skip

SECRET = "Bí mật chưa công bố Zq7"


@pytest.fixture
def hidden(section):
    """What no filter may reveal: a draft news page, an unpublished decision's awardee and a
    question's contact details."""
    NewsPageFactory(parent=section("tin-tuc"), title=SECRET, live=False)
    decision = AwardDecisionPageFactory(parent=section("khen-thuong"), live=False)
    AwardeeFactory(decision=decision, full_name=SECRET)
    Question.objects.create(
        name=SECRET, email="an.toan.zq7@example.vn", phone="0900 777 777", text=SECRET
    )


def assert_answer(response, url):
    assert response.status_code in (200, 400, 404), (url, response.status_code)
    if response.status_code != 200:
        html = response.content.decode()
        assert 'lang="vi"' in html, f"{url}: a refusal without the Vietnamese page"
    return response


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


@pytest.mark.parametrize("url", PUBLIC.keys())
def test_public_listing_parameters(client, hidden, url):
    for name, value in HOSTILE.items():
        response = assert_answer(client.get(url, dict.fromkeys(PUBLIC[url], value)), url)
        content = body(response)
        assert SECRET.encode() not in content, (url, name)
        assert b"an.toan.zq7@example.vn" not in content and b"0900 777 777" not in content


def test_comment_paging_parameters(client, nominee, news_page, story):
    for value in HOSTILE.values():
        for page in (nominee, news_page, story):
            assert_answer(client.get(page.url, dict.fromkeys(COMMENT_PARAMS, value)), page.url)


@pytest.mark.parametrize("url", PUBLIC.keys())
def test_repeated_parameters(client, url):
    """?nam=1&nam=2: lists where one value is expected."""
    query = "&".join(f"{name}=2024&{name}=abc&{name}[]=1" for name in PUBLIC[url])
    assert_answer(client.get(f"{url}?{query}"), url)


@pytest.mark.parametrize("url", OFFICE.keys())
def test_office_filter_parameters(secretary, hidden, url):
    for name, value in HOSTILE.items():
        response = secretary.get(url, dict.fromkeys(OFFICE[url], value))
        assert response.status_code in (200, 400, 404), (url, name, response.status_code)
        if not url.endswith("/question/"):  # the office's own list of questions shows them
            assert SECRET.encode() not in body(response), (url, name)


@pytest.mark.parametrize("url", OFFICE.keys())
def test_office_repeated_parameters(secretary, url):
    query = "&".join(f"{name}=1&{name}=abc" for name in OFFICE[url])
    response = secretary.get(f"{url}?{query}")
    assert response.status_code in (200, 400, 404), url


def test_a_search_that_looks_like_sql_finds_nothing_extra(client, hidden):
    """The lookup and the site search answer an injection attempt with the rows that really
    match (none here), not with every row."""
    for url, name in (("/tra-cuu/", "ten"), ("/tim-kiem/", "q"), ("/van-ban/", "q")):
        plain = client.get(url, {name: "khongcoketquanao"}).content.decode()
        sql = client.get(url, {name: "khongcoketquanao' OR 1=1--"}).content.decode()
        assert plain.count("<article") == sql.count("<article"), url
        assert sql.count('href="/tra-cuu/') == plain.count('href="/tra-cuu/'), url


def test_path_parameters_that_are_not_numbers(client):
    for url in (
        "/tra-cuu/abc/",
        "/tra-cuu/-1/",
        f"/tra-cuu/{'9' * 30}/",
        "/hoi-dap/da-gui/%27%20OR%201=1--/",
        "/hoi-dap/da-gui/..%2F..%2Fetc%2Fpasswd/",
        "/dang-ky-thi-dua/dang-ky/abc/",
        "/tin-tuc/%00/",
    ):
        response = Client().get(url)
        assert response.status_code in (302, 400, 404), (url, response.status_code)


@pytest.mark.parametrize("length", [50, 51, 100, 101, 5000])
def test_long_names_in_comment_forms(nominee, news_page, length):
    """A long name is refused with a Vietnamese message or stored whole: never a database
    error (django-comments keeps 50 characters of a name)."""
    from consultations.models import PortalComment
    from tests.consultations.helpers import OPINION, READER_COMMENT, submit

    name = ("Hội Cựu chiến binh xã " * 300)[: length - 1] + "x"
    for page, data in ((nominee, OPINION), (news_page, READER_COMMENT)):
        response = submit(Client(), page.url, data, name=name)
        assert response.status_code in (303, 400), (page.url, length, response.status_code)
        if response.status_code == 400:
            assert "Họ và tên dài tối đa" in response.content.decode()
        else:
            assert PortalComment.objects.filter(page_id=page.pk, user_name=name).exists()
