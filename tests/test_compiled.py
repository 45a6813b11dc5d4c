"""Querysets evaluated with SQL compiled once per key (core.compiled)."""

import pytest
from django.db import connection
from django.db.models.sql.compiler import SQLCompiler
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from core import compiled, routing
from news.models import NewsPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def served():
    """Inside a served page: the view restrictions known, as core.routing leaves them."""

    def serve():
        routing._served_restrictions.set(list(PageViewRestriction.objects.select_related("page")))

    serve()
    yield serve
    routing._served_restrictions.set(None)


@pytest.fixture
def compilations(monkeypatch):
    """How many times Django compiled a SELECT."""
    calls = []
    original = SQLCompiler.as_sql

    def counting(self, *args, **kwargs):
        calls.append(self.query.model)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(SQLCompiler, "as_sql", counting)
    return calls


def news(section_page):
    return (
        NewsPage.objects.live()
        .public()
        .child_of(section_page)
        .select_related("category")
        .order_by("-date", "-pk")
    )


def test_rows_are_the_querysets_rows_with_their_related_rows(served, section):
    index = section("tin-tuc")
    expected = list(news(index)[:5])
    first = compiled.rows(news(index)[:5], ("test news", index.pk))
    with CaptureQueriesContext(connection) as captured:
        again = compiled.rows(news(index)[:5], ("test news", index.pk))
        categories = [page.category.name if page.category else None for page in again]
    assert again == first == expected
    assert categories == [page.category.name if page.category else None for page in expected]
    assert len(captured) == 1  # the category came with the page
    assert isinstance(again[0], NewsPage)


def test_a_kept_key_is_not_compiled_again(served, section, settings, compilations):
    settings.COMPILED_SQL_CHECK = False
    index = section("tin-tuc")
    compiled.rows(news(index)[:3], ("compiled once", index.pk))
    compilations.clear()
    compiled.rows(news(index)[:3], ("compiled once", index.pk))
    assert NewsPage not in compilations


def test_a_key_that_misses_an_input_fails_the_tests(served, section):
    index = section("tin-tuc")
    compiled.rows(news(index)[:3], ("too short a key",))
    with pytest.raises(compiled.CompiledSQLMismatch):
        compiled.rows(news(index)[:4], ("too short a key",))


def test_a_new_view_restriction_is_a_new_key(served, section):
    index = section("tin-tuc")
    before = compiled.rows(news(index), ("restricted", index.pk))
    hidden = before[0]
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    served()
    after = compiled.rows(news(index), ("restricted", index.pk))
    assert hidden in before
    assert hidden not in after
    assert len(after) == len(before) - 1


def test_outside_a_served_page_nothing_is_kept(section, settings, compilations):
    settings.COMPILED_SQL_CHECK = False
    index = section("tin-tuc")
    assert routing.served_view_restrictions() is None
    first = compiled.rows(news(index)[:2], ("not served", index.pk))
    compilations.clear()
    assert compiled.rows(news(index)[:2], ("not served", index.pk)) == first
    assert NewsPage in compilations  # compiled again: `.public()` read the restrictions anew


def test_count_and_an_empty_filter(served, section):
    index = section("tin-tuc")
    assert compiled.count(news(index), ("count", index.pk)) == news(index).count()
    assert compiled.count(news(index), ("count", index.pk)) == news(index).count()
    nothing = news(index).filter(pk__in=[])
    with CaptureQueriesContext(connection) as captured:
        assert compiled.rows(nothing, ("nothing",)) == []
        assert compiled.count(nothing, ("nothing",)) == 0
    assert len(captured) == 0


def test_paginator_last_page_and_count(served, section):
    index = section("tin-tuc")
    total = news(index).count()
    per_page = 4
    assert total > per_page, "the demo has enough news for two pages"
    paginator = compiled.Paginator(news(index), per_page, key=("pages", index.pk))
    assert paginator.count == total
    last = paginator.get_page(paginator.num_pages)
    expected = list(news(index))[(paginator.num_pages - 1) * per_page :]
    assert list(last.object_list) == expected
    assert list(paginator.get_page(1).object_list) == list(news(index)[:per_page])
    # Out of range: the last page, as Django's paginator answers.
    assert list(paginator.get_page(999).object_list) == expected


def test_a_distinct_list_of_values_is_counted_and_read_with_kept_sql(
    served, section, settings, compilations
):
    index = section("tin-tuc")
    categories = news(index).order_by("category_id").values_list("category_id", flat=True)
    distinct = categories.distinct()
    expected = list(distinct)
    assert len(expected) < len(list(categories)), "the demo has categories with several news"
    key = ("distinct categories", index.pk)
    assert compiled.count(distinct, key) == len(expected)
    assert compiled.rows(distinct, key) == expected
    settings.COMPILED_SQL_CHECK = False
    compilations.clear()
    assert compiled.count(distinct, key) == len(expected)
    assert compiled.rows(distinct, key) == expected
    assert compilations == []


def test_a_pages_comment_threads_are_read_with_kept_sql(client, settings, compilations):
    commented = next(
        page for page in NewsPage.objects.live().order_by("-date") if page.comments_shown()
    )
    read_per_page = {"consultations.PortalComment", "news.NewsPageRelatedPage", "taggit.Tag"}
    settings.COMPILED_SQL_CHECK = False
    compiled.clear()
    first = client.get(commented.url).content
    assert read_per_page <= {model._meta.label for model in compilations}
    compilations.clear()
    assert client.get(commented.url).content == first
    assert not read_per_page & {model._meta.label for model in compilations}


def test_rows_in_puts_the_values_in_place_of_the_stand_ins(section, settings, compilations):
    index = section("tin-tuc")
    ids = list(news(index).values_list("pk", flat=True)[:6])
    base = NewsPage.objects.select_related("category")
    first = compiled.in_bulk(base, ids[:3], "test: news with categories")
    assert first == NewsPage.objects.in_bulk(ids[:3])
    settings.COMPILED_SQL_CHECK = False
    compilations.clear()
    other = compiled.in_bulk(base, ids[3:], "test: news with categories")  # other values
    assert NewsPage not in compilations
    assert other == NewsPage.objects.in_bulk(ids[3:])
    assert other[ids[3]].category == NewsPage.objects.get(pk=ids[3]).category
    assert compiled.in_bulk(base, [], "test: news with categories") == {}


def test_rows_in_with_other_parameters_around_the_values(section):
    from wagtail.models import Page

    home = section("tin-tuc").get_parent()
    below = Page.objects.filter(path__startswith=home.path, depth__gt=home.depth)
    addresses = [home.url_path + "tin-tuc/", home.url_path + "van-ban/", "/nowhere/"]
    found = compiled.rows_in(below, "url_path", addresses, ("test", home.path, home.depth))
    assert sorted(page.url_path for page in found) == sorted(addresses[:2])
    # Another address of the same length: the kept SQL with these values, checked again
    # against a fresh compilation by the test settings.
    again = compiled.rows_in(
        below,
        "url_path",
        [home.url_path + "khen-thuong/", "/a/", "/b/"],
        ("test", home.path, home.depth),
    )
    assert [page.url_path for page in again] == [home.url_path + "khen-thuong/"]


def test_one_key_for_two_bases_fails_the_tests(section):
    ids = list(news(section("tin-tuc")).values_list("pk", flat=True)[:2])
    compiled.in_bulk(NewsPage.objects.select_related("category"), ids, "test: one base")
    with pytest.raises(compiled.CompiledSQLMismatch):
        compiled.in_bulk(NewsPage.objects.all(), ids, "test: one base")


def test_routing_serves_every_address_from_the_kept_sql(client, section, settings):
    """Many addresses, three shapes of SQL: each page is its own, and a missing one is a 404."""
    news_index = section("tin-tuc")
    for article in news_index.get_children().live().specific()[:5]:
        response = client.get(article.url)
        assert response.status_code == 200
        assert response.context["page"] == article
    assert client.get(news_index.url + "khong-co-trang-nay/").status_code == 404


def test_pages_are_found_by_address_through_an_index(db):
    # Routing reads the pages along an address by `url_path` (core.routing): without an index
    # that is a scan of every page of the site on every request.
    from django.db import connection

    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    indexed = [c["columns"] for c in constraints.values() if c["index"]]
    assert ["url_path"] in indexed
