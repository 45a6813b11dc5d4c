"""The search's query budget: one statement for the matches, their sections and the awardee
offer; the pages shown are kept by the process until a page changes, and those not kept are
read with one query per page type; a correction only when little is found."""

import pytest
from django.db import connection

from news.models import NewsPage
from tests.sitesearch.helpers import search

pytestmark = pytest.mark.django_db


def test_a_search_with_sections_and_an_offer_is_one_statement(client, django_assert_num_queries):
    search(client, "nguyen thi huong")  # kept lists (chrome, sections, pages shown) read once
    with django_assert_num_queries(1):
        response = search(client, "nguyen thi huong")
    assert response.context["lookup_offer"] and response.context["results"]


def test_pages_not_kept_are_read_with_one_query_per_type(client, django_assert_num_queries):
    response = search(client, "thi dua")
    assert response.context["results_page"].has_next()
    search(client, "thi dua")
    with django_assert_num_queries(1):
        search(client, "thi dua")
    second = search(client, "thi dua", trang=3)  # its pages are now kept
    types = {type(page) for page in second.context["results_page"]}
    search(client, "thi dua")
    NewsPage.objects.live().first().save_revision().publish()  # any page changed
    with django_assert_num_queries(1 + len(types)):
        search(client, "thi dua", trang=3)


def test_a_section_filter_costs_no_extra_query(client, django_assert_num_queries):
    search(client, "nguyen thi huong", muc="tin-tuc")
    with django_assert_num_queries(1):
        response = search(client, "nguyen thi huong", muc="tin-tuc")
    assert response.context["results"]


def test_many_results_look_for_no_correction(client, django_assert_num_queries):
    search(client, "thi dua")
    with django_assert_num_queries(1):
        response = search(client, "thi dua")
    assert not response.context["suggestion"] and not response.context["corrected_from"]


def test_a_correction_costs_one_search_more_and_the_suggestion(client, django_assert_num_queries):
    search(client, "nguyen thi huogn")
    # What was typed (nothing found), the corrected search (its pages are kept); and on
    # PostgreSQL the suggestion: its threshold (SET LOCAL) and its statement, in a savepoint
    # here (a transaction of its own outside tests). SQLite keeps the titles' words.
    suggestion = 4 if connection.vendor == "postgresql" else 0
    with django_assert_num_queries(2 + suggestion):
        response = search(client, "nguyen thi huogn")
    assert response.context["corrected_from"] and response.context["results"]


def test_few_results_count_the_correction_without_reading_its_pages(
    client, section, django_assert_num_queries
):
    section("tin-tuc")
    from tests.factories import NewsPageFactory

    NewsPageFactory(parent=section("tin-tuc"), title="Bảng tin gõ nhầm", lead="Chữ huogn sai.")
    search(client, "huogn")
    suggestion = 4 if connection.vendor == "postgresql" else 0
    # What was typed (its news page is kept), the corrected search's counts.
    with django_assert_num_queries(2 + suggestion):
        response = search(client, "huogn")
    assert response.context["suggestion"] == "huong"
