"""The search's query budget: one statement for the matches, their sections and the awardee
offer, then one query per page type shown; a correction only when little is found."""

import pytest
from django.db import connection

from tests.sitesearch.helpers import search

pytestmark = pytest.mark.django_db


def test_a_search_with_sections_and_an_offer_is_one_statement_and_one_per_type(
    client, django_assert_num_queries
):
    search(client, "nguyen thi huong")  # kept lists (chrome, sections, restrictions) read once
    response = search(client, "nguyen thi huong")
    types = {type(page) for page in response.context["results_page"]}
    assert response.context["lookup_offer"]
    with django_assert_num_queries(1 + len(types)):
        search(client, "nguyen thi huong")


def test_a_section_filter_costs_no_extra_query(client, django_assert_num_queries):
    search(client, "nguyen thi huong", muc="tin-tuc")
    with django_assert_num_queries(2):  # the statement, the news pages
        search(client, "nguyen thi huong", muc="tin-tuc")


def test_many_results_look_for_no_correction(client, django_assert_max_num_queries):
    search(client, "thi dua")
    response = search(client, "thi dua")
    types = {type(page) for page in response.context["results_page"]}
    with django_assert_max_num_queries(1 + len(types)):
        search(client, "thi dua")


def test_a_correction_costs_one_search_more_and_the_suggestion(client, django_assert_num_queries):
    search(client, "nguyen thi huogn")
    response = search(client, "nguyen thi huogn")
    assert response.context["corrected_from"]
    types = {type(page) for page in response.context["results_page"]}
    # What was typed (nothing found), the corrected search, the pages per type; and on
    # PostgreSQL the suggestion: its threshold (SET LOCAL) and its statement, in a savepoint
    # here (a transaction of its own outside tests). SQLite keeps the titles' words.
    suggestion = 4 if connection.vendor == "postgresql" else 0
    with django_assert_num_queries(2 + suggestion + len(types)):
        search(client, "nguyen thi huogn")


def test_few_results_count_the_correction_without_reading_its_pages(
    client, section, django_assert_num_queries
):
    section("tin-tuc")
    from tests.factories import NewsPageFactory

    NewsPageFactory(parent=section("tin-tuc"), title="Bảng tin gõ nhầm", lead="Chữ huogn sai.")
    search(client, "huogn")
    suggestion = 4 if connection.vendor == "postgresql" else 0
    # What was typed, its news page, the corrected search's counts.
    with django_assert_num_queries(3 + suggestion):
        response = search(client, "huogn")
    assert response.context["suggestion"] == "huong"
