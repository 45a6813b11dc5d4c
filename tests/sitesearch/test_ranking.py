"""Ranking of /tim-kiem/ on the demo content: titles and exact phrases first, then relevance,
then the newest; misspelt words corrected."""

from datetime import timedelta

import pytest
from django.utils import timezone

from demo import records as demo_records
from exemplars.models import ExemplarPage
from news.models import LegalDocumentPage, NewsPage
from tests.factories import NewsPageFactory
from tests.sitesearch.helpers import search, titles

pytestmark = pytest.mark.django_db


def test_her_name_finds_her_story_and_article_first(client):
    response = search(client, "nguyen thi huong")
    first_two = list(response.context["results_page"])[:2]
    assert {type(page) for page in first_two} == {ExemplarPage, NewsPage}, titles(response)
    assert all(demo_records.AWARDEE_WITH_STORY in page.title for page in first_two)


def test_bang_khen_thu_tuong_puts_titles_naming_it_first(client):
    found = titles(search(client, "bang khen thu tuong"))
    assert len(found) >= 3
    for title in found[:2]:
        assert "Bằng khen của Thủ tướng" in title, found


def test_a_decision_number_finds_its_document_first(client):
    response = search(client, "1657")
    first = response.context["results_page"][0]
    assert isinstance(first, LegalDocumentPage), titles(response)
    assert "1657/QĐ-UBND" in first.title


def test_a_misspelt_name_is_corrected_and_its_results_shown(client):
    response = search(client, "nguyen thi huogn")
    assert response.context["corrected_from"] == "nguyen thi huogn"
    assert response.context["shown_query"] == "nguyen thi huong"
    assert demo_records.AWARDEE_WITH_STORY in titles(response)[0]
    html = response.content.decode()
    assert "Dưới đây là kết quả cho “nguyen thi huong”" in html
    assert 'href="?q=nguyen+thi+huogn"' in html


def test_few_results_offer_a_correction_link(client, section):
    # The misspelt word is in an article's text, not in any title.
    NewsPageFactory(parent=section("tin-tuc"), title="Bảng tin gõ nhầm", lead="Chữ huogn sai.")
    response = search(client, "huogn")
    assert titles(response) == ["Bảng tin gõ nhầm"]
    assert response.context["suggestion"] == "huong"
    assert 'Có phải bạn muốn tìm <a href="?q=huong">“huong”</a>' in response.content.decode()


def test_nothing_close_suggests_nothing(client):
    response = search(client, "zzzqqqxxx")
    assert titles(response) == []
    assert not response.context["suggestion"]
    assert not response.context["corrected_from"]


def test_a_title_match_comes_before_a_newer_body_match(client, section):
    news = section("tin-tuc")
    now = timezone.now()
    in_title = NewsPageFactory(
        parent=news, title="Khuổi Pài vào mùa", date=now - timedelta(days=30)
    )
    NewsPageFactory(
        parent=news,
        title="Tin mới trong tuần",
        lead="Người dân khuổi pài đón khách.",
        date=now,
    )
    assert titles(search(client, "khuoi pai"))[0] == in_title.title


def test_the_exact_phrase_comes_before_scattered_words(client, section):
    news = section("tin-tuc")
    NewsPageFactory(parent=news, title="Nà Khoang và Bản Mạ")  # both words, apart
    phrase = NewsPageFactory(parent=news, title="Bản Khoang đổi mới")
    NewsPageFactory(parent=news, title="Khoang Bản ngược")  # both words, other order
    assert titles(search(client, "ban khoang"))[0] == phrase.title


def test_the_newest_comes_first_among_equals(client, section):
    news = section("tin-tuc")
    older = NewsPageFactory(parent=news, title="Hội thi Pò Mả")
    newer = NewsPageFactory(parent=news, title="Hội thi Pò Mả")
    older.first_published_at = timezone.now() - timedelta(days=400)
    older.save(update_fields=["first_published_at"])
    newer.first_published_at = timezone.now()
    newer.save(update_fields=["first_published_at"])
    ids = [page.pk for page in search(client, "po ma").context["results_page"]]
    assert ids.index(newer.pk) < ids.index(older.pk)
