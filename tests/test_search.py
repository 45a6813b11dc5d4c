"""Site search at /tim-kiem/: diacritics and đ folded on SQLite and PostgreSQL."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from demo import records as demo_records
from news.models import NewsPage
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

SEARCH_URL = reverse("search")


def result_titles(response):
    return [result.title for result in response.context["results_page"]]


def test_search_without_diacritics_finds_nguyen(client):
    response = client.get(SEARCH_URL, {"q": "nguyen thi huong"})
    assert response.status_code == 200
    titles = result_titles(response)
    assert any(demo_records.AWARDEE_WITH_STORY in title for title in titles), titles


def test_search_for_nguyen_alone_finds_a_page_titled_nguyen(client):
    response = client.get(SEARCH_URL, {"q": "nguyen"})
    assert any("Nguyễn" in title for title in result_titles(response))


def test_search_dao_finds_dao_with_d_stroke(client):
    response = client.get(SEARCH_URL, {"q": "dao"})
    assert any("Đào" in title for title in result_titles(response))


def test_search_with_diacritics_also_matches(client):
    response = client.get(SEARCH_URL, {"q": demo_records.AWARDEE_WITH_STORY})
    assert any(demo_records.AWARDEE_WITH_STORY in title for title in result_titles(response))


def test_search_matches_body_text_not_only_titles(client):
    # The seed news quotes Công văn 3441/UBND-KTTH in its body.
    response = client.get(SEARCH_URL, {"q": "cong van 3441"})
    assert "Chỉ đạo nâng cao chất lượng công tác thi đua, khen thưởng" in result_titles(response)


def test_results_show_type_and_date(client):
    response = client.get(SEARCH_URL, {"q": "nguyen thi huong"})
    html = response.content.decode()
    assert "Tin bài" in html  # the page type
    news = NewsPage.objects.get(title__contains=demo_records.AWARDEE_WITH_STORY)
    assert news.date.astimezone().strftime("%d/%m/%Y") in html


def test_unpublished_and_private_pages_are_not_found(client, home_page):
    index = home_page.get_children().get(slug="tin-tuc")
    draft = NewsPageFactory(parent=index, title="Bản nháp về Đào Thị Ngát Lầu", live=False)
    private = NewsPageFactory(parent=index, title="Tin nội bộ về Đào Thị Ngát Lầu")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft.save()
    response = client.get(SEARCH_URL, {"q": "dao ngat lau"})
    assert result_titles(response) == []


def test_results_are_paginated(client, home_page):
    index = home_page.get_children().get(slug="tin-tuc")
    for number in range(25):
        NewsPageFactory(parent=index, title=f"Phong trào Pác Mòng số {number}")
    first = client.get(SEARCH_URL, {"q": "pac mong"})
    assert first.context["results_page"].paginator.count == 25
    assert len(result_titles(first)) == 10
    assert 'href="?q=pac+mong&amp;trang=2"' in first.content.decode()
    third = client.get(SEARCH_URL, {"q": "pac mong", "trang": 3})
    assert len(result_titles(third)) == 5
    # An old link past the end shows the last page; a page number that is not one, the first.
    past_the_end = client.get(SEARCH_URL, {"q": "pac mong", "trang": 9})
    assert past_the_end.context["results_page"].number == 3
    assert result_titles(past_the_end) == result_titles(third)
    assert (
        client.get(SEARCH_URL, {"q": "pac mong", "trang": "x"}).context["results_page"].number == 1
    )
    # Every result once, across the pages.
    pages = [client.get(SEARCH_URL, {"q": "pac mong", "trang": n}) for n in (1, 2, 3)]
    seen = [title for page in pages for title in result_titles(page)]
    assert sorted(seen) == sorted(f"Phong trào Pác Mòng số {n}" for n in range(25))
    beyond = client.get(SEARCH_URL, {"q": "pac mong", "trang": "abc"})
    assert beyond.status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "!!!???...,,,",
        "a" * 10_000,
        "thi đua " * 1500,
        "<script>alert('xss')</script>",
        '"><img src=x onerror=alert(1)>',
        "' OR '1'='1'; DROP TABLE wagtailcore_page; --",
        "title:foo AND (bar OR NOT baz) NEAR/2 *",
        "%00%27%22",
        "\x00\x01",
    ],
)
def test_awkward_queries_are_answered_without_error(client, query):
    response = client.get(SEARCH_URL, {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html


def test_markup_query_is_echoed_escaped(client):
    response = client.get(SEARCH_URL, {"q": "<b>Đào</b>"})
    assert "&lt;b&gt;Đào&lt;/b&gt;" in response.content.decode()


def test_empty_query_invites_a_search(client):
    response = client.get(SEARCH_URL)
    assert response.status_code == 200
    assert response.context["results_page"] is None
    assert "Nhập từ khóa" in response.content.decode()


def test_search_query_count_does_not_grow_with_results(
    client, home_page, django_assert_max_num_queries
):
    index = home_page.get_children().get(slug="tin-tuc")
    for number in range(12):
        NewsPageFactory(parent=index, title=f"Gương sáng Bản Đôn {number}")
    client.get(SEARCH_URL, {"q": "guong sang ban don"})  # the site's chrome read once
    # The matches with their count in one statement (the view restrictions are a kept list),
    # then the pages of each type found.
    with django_assert_max_num_queries(2):
        response = client.get(SEARCH_URL, {"q": "guong sang ban don"})
    assert len(result_titles(response)) == 10
