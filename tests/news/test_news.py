"""News: index filters, archive, RSS, Open Graph, structured data, share links, rules."""

import json
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from news.models import NewsCategory, NewsPage, NewsPageRelatedPage
from tests.factories import NewsPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db
HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def titles(response):
    return [item.title for item in response.context["news_page"]]


def test_index_lists_newest_first(client):
    listed = titles(client.get("/tin-tuc/"))
    dates = [NewsPage.objects.get(title=title).date for title in listed]
    assert dates == sorted(dates, reverse=True)


def test_category_filter(client, section):
    category = NewsCategory.objects.get(slug="hoat-dong-hoi-dong")
    response = client.get("/tin-tuc/", {"chuyen-muc": category.slug})
    listed = titles(response)
    assert listed
    assert all(NewsPage.objects.get(title=t).category == category for t in listed)
    assert f"“{category.name}”" in response.content.decode()


def test_tag_filter(client, section):
    page = NewsPageFactory(parent=section("tin-tuc"), title="Tin gắn từ khóa riêng")
    page.tags.add("từ khóa riêng")
    page.save_revision().publish()
    slug = page.tags.get().slug
    response = client.get("/tin-tuc/", {"the": slug})
    assert titles(response) == ["Tin gắn từ khóa riêng"]


def test_archive_by_year_and_month(client, section):
    NewsPageFactory(
        parent=section("tin-tuc"), title="Tin tháng hai", date=datetime(2019, 2, 10, 9, tzinfo=HCM)
    )
    NewsPageFactory(
        parent=section("tin-tuc"), title="Tin tháng năm", date=datetime(2019, 5, 3, 9, tzinfo=HCM)
    )
    assert set(titles(client.get("/tin-tuc/", {"nam": 2019}))) == {"Tin tháng hai", "Tin tháng năm"}
    assert titles(client.get("/tin-tuc/", {"nam": 2019, "thang": 5})) == ["Tin tháng năm"]
    archive = dict(client.get("/tin-tuc/").context["archive"])
    assert (2, 1) in archive[2019] and (5, 1) in archive[2019]


@pytest.mark.parametrize(
    "params",
    [
        {"nam": "abc"},
        {"nam": "abc", "thang": "13"},
        {"chuyen-muc": "khong-co"},
        {"the": "<script>"},
        {"trang": "-1"},
    ],
)
def test_bad_filter_values_are_ignored(client, params):
    response = client.get("/tin-tuc/", params)
    assert response.status_code == 200
    assert len(titles(response)) == min(12, NewsPage.objects.live().count())


def test_pagination_keeps_filters(client, section):
    category = NewsCategory.objects.get(slug="phong-trao-thi-dua")
    for number in range(13):
        NewsPageFactory(parent=section("tin-tuc"), title=f"Phong trào {number}", category=category)
    html = client.get("/tin-tuc/", {"chuyen-muc": category.slug}).content.decode()
    assert "chuyen-muc=phong-trao-thi-dua&amp;trang=2" in html


def test_rss_feed_lists_latest_news(client):
    response = client.get("/tin-tuc/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    body = response.content.decode()
    newest = NewsPage.objects.live().order_by("-date").first()
    assert f"<title>{newest.title}</title>" in body
    assert "@" not in re.sub(r"<(link|guid)>[^<]*</\1>", "", body).replace("http://", "")


def test_news_page_has_open_graph_structured_data_and_share_links(client):
    page = NewsPage.objects.get(slug__startswith="chi-dao-nang-cao")
    html = client.get(page.url).content.decode()
    assert f'<meta property="og:title" content="{page.title}">' in html
    assert '<meta property="og:type" content="article">' in html
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == page.title
    assert data["datePublished"].startswith("2020-09-11T16:06")
    assert (
        "https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Ftestserver%2Ftin-tuc%2F" in html
    )
    assert "Ngày đăng:" in html and "11/09/2020 16:06" in html
    # No third-party script on the page.
    for src in re.findall(r'<script[^>]+src="([^"]+)"', html):
        assert src.startswith("/static/"), src


def test_main_image_needs_alt_text(section):
    image = Image.objects.create(title="Hội nghị", file=get_test_image_file())
    page = NewsPage(title="Tin có ảnh", slug="tin-co-anh", main_image=image, main_image_alt="")
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "main_image_alt" in error.value.message_dict


def test_news_page_shows_main_image_with_alt(client, section):
    image = Image.objects.create(title="Hội nghị", file=get_test_image_file())
    page = NewsPageFactory(
        parent=section("tin-tuc"),
        main_image=image,
        main_image_alt="Đại biểu dự hội nghị tổng kết",
        main_image_caption="Toàn cảnh hội nghị",
    )
    html = client.get(page.url).content.decode()
    assert 'alt="Đại biểu dự hội nghị tổng kết"' in html
    assert "Toàn cảnh hội nghị" in html
    assert '<meta property="og:image"' in html


def test_related_pages_show_only_live_ones(client, section, home_page):
    live = StandardPageFactory(parent=home_page, title="Trang liên quan công khai")
    draft = StandardPageFactory(parent=home_page, title="Trang liên quan nháp", live=False)
    page = NewsPageFactory(parent=section("tin-tuc"))
    NewsPageRelatedPage.objects.create(page=page, target=live, sort_order=0)
    NewsPageRelatedPage.objects.create(page=page, target=draft, sort_order=1)
    html = client.get(page.url).content.decode()
    assert "Trang liên quan công khai" in html
    assert "Trang liên quan nháp" not in html


def test_news_page_query_count_does_not_grow_with_tags_and_links(
    client, section, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    page = NewsPageFactory(parent=section("tin-tuc"))
    page.tags.add("một")
    page.save_revision().publish()
    client.get(page.url)
    with CaptureQueriesContext(connection) as before:
        client.get(page.url)
    for number in range(10):
        page.tags.add(f"từ khóa {number}")
        NewsPageRelatedPage.objects.create(page=page, target=section("van-ban"), sort_order=number)
    page.save_revision().publish()
    # The related reading is kept until news change: read again by the first request after.
    client.get(page.url)
    with CaptureQueriesContext(connection) as after:
        client.get(page.url)
    assert len(after) == len(before)
