"""Listings kept between requests (core.models.kept_variant): they follow every change of
what they show at once, and cost no query while nothing changes."""

import pytest

from core import models as core_models
from exemplars.models import MovementPage
from news.models import AwardDecisionPage, NewsPage
from tests.exemplars.factories import ExemplarPageFactory
from tests.factories import NewsPageFactory
from tests.news.factories import AwardDecisionPageFactory, AwardeeFactory
from tests.page_queries import queries

pytestmark = pytest.mark.django_db


def listed(client, url, name):
    return list(client.get(url).context[name])


def test_news_listing_follows_publish_edit_and_unpublish(client, section):
    index = section("tin-tuc")
    before = listed(client, index.url, "news_page")
    news = NewsPageFactory(parent=index, title="Tin thử cho danh sách giữ sẵn")
    after = listed(client, index.url, "news_page")
    assert news.pk in [page.pk for page in after] and news.pk not in [p.pk for p in before]
    news.title = "Tin thử đã sửa tiêu đề"
    news.save_revision().publish()
    assert "Tin thử đã sửa tiêu đề" in client.get(index.url).content.decode()
    NewsPage.objects.get(pk=news.pk).unpublish()
    assert news.pk not in [page.pk for page in listed(client, index.url, "news_page")]


def test_decision_listing_counts_a_new_awardee(client, section):
    index = section("khen-thuong")
    decision = AwardDecisionPageFactory(parent=index)
    AwardeeFactory(decision=decision)

    def count_shown():
        rows = listed(client, index.url, "decisions_page")
        return next(row.awardee_count for row in rows if row.pk == decision.pk)

    assert count_shown() == 1
    AwardeeFactory(decision=decision)
    assert count_shown() == 2
    AwardDecisionPage.objects.get(pk=decision.pk).unpublish()
    assert decision.pk not in [row.pk for row in listed(client, index.url, "decisions_page")]


def test_movement_lists_follow_a_new_story(client, section):
    movement = MovementPage.objects.live().first()
    before = queries(client, movement.url)
    story = ExemplarPageFactory(parent=section("guong-dien-hinh"), movement=movement)
    response = client.get(movement.url)
    assert story.pk in [page.pk for page in response.context["movement_exemplars"]]
    assert queries(client, movement.url) == before


def test_variants_are_bounded_and_renewed_by_a_change(monkeypatch, section):
    monkeypatch.setattr(core_models, "KEPT_VARIANTS", 3)
    built = []

    def build(number):
        built.append(number)
        return [number]

    for number in range(5):
        core_models.kept_variant("test-listing", number, lambda n=number: build(n), [NewsPage])
    assert len([key for key in core_models._variants if key[0] == "test-listing"]) <= 3
    core_models.kept_variant("test-listing", 4, lambda: build(4), [NewsPage])
    assert built == [0, 1, 2, 3, 4]  # the newest variant was kept
    NewsPageFactory(parent=section("tin-tuc"))  # a watched model changes: a new version
    core_models.kept_variant("test-listing", 4, lambda: build(4), [NewsPage])
    assert built == [0, 1, 2, 3, 4, 4]


def test_several_variants_are_read_together_and_only_those_not_kept(section):
    asked = []

    def build_missing(variants):
        asked.append(sorted(variants))
        return {variant: f"row {variant}" for variant in variants if variant != 9}

    found = core_models.kept_variants("test-rows", [1, 2, 9], build_missing, [NewsPage])
    assert found == {1: "row 1", 2: "row 2"}  # what the builder leaves out is left out
    found = core_models.kept_variants("test-rows", [2, 3], build_missing, [NewsPage])
    assert found == {2: "row 2", 3: "row 3"}
    assert asked == [[1, 2, 9], [3]]
    NewsPageFactory(parent=section("tin-tuc"))  # a watched model changes: read again
    core_models.kept_variants("test-rows", [1, 2], build_missing, [NewsPage])
    assert asked[-1] == [1, 2]
