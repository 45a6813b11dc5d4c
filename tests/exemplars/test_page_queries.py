"""Queries of each exemplar page type: few, and as many with three times the content.

A served page costs the pages along its address and the page itself (core.routing): 2 queries
before its own content. The view restrictions, the site and the chrome (header, menu, footer,
breadcrumbs) are built once and kept (core.routing, core.chrome)."""

import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from exemplars.models import ExemplarPage, MovementPage
from tests.exemplars.factories import ExemplarPageFactory
from tests.factories import NewsPageFactory
from tests.news.factories import AwardDecisionPageFactory, AwardeeFactory
from tests.page_queries import CHROME_QUERIES, queries

pytestmark = pytest.mark.django_db


def photo(number):
    return Image.objects.create(title=f"Ảnh {number}", file=get_test_image_file())


@pytest.fixture
def stories(section):
    return section("guong-dien-hinh")


@pytest.fixture
def movement(db):
    return MovementPage.objects.live().filter(exemplars__isnull=False).distinct().first()


def add_stories(stories, movement, count, featured=False):
    for number in range(count):
        ExemplarPageFactory(
            parent=stories,
            movement=movement,
            featured=featured,
            photo=photo(number),
            photo_alt="Ảnh chân dung",
        )


def test_index(client, stories, movement):
    shown = ExemplarPage.objects.live().child_of(stories).count()
    before = queries(client, stories.url)
    add_stories(stories, movement, 2 * shown)
    add_stories(stories, movement, 4, featured=True)
    after = queries(client, stories.url)
    assert after == before
    # Beyond the 5 of every page: the featured stories, the paginator's count, the page's
    # stories and one rendition query for both lists' photos. The filter options are kept
    # lists (core.models.kept_rows).
    assert after <= CHROME_QUERIES + 2


def test_index_by_locality(client, stories, movement):
    url = stories.url + stories.reverse_subpage("by_locality")
    before = queries(client, url)
    add_stories(stories, movement, 6)
    assert queries(client, url) == before <= CHROME_QUERIES + 3


def test_story(client, stories, movement):
    story = ExemplarPageFactory(
        parent=stories, movement=movement, photo=photo(0), photo_alt="Ảnh chân dung"
    )
    decision = AwardDecisionPageFactory(
        parent=stories.get_parent().get_children().get(slug="khen-thuong")
    )
    AwardeeFactory(decision=decision, exemplar=story)
    before = queries(client, story.url)
    for _ in range(2):
        AwardeeFactory(decision=decision, exemplar=story)
    after = queries(client, story.url)
    assert after == before
    # Beyond the 5 of every page: the comment count (consultations.commenting), the awards.
    assert after <= CHROME_QUERIES + 4


def test_movement_index(client, section, movement):
    index = section("phong-trao")
    before = queries(client, index.url)
    for number in range(4):
        index.add_child(
            instance=MovementPage(
                title=f"Phong trào thi đua thử {number}",
                launched_by="UBND tỉnh",
                start_date=movement.start_date,
                intro="Phong trào thử.",
            )
        )
    assert queries(client, index.url) == before <= CHROME_QUERIES + 4


def test_movement(client, section, stories, movement):
    before = queries(client, movement.url)
    add_stories(stories, movement, 4)
    for _ in range(3):
        NewsPageFactory(parent=section("tin-tuc"), movement=movement)
        decision = AwardDecisionPageFactory(parent=section("khen-thuong"), movement=movement)
        AwardeeFactory(decision=decision)
    after = queries(client, movement.url)
    assert after == before
    # Beyond the 5 of every page: the news, the stories and their photos' renditions, the
    # decisions with their awardee counts.
    assert after <= CHROME_QUERIES + 2
