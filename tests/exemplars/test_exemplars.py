"""Exemplars: filters, featured stories, by-locality view, feed, awards, images, films."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.blocks import StreamBlockValidationError
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from exemplars.blocks import ShortFilmBlock
from exemplars.models import ExemplarPage
from home.models import Locality
from tests.exemplars.factories import (
    ExemplarGroupFactory,
    ExemplarPageFactory,
    LocalityFactory,
    MovementPageFactory,
)
from tests.news.factories import AwardDecisionPageFactory, AwardeeFactory

pytestmark = pytest.mark.django_db
INDEX = "/guong-dien-hinh/"


@pytest.fixture
def stories(section):
    return section("guong-dien-hinh")


def listed(response):
    return [page.title for page in response.context["stories_page"]]


def test_filters_by_group_locality_movement_and_year(client, stories, section):
    group, locality = ExemplarGroupFactory(), LocalityFactory()
    movement = MovementPageFactory(parent=section("phong-trao"))
    ExemplarPageFactory(
        parent=stories,
        title="Câu chuyện A",
        group=group,
        locality=locality,
        movement=movement,
        date=datetime.date(2019, 4, 1),
    )
    ExemplarPageFactory(parent=stories, title="Câu chuyện B", group=group)
    assert set(listed(client.get(INDEX, {"nhom": group.slug}))) == {"Câu chuyện A", "Câu chuyện B"}
    assert listed(client.get(INDEX, {"nhom": group.slug, "dia_ban": locality.slug})) == [
        "Câu chuyện A"
    ]
    assert listed(client.get(INDEX, {"phong_trao": movement.pk})) == ["Câu chuyện A"]
    assert listed(client.get(INDEX, {"nam": 2019})) == ["Câu chuyện A"]


@pytest.mark.parametrize(
    "params",
    [
        {"nhom": "khong-co"},
        {"dia_ban": "<b>"},
        {"phong_trao": "abc"},
        {"nam": "x"},
        {"trang": "9999"},
    ],
)
def test_bad_filters_are_ignored(client, params):
    response = client.get(INDEX, params)
    assert response.status_code == 200


def test_featured_stories_lead_the_index_once(client):
    response = client.get(INDEX)
    featured = [page.title for page in response.context["featured"]]
    assert len(featured) == 4
    assert not set(featured) & set(listed(response))
    assert (
        response.context["stories_page"].paginator.count + 4 == ExemplarPage.objects.live().count()
    )
    assert client.get(INDEX, {"nam": 2026}).context["featured"] == []


def test_home_page_shows_featured_stories(client):
    html = client.get("/").content.decode()
    for page in ExemplarPage.objects.filter(featured=True):
        assert page.title in html


def test_by_locality_counts_stories(client, stories):
    locality = LocalityFactory(name="xã Đếm Số")
    for _ in range(3):
        ExemplarPageFactory(parent=stories, locality=locality)
    ExemplarPageFactory(parent=stories, locality=locality, live=False)
    response = client.get(INDEX + "theo-dia-ban/")
    counts = {loc.name: loc.count for loc in response.context["localities"]}
    assert counts["xã Đếm Số"] == 3
    assert sum(counts.values()) == ExemplarPage.objects.live().count()
    assert f"?dia_ban={locality.slug}" in response.content.decode()
    # The province's communes without a story are not listed, here or in the filter.
    assert all(count > 0 for count in counts.values())
    options = dict(client.get(INDEX).context["locality_options"])
    assert options[locality.slug] == "xã Đếm Số"
    assert len(options) == len(counts)
    empty = Locality.objects.exclude(name__in=counts).first()
    assert empty is not None and empty.slug not in options


def test_rss_feed(client):
    response = client.get(INDEX + "rss/")
    assert response.status_code == 200
    newest = ExemplarPage.objects.live().order_by("-date").first()
    assert newest.title in response.content.decode()


def test_photo_needs_alt_text(stories):
    image = Image.objects.create(title="Chân dung", file=get_test_image_file())
    page = ExemplarPageFactory.build(photo=image, photo_alt="")
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "photo_alt" in error.value.message_dict


def test_ethnicity_only_when_the_person_wants_it(client, stories):
    shown = ExemplarPageFactory(parent=stories, ethnicity="Nùng", show_ethnicity=True)
    hidden = ExemplarPageFactory(parent=stories, ethnicity="Sán Chay", show_ethnicity=False)
    assert "Nùng" in client.get(shown.url).content.decode()
    assert "Sán Chay" not in client.get(hidden.url).content.decode()


def test_story_links_its_awards_in_the_lookup(client, stories, section):
    story = ExemplarPageFactory(parent=stories)
    decision = AwardDecisionPageFactory(parent=section("khen-thuong"), number="4242/QĐ-UBND")
    awardee = AwardeeFactory(decision=decision, exemplar=story)
    html = client.get(story.url).content.decode()
    assert f'href="/tra-cuu/{awardee.pk}/"' in html and "4242/QĐ-UBND" in html
    decision.unpublish()
    assert "4242/QĐ-UBND" not in client.get(story.url).content.decode()


def test_demo_stories_link_real_awards(client):
    story = ExemplarPage.objects.filter(awardees__isnull=False).first()
    assert story is not None
    assert "Khen thưởng đã nhận" in client.get(story.url).content.decode()


def test_listing_uses_modern_formats_and_lazy_loading(client, stories):
    image = Image.objects.create(title="Ảnh", file=get_test_image_file())
    ExemplarPageFactory(parent=stories, photo=image, photo_alt="Ảnh", title="Có ảnh")
    html = client.get(INDEX, {"nam": 2026}).content.decode()
    assert 'type="image/avif"' in html and 'type="image/webp"' in html
    assert "srcset=" in html and 'loading="lazy"' in html


def test_index_query_count_is_constant_with_ten_times_the_stories(client, stories):
    group = ExemplarGroupFactory()

    def add(count):
        for number in range(count):
            image = Image.objects.create(title=f"Ảnh {number}", file=get_test_image_file())
            ExemplarPageFactory(parent=stories, group=group, photo=image, photo_alt="Ảnh chân dung")

    def queries():
        url = f"{INDEX}?nhom={group.slug}"
        client.get(url)  # the first view renders the new renditions
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        return len(captured), len(response.context["stories_page"])

    add(1)
    before, shown_before = queries()
    add(10)
    after, shown_after = queries()
    assert (shown_before, shown_after) == (1, 11)
    assert after == before


def document(name, data=b"\x1aE\xdf\xa3"):
    doc = Document(title=name)
    doc.file.save(name, ContentFile(data), save=True)
    return doc


def test_short_film_rules():
    block = ShortFilmBlock()
    video, captions = document("phim.webm"), document("phu-de.vtt", b"WEBVTT\n")
    assert block.clean(
        block.to_python({"title": "Phim", "video": video.pk, "captions": captions.pk})
    )
    for value in (
        {"title": "Phim"},  # neither film nor embed
        {"title": "Phim", "video": video.pk},  # no captions
        {"title": "Phim", "video": document("phim.avi").pk, "captions": captions.pk},
        {"title": "Phim", "video": video.pk, "captions": document("phu-de.srt").pk},
    ):
        with pytest.raises((ValidationError, StreamBlockValidationError)):
            block.clean(block.to_python(value))


def test_uploaded_film_loads_nothing_until_played(client):
    from bs4 import BeautifulSoup

    story = ExemplarPage.objects.filter(featured=True).first()
    html = BeautifulSoup(client.get(story.url).content, "html.parser")
    video = html.find("video", class_="short-film__video")
    assert video is not None
    assert video.has_attr("controls") and video["preload"] == "none"
    assert video.get("poster")
    # The MP4 first (iPhones, Safari), then the WebM.
    assert [source["type"] for source in video.find_all("source")] == ["video/mp4", "video/webm"]
    track = video.find("track")
    assert track["kind"] == "captions" and track["srclang"] == "vi"


def test_story_shares_well(client):
    story = ExemplarPage.objects.filter(featured=True).first()
    html = client.get(story.url).content.decode()
    assert f'<meta property="og:title" content="{story.title}">' in html
    assert '<meta property="og:image" content="http://testserver/' in html
    assert "https://www.facebook.com/sharer/sharer.php?u=" in html
