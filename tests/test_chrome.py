"""The header, footer and breadcrumbs are built once per chrome version (core.chrome), cost no
query on the pages that show them, and never show a menu or a setting older than the data."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction, Site

from core import chrome
from home.models import PortalSettings, StandardPage

pytestmark = pytest.mark.django_db

DEEP = "/gioi-thieu/co-cau-to-chuc/"


def portal():
    return PortalSettings.for_site(Site.objects.get(is_default_site=True))


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def menu_titles(response):
    return [link.get_text(strip=True) for link in soup(response).select("#main-nav-list a")]


def council(response):
    return soup(response).select_one(".brand__council").get_text(strip=True)


def crumb_titles(response):
    return [link.get_text(strip=True) for link in soup(response).select(".breadcrumbs a")]


def chrome_queries(queries):
    """Queries only the chrome would make: the settings, the menu, the parent pages."""
    found = []
    for query in queries:
        sql = query["sql"]
        where = sql.partition(" WHERE ")[2]
        menu = '"show_in_menus"' in where and '"depth" = 3' in where
        if 'FROM "home_portalsettings"' in sql or menu or "numchild" in where:
            found.append(sql)
    return found


def add_menu_pages(home_page, count, start=0):
    for number in range(start, start + count):
        page = StandardPage(title=f"Mục thêm {number}", slug=f"muc-them-{number}")
        page.show_in_menus = True
        home_page.add_child(instance=page)


def test_menu_and_settings_come_from_the_database(client, home_page):
    response = client.get("/")
    titles = menu_titles(response)
    expected = [
        page.title for page in home_page.get_children().live().public().in_menu().order_by("path")
    ]
    assert titles == ["Trang chủ", *expected]
    assert council(response) == portal().council_name
    assert portal().council_name in soup(response).title.get_text()


def test_the_chrome_is_built_once_and_costs_no_query(client, home_page):
    client.get("/")  # builds the chrome
    with CaptureQueriesContext(connection) as first:
        client.get(DEEP)
    with CaptureQueriesContext(connection) as second:
        client.get("/lay-y-kien/")
    assert chrome_queries(first.captured_queries) == []
    assert chrome_queries(second.captured_queries) == []


def test_the_chrome_reads_the_version_once_per_request(client, monkeypatch):
    reads = []
    original = chrome._read_version
    monkeypatch.setattr(chrome, "_read_version", lambda: reads.append(1) or original())
    # The header, the breadcrumbs and the page's own use of the settings all ask for it.
    client.get(DEEP)
    assert len(reads) == 1


def test_page_query_count_does_not_grow_with_the_menu(
    client, home_page, django_assert_max_num_queries
):
    add_menu_pages(home_page, 3)
    chrome.reset()  # adding pages in this test's transaction keeps the chrome from being kept
    client.get(DEEP)
    with CaptureQueriesContext(connection) as small:
        response = client.get(DEEP)
    assert "Mục thêm 2" in menu_titles(response)

    add_menu_pages(home_page, 6, start=3)
    chrome.reset()
    client.get(DEEP)
    with django_assert_max_num_queries(8), CaptureQueriesContext(connection) as large:
        response = client.get(DEEP)
    assert "Mục thêm 8" in menu_titles(response)
    assert len(large.captured_queries) == len(small.captured_queries)


def test_changed_council_name_shows_on_the_next_page(client, django_capture_on_commit_callbacks):
    client.get("/")
    settings = portal()
    settings.council_name = "Hội đồng Thi đua – Khen thưởng tỉnh Lạng Sơn (mới)"
    with django_capture_on_commit_callbacks(execute=True):
        settings.save()
    response = client.get("/")
    assert council(response) == "Hội đồng Thi đua – Khen thưởng tỉnh Lạng Sơn (mới)"
    assert "tỉnh Lạng Sơn (mới)" in soup(response).select_one(".site-footer__title").get_text()


def test_a_change_shows_at_once_inside_its_own_transaction(client):
    client.get("/")
    settings = portal()
    settings.office_name = "Sở Nội vụ (mới)"
    settings.save()  # not committed: the transaction's own pages still see it
    response = client.get("/")
    assert soup(response).select_one(".topbar__office").get_text(strip=True) == "Sở Nội vụ (mới)"
    # Built from rows a rollback could take back: kept for this transaction, not for others.
    assert chrome._memo.sites == {}
    chrome._local.memo = None  # another thread, or after the rollback
    assert soup(client.get("/")).select_one(".topbar__office").get_text(strip=True) == (
        "Sở Nội vụ (mới)"
    )


def test_renamed_menu_page_shows_on_the_next_page(client, section):
    client.get("/")
    page = section("gioi-thieu")
    page.title = "Giới thiệu chung"
    page.save_revision().publish()
    response = client.get("/lay-y-kien/")
    assert "Giới thiệu chung" in menu_titles(response)
    # The breadcrumbs below it say the new title too.
    assert crumb_titles(client.get(DEEP)) == ["Trang chủ", "Giới thiệu chung"]


def test_unpublished_menu_page_leaves_the_menu(client, section):
    assert "Giới thiệu" in menu_titles(client.get("/"))
    section("gioi-thieu").unpublish()
    assert "Giới thiệu" not in menu_titles(client.get("/"))


def test_restricted_menu_page_leaves_the_menu(client, section):
    assert "Giới thiệu" in menu_titles(client.get("/"))
    PageViewRestriction.objects.create(
        page=section("gioi-thieu"), restriction_type=PageViewRestriction.LOGIN
    )
    assert "Giới thiệu" not in menu_titles(client.get("/"))


def test_another_server_rebuilds_after_a_bump(client, django_capture_on_commit_callbacks):
    """A second app server: its memory still holds the old chrome, the shared version moved."""
    client.get("/")
    other_server = chrome._memo
    settings = portal()
    settings.council_name = "Tên mới của Hội đồng"
    with django_capture_on_commit_callbacks(execute=True):
        settings.save()
    chrome._memo = other_server
    assert council(client.get("/")) == "Tên mới của Hội đồng"


def test_a_new_server_builds_its_own_chrome(client):
    """A server started after the last bump: empty memory, the version unchanged."""
    client.get("/")
    PortalSettings.objects.update(council_name="Đổi thẳng trong cơ sở dữ liệu")  # no signal
    # Without a bump this server keeps what it built...
    assert council(client.get("/")) != "Đổi thẳng trong cơ sở dữ liệu"
    # ...a server with nothing built reads the database.
    chrome.reset()
    assert council(client.get("/")) == "Đổi thẳng trong cơ sở dữ liệu"


def test_an_emptied_cache_starts_a_new_version(client):
    client.get("/")
    PortalSettings.objects.update(council_name="Sau khi bộ nhớ đệm khởi động lại")
    cache.clear()  # Redis restarted: the memory is kept, the version is gone
    assert council(client.get("/")) == "Sau khi bộ nhớ đệm khởi động lại"


def test_bump_purges_the_page_cache(client, settings, django_capture_on_commit_callbacks):
    settings.PAGE_CACHE_SECONDS = 300
    client.get("/gioi-thieu/")
    assert client.get("/gioi-thieu/")["X-Cache"] == "HIT"
    version = chrome._read_version()
    with django_capture_on_commit_callbacks(execute=True):
        chrome.bump()
    assert chrome._read_version() != version
    assert client.get("/gioi-thieu/")["X-Cache"] == "MISS"


def test_drafts_and_leaf_pages_do_not_bump(section, django_capture_on_commit_callbacks):
    version = chrome._read_version()
    menu_page = section("gioi-thieu")
    menu_page.title = "Bản nháp"
    with django_capture_on_commit_callbacks(execute=True):
        menu_page.save_revision()  # a draft: the public title is unchanged
    news = section("tin-tuc").get_children().first().specific
    news.title = "Tin đã sửa"
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()
    assert chrome._read_version() == version


def test_active_section_and_search_value_are_per_request(client):
    html = client.get(DEEP).content.decode()
    current = soup(client.get(DEEP)).select("#main-nav-list a[aria-current]")
    assert [(link.get_text(strip=True), link["aria-current"]) for link in current] == [
        ("Giới thiệu", "true")
    ]
    assert 'value=""' in html.split('id="header-search"')[1].split(">")[0]
    on_section = soup(client.get("/gioi-thieu/")).select("#main-nav-list a[aria-current]")
    assert [link["aria-current"] for link in on_section] == ["page"]
    searched = client.get("/tim-kiem/", {"q": "khen thưởng"}).content.decode()
    assert re.search(r'id="header-search"[^>]*value="khen thưởng"', searched)
    assert not re.search(r'value="khen thưởng"', client.get("/").content.decode())


def test_breadcrumbs_come_from_the_chrome(client):
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(DEEP)
    assert crumb_titles(response) == ["Trang chủ", "Giới thiệu"]
    assert soup(response).select(".breadcrumbs a")[1]["href"] == "/gioi-thieu/"
    assert not any('"depth" > 1' in query["sql"] for query in queries.captured_queries)


def test_logo_rendition_is_shown_and_follows_a_new_logo(client, django_capture_on_commit_callbacks):
    from wagtail.images.models import Image

    client.get("/")  # the chrome is built before the change
    settings = portal()
    settings.logo = Image.objects.create(title="Biểu trưng", file=get_test_image_file())
    with django_capture_on_commit_callbacks(execute=True):
        settings.save()
    logo = soup(client.get("/")).select_one(".brand__logo")
    rendition = settings.logo.get_rendition(chrome.LOGO_FILTER)
    assert logo["src"] == rendition.url
    assert (logo["width"], logo["height"]) == (str(rendition.width), str(rendition.height))


def test_page_templates_read_the_settings_without_a_query(client, section):
    """`settings.home.PortalSettings` in a page's own template reads the chrome's copy."""
    client.get("/")
    answered = section("hoi-dap").get_children().live().first()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(answered.url)
    assert response.status_code == 200
    assert f"Trả lời của {portal().office_short_name}" in response.content.decode()
    assert not any("home_portalsettings" in query["sql"] for query in queries.captured_queries)


def test_the_site_of_a_known_hostname_costs_no_query(rf, django_assert_num_queries):
    chrome.site_for_request(rf.get("/"))  # the first request of this version finds it
    request = rf.get("/tim-kiem/")
    with django_assert_num_queries(0):
        found = chrome.site_for_request(request)
    assert found == Site.objects.get(is_default_site=True)
    assert request._wagtail_site is found
