"""What each result shows (snippet, marks), the sections filter, the award look-up offer,
and that nothing private reaches results or suggestions."""

import pytest
from wagtail.models import PageViewRestriction

from consultations.models import Question
from demo import records as demo_records
from news.models import Awardee, NewsPage
from tests.factories import NewsPageFactory
from tests.sitesearch.helpers import search, titles

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("query", ["nguyen thi huong", "1657", "bang khen thu tuong", "thi dua"])
def test_every_result_has_a_snippet(client, query):
    response = search(client, query)
    results = response.context["results"]
    assert results
    for result in results:
        assert str(result["snippet"]).strip(), result["page"].title


def test_snippets_mark_the_words_found_without_diacritics(client):
    response = search(client, "nguyen thi huong")
    article = next(r for r in response.context["results"] if isinstance(r["page"], NewsPage))
    snippet = str(article["snippet"])
    assert "<mark>Nguyễn</mark> <mark>Thị</mark> <mark>Hường</mark>" in snippet
    assert "Tày" in snippet  # text around the words, from the article's lead


def test_snippets_are_plain_escaped_text(client, section):
    NewsPageFactory(
        parent=section("tin-tuc"),
        title="Tin về Lũng Vài",
        lead='<script>alert("x")</script> <b>Lũng Vài</b> &lt;img src=x onerror=alert(1)&gt;',
    )
    response = search(client, "lung vai")
    snippet = str(response.context["results"][0]["snippet"])
    assert "<script>" not in snippet and "<b>" not in snippet and "<img" not in snippet
    assert "<mark>Lũng</mark> <mark>Vài</mark>" in snippet
    assert "&lt;img src=x" in snippet
    assert "<img src=x" not in response.content.decode()


def test_sections_count_their_matches_and_filter(client):
    response = search(client, "nguyen thi huong")
    found = response.context["found"]
    counts = {item.slug: item.count for item in found.sections}
    assert sum(counts.values()) == found.total == response.context["results_page"].paginator.count
    assert counts["tin-tuc"] >= 1 and counts["guong-dien-hinh"] >= 1
    html = response.content.decode()
    assert 'href="?q=nguyen+thi+huong&amp;muc=tin-tuc"' in html

    filtered = search(client, "nguyen thi huong", muc="tin-tuc")
    pages = list(filtered.context["results_page"])
    assert pages and all(page.url_path.startswith("/trang-chu/tin-tuc/") for page in pages)
    assert filtered.context["results_page"].paginator.count == counts["tin-tuc"]
    # The other sections' counts stay, to move between them; the chosen one is marked.
    assert {item.slug for item in filtered.context["found"].sections} == set(counts)
    filtered_html = filtered.content.decode()
    assert 'name="muc" value="tin-tuc"' in filtered_html
    assert "trong mục Tin tức" in filtered_html


def test_a_page_is_found_as_it_now_is_after_unpublishing_renaming_or_moving(client, section):
    """The search reads each page's state, path and folded title from the rows the database
    keeps beside it (PostgreSQL: a trigger, sitesearch migrations 0001-0002): each change
    shows at the next search."""
    page = NewsPageFactory(parent=section("tin-tuc"), title="Lễ hội Lồng Tồng Bó Mạ")

    def sections_found(query):
        return {item.slug: item.count for item in search(client, query).context["found"].sections}

    assert sections_found("long tong bo ma") == {"tin-tuc": 1}
    page.move(section("van-ban"), pos="last-child")
    assert sections_found("long tong bo ma") == {"van-ban": 1}
    page.refresh_from_db()
    page.title = "Ngày hội Pác Ngòi"
    page.save_revision().publish()
    assert titles(search(client, "pac ngoi"))[0] == "Ngày hội Pác Ngòi"
    assert search(client, "pac ngoi").context["found"].sections[0].slug == "van-ban"
    page.unpublish()
    assert search(client, "pac ngoi").context["found"].total == 0


def test_a_page_is_found_by_its_text_as_it_now_is_and_not_after_deletion(client, section):
    """On PostgreSQL each page's search vector is copied beside its folded title by a trigger
    on Wagtail's search entries (sitesearch migration 0003): a new text, and a deleted page,
    show at the next search."""
    page = NewsPageFactory(
        parent=section("tin-tuc"), title="Tin vùng cao", lead="Hội thi đánh quay ở Pác Khuông."
    )
    assert titles(search(client, "pac khuong")) == ["Tin vùng cao"]
    page.lead = "Lễ hội Nàng Hai ở Phục Hòa."
    page.save_revision().publish()
    assert search(client, "pac khuong").context["found"].total == 0
    assert titles(search(client, "nang hai phuc hoa")) == ["Tin vùng cao"]
    page.delete()
    assert search(client, "nang hai phuc hoa").context["found"].total == 0


def test_an_unknown_section_says_so_and_searches_everything(client):
    response = search(client, "nguyen thi huong", muc="khong-co")
    assert "Mục đã chọn không có trên trang" in response.content.decode()
    assert response.context["results_page"].paginator.count == response.context["found"].total


def test_a_name_of_an_awardee_offers_the_award_lookup(client):
    response = search(client, "nguyen thi huong")
    offer = response.context["lookup_offer"]
    assert offer["name"] == demo_records.AWARDEE_WITH_STORY
    assert offer["url"].startswith("/tra-cuu/?ten=")
    lookup = client.get(offer["url"])
    assert lookup.status_code == 200
    assert demo_records.AWARDEE_WITH_STORY in lookup.content.decode()
    assert f"Xem khen thưởng của {demo_records.AWARDEE_WITH_STORY}" in response.content.decode()


def test_words_that_name_nobody_offer_no_lookup(client):
    assert "lookup_offer" not in search(client, "bang khen thu tuong").context


def test_an_awardee_of_an_unpublished_decision_is_not_offered(client):
    awardee = Awardee.objects.filter(decision_live=True).first()
    Awardee.objects.filter(search_name=awardee.search_name).update(decision_live=False)
    assert "lookup_offer" not in search(client, awardee.search_name).context


def test_private_pages_are_neither_found_nor_suggested(client, section):
    news = section("tin-tuc")
    draft = NewsPageFactory(parent=news, title="Khuổi Slưn bản nháp", live=False)
    draft.save()
    private = NewsPageFactory(parent=news, title="Khuổi Slưn nội bộ")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    response = search(client, "khuoi slun")
    assert titles(response) == []
    # A misspelling of the private words has nothing to be corrected to.
    response = search(client, "khuoi slunn")
    assert titles(response) == []
    assert not response.context["suggestion"] and not response.context["corrected_from"]
    assert "slun" not in str(response.context.get("suggestion_url", ""))


def test_citizens_contact_details_are_not_searchable(client):
    question = Question.objects.exclude(phone="").exclude(email="").first()
    local_part = question.email.split("@")[0]
    for query in (question.email, question.phone, local_part, question.name):
        response = search(client, query)
        shown = " ".join(
            f"{result['title']} {result['snippet']}" for result in response.context["results"]
        )
        assert local_part not in shown and question.phone not in shown
        assert local_part not in response.context.get("suggestion", "")
        assert local_part not in response.context.get("shown_query", "")


@pytest.mark.parametrize(
    "params",
    [
        {"q": "\x00nguyen\x00", "muc": "\x00"},
        {"q": "nguyen " * 5000, "muc": "tin-tuc" * 500},
        {"q": "?!…—“”", "muc": "../../"},
        {"q": "huogn " * 12, "trang": "-1"},
        {"q": "a", "trang": "99999999999999999999"},
    ],
)
def test_hostile_input_gives_a_page(client, params):
    response = client.get("/tim-kiem/", params)
    assert response.status_code == 200
