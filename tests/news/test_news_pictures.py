"""News pictures (the article's lead picture, the cards of the news index and the home page) and
the related reading under an article."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import PageViewRestriction

from demo.content import news as demo_news
from news.models import NewsPage, NewsPageRelatedPage
from news.wagtail_hooks import HOME_NEWS_COUNT
from tests.factories import NewsPageFactory
from tests.news.factories import NewsCategoryFactory

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def assert_reserved_size(img):
    """Width and height attributes, so the page does not shift when the picture arrives."""
    assert int(img["width"]) > 0 and int(img["height"]) > 0, img
    assert img["decoding"] == "async"


def test_every_demo_news_has_a_small_drawn_picture_with_alt_text():
    news = NewsPage.objects.live()
    assert news.count() == len(demo_news.NEWS_IMAGES)
    for page in news:
        assert page.main_image_id, page.title
        assert len(page.main_image_alt) > 30, page.title
        assert page.main_image_caption
    for path in demo_news.NEWS_IMAGE_FOLDER.glob("*.jpg"):
        assert path.stat().st_size < 60_000, path.name


def test_article_shows_its_lead_picture_responsive_with_size_and_alt(client):
    page = NewsPage.objects.live().filter(main_image__isnull=False).first()
    html = soup(client.get(page.url))
    figure = html.select_one("figure.article__image")
    img = figure.find("img")
    assert img["alt"] == page.main_image_alt
    assert_reserved_size(img)
    # Above the fold: fetched at once, not lazily.
    assert "loading" not in img.attrs
    assert len(img["srcset"].split(",")) >= 2 and img["sizes"]
    assert figure.find("source", type="image/webp")
    assert figure.find("figcaption").get_text(strip=True) == page.main_image_caption


def test_news_index_cards_show_pictures_lazily_after_the_first(client):
    html = soup(client.get("/tin-tuc/"))
    cards = html.select("li.card--news")
    assert len(cards) >= 3
    images = [card.find("img") for card in cards]
    assert all(images), "every demo news has a picture"
    for img in images:
        assert_reserved_size(img)
        assert img["alt"] == ""  # the card's title says what it is; the picture adds nothing
        assert img.find_parent("picture").find("source", type="image/webp")
    assert "loading" not in images[0].attrs
    assert all(img["loading"] == "lazy" for img in images[1:])


def test_home_news_block_shows_pictures(client):
    html = soup(client.get("/"))
    block = html.select_one(".home-block--news")
    images = block.select("li.card--news img")
    assert len(images) == min(HOME_NEWS_COUNT, NewsPage.objects.live().count())
    for img in images:
        assert_reserved_size(img)
    assert "loading" not in images[0].attrs
    assert all(img["loading"] == "lazy" for img in images[1:])


def test_a_card_without_picture_has_no_image(client, section):
    page = NewsPageFactory(parent=section("tin-tuc"), title="Tin chưa có ảnh")
    html = soup(client.get("/tin-tuc/"))
    card = next(card for card in html.select("li.card--news") if page.title in card.get_text())
    assert card.find("img") is None


@pytest.fixture
def news_index(section):
    return section("tin-tuc")


def add_news(index, title, days_ago, category=None, tags=(), live=True):
    page = NewsPageFactory(
        parent=index,
        title=title,
        category=category,
        date=timezone.now() - timedelta(days=days_ago),
    )
    for tag in tags:
        page.tags.add(tag)
    page.save_revision().publish()
    if not live:
        page.unpublish()
    return page


def related_titles(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return [news.title for news in response.context["related_news"]]


def test_related_news_share_a_category_or_a_tag_newest_first(client, news_index):
    ours, other = NewsCategoryFactory(), NewsCategoryFactory()
    page = add_news(news_index, "Tin đang đọc", 0, ours, ["khen thưởng đột xuất"])
    add_news(news_index, "Cùng chuyên mục, cũ", 30, ours)
    add_news(news_index, "Cùng từ khóa, chuyên mục khác", 10, other, ["khen thưởng đột xuất"])
    add_news(news_index, "Không liên quan", 1, other, ["chuyện khác"])

    assert related_titles(client, page) == ["Cùng từ khóa, chuyên mục khác", "Cùng chuyên mục, cũ"]
    html = soup(client.get(page.url))
    section = html.select_one("section.related--news")
    assert section.find("h2").get_text(strip=True) == "Bài liên quan"
    assert [a.get_text(strip=True) for a in section.select(".card__title a")] == [
        "Cùng từ khóa, chuyên mục khác",
        "Cùng chuyên mục, cũ",
    ]


def test_related_news_never_show_itself_drafts_or_restricted_pages(client, news_index):
    ours = NewsCategoryFactory()
    page = add_news(news_index, "Tin đang đọc", 0, ours)
    add_news(news_index, "Tin công khai", 3, ours)
    add_news(news_index, "Tin đã gỡ", 1, ours, live=False)
    private = add_news(news_index, "Tin nội bộ", 2, ours)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert related_titles(client, page) == ["Tin công khai"]


def test_related_news_are_four_at_most_and_follow_changes(client, news_index):
    ours = NewsCategoryFactory()
    page = add_news(news_index, "Tin đang đọc", 0, ours)
    for number in range(6):
        add_news(news_index, f"Tin cùng chuyên mục {number}", number + 1, ours)
    assert related_titles(client, page) == [f"Tin cùng chuyên mục {n}" for n in range(4)]

    # Kept between requests, and read again when a news changes.
    NewsPage.objects.get(title="Tin cùng chuyên mục 0").unpublish()
    assert related_titles(client, page)[0] == "Tin cùng chuyên mục 1"


def test_pages_the_editor_chose_are_not_repeated(client, news_index):
    ours = NewsCategoryFactory()
    page = add_news(news_index, "Tin đang đọc", 0, ours)
    chosen = add_news(news_index, "Tin được chọn", 2, ours)
    add_news(news_index, "Tin cùng chuyên mục", 3, ours)
    NewsPageRelatedPage.objects.create(page=page, target=chosen)

    response = client.get(page.url)
    assert [related.title for related in response.context["related_pages"]] == ["Tin được chọn"]
    assert related_titles(client, page) == ["Tin cùng chuyên mục"]


def test_a_news_with_nothing_related_shows_no_section(client, news_index):
    page = add_news(news_index, "Tin riêng lẻ", 0, NewsCategoryFactory())
    html = soup(client.get(page.url))
    assert html.select_one("section.related--news") is None
