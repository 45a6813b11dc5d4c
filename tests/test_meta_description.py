"""Every public page describes itself to search engines and link previews: the editors' search
description, else the page's own short text or first paragraph, else a sentence about the
site; plain text of at most 155 characters, the same in og:description."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page, get_page_models

from core.models import PortalPage
from core.templatetags.portal_meta import MAX_LENGTH, describe, plain_text, shorten

pytestmark = pytest.mark.django_db

COUNCIL = "Hội đồng Thi đua – Khen thưởng tỉnh Lạng Sơn"
SITE_SENTENCE = f"Cổng thông tin Thi đua – Khen thưởng của {COUNCIL}"
# Views that are not pages of the tree: they describe the site.
OTHER_ADDRESSES = ["/tim-kiem/", "/tim-kiem/?q=thi+%C4%91ua", "/tai-khoan/dang-nhap/"]


def descriptions(response):
    assert response.status_code == 200
    head = BeautifulSoup(response.content, "html.parser").head
    named = [tag["content"] for tag in head.find_all("meta", attrs={"name": "description"})]
    shared = [tag["content"] for tag in head.find_all("meta", attrs={"property": "og:description"})]
    assert len(named) == 1, named
    assert shared, "no og:description"
    return named[0], shared[0]


def one_page_of_each_type():
    pages = []
    for model in get_page_models():
        if not issubclass(model, PortalPage):
            continue
        page = model.objects.live().public().order_by("path").first()
        if page is not None:
            pages.append(page)
    return pages


def test_every_public_page_type_of_the_demo_has_its_description(client):
    pages = one_page_of_each_type()
    # The demo has every content type: home, standard pages, news, documents, decisions, the
    # look-up, statistics, exemplars, movements, consultations, nominees, questions, guidance,
    # the units' area, and their index pages.
    assert len(pages) >= 18, [type(page).__name__ for page in pages]
    own_text = 0
    for page in pages:
        description, shared = descriptions(client.get(page.url))
        label = f"{type(page).__name__} {page.url}"
        assert description == shared, label
        assert 40 <= len(description) <= MAX_LENGTH, (label, description)
        assert "<" not in description and "&lt;" not in description, (label, description)
        assert description == describe(page, {"council_name": COUNCIL}), label
        if not description.startswith(SITE_SENTENCE):
            own_text += 1
    # Nearly every page has a text of its own; the site's sentence is the last resort.
    assert own_text >= len(pages) - 2


@pytest.mark.parametrize("address", OTHER_ADDRESSES)
def test_other_public_views_describe_the_site(client, address):
    description, shared = descriptions(client.get(address))
    assert description == shared
    assert description.startswith(SITE_SENTENCE)
    assert len(description) <= MAX_LENGTH


def test_search_description_comes_first(client):
    from news.models import NewsPage

    article = NewsPage.objects.live().order_by("-date").first()
    assert article.lead  # it has a lead, yet the editors' description wins
    article.search_description = "Mô tả  cho máy tìm kiếm\nvề bài này."
    article.save_revision().publish()
    description, shared = descriptions(client.get(article.url))
    assert description == shared == "Mô tả cho máy tìm kiếm về bài này."


def test_a_long_lead_is_cut_at_a_word(client):
    from news.models import NewsPage

    article = NewsPage.objects.live().order_by("-date").first()
    article.search_description = ""
    article.lead = "Hội nghị tổng kết phong trào thi đua yêu nước " * 8
    article.save_revision().publish()
    description, _ = descriptions(client.get(article.url))
    assert len(description) <= MAX_LENGTH
    assert description.endswith("…")
    words = description.removesuffix("…").split()
    assert set(words) <= set(article.lead.split())  # no word cut in half
    assert description.startswith("Hội nghị tổng kết phong trào thi đua yêu nước Hội nghị")


def test_rich_text_becomes_plain_text(client):
    from consultations.models import NomineePage

    nominee = NomineePage.objects.live().first()
    nominee.search_description = ""
    nominee.achievement_summary = "<p>Hoàn thành <b>xuất sắc</b> nhiệm vụ &amp; dẫn đầu</p>"
    nominee.save_revision().publish()
    description, _ = descriptions(client.get(nominee.url))
    assert description == "Hoàn thành xuất sắc nhiệm vụ & dẫn đầu"
    assert "Hoàn thành xuất sắc nhiệm vụ &amp; dẫn đầu" in client.get(nominee.url).content.decode()


def test_first_paragraph_when_the_page_has_no_short_text(client):
    from home.models import StandardPage

    page = StandardPage.objects.live().get(slug="lien-he")
    page.search_description = ""
    page.lead = ""
    page.body = [
        ("heading", {"text": "Liên hệ", "level": "h2"}),
        ("paragraph", "<p>Ban Thi đua – Khen thưởng tiếp công dân <i>mỗi sáng</i>.</p>"),
    ]
    page.save_revision().publish()
    description, _ = descriptions(client.get(page.url))
    assert description == "Ban Thi đua – Khen thưởng tiếp công dân mỗi sáng."


def test_the_site_sentence_when_the_page_has_nothing_to_say(client):
    from home.models import StandardPage

    page = StandardPage.objects.live().get(slug="lien-he")
    page.search_description = ""
    page.lead = ""
    page.body = []
    page.save_revision().publish()
    description, shared = descriptions(client.get(page.url))
    assert description == shared
    assert description.startswith(SITE_SENTENCE)


def test_shorten_and_plain_text():
    assert shorten("ngắn") == "ngắn"
    text = "từ " * 100
    cut = shorten(text.strip())
    assert len(cut) <= MAX_LENGTH and cut.endswith("từ…")
    assert shorten("a" * 200) == "a" * (MAX_LENGTH - 1) + "…"  # one long word: cut anyway
    assert plain_text("<p>Một</p>\n<p>hai &quot;ba&quot;</p>") == 'Một hai "ba"'
    assert plain_text("<p>Một</p><p>hai<br>ba <b>bốn</b>.</p>") == "Một hai ba bốn."
    assert describe(None, {"council_name": "Hội đồng X"}).startswith(
        "Cổng thông tin Thi đua – Khen thưởng của Hội đồng X"
    )
    assert describe(Page(title="Không có gì")).startswith("Cổng thông tin Thi đua – Khen thưởng:")
