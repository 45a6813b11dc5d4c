"""Related stories under an exemplar's story, and the short film in two formats (MP4 and WebM)
with its poster."""

import datetime
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.models import Document
from wagtail.models import PageViewRestriction

from exemplars.blocks import ShortFilmBlock
from exemplars.models import ExemplarPage
from tests.exemplars.factories import (
    ExemplarGroupFactory,
    ExemplarPageFactory,
    LocalityFactory,
    MovementPageFactory,
)

pytestmark = pytest.mark.django_db

DEMO_MEDIA = Path(__file__).resolve().parents[2] / "site" / "demo" / "data" / "exemplars" / "media"


@pytest.fixture
def stories(section):
    return section("guong-dien-hinh")


def related_titles(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return [story.title for story in response.context["related_stories"]]


def test_related_stories_share_a_movement_a_place_or_a_group(client, stories, section):
    group, place = ExemplarGroupFactory(), LocalityFactory()
    movement = MovementPageFactory(parent=section("phong-trao"))
    story = ExemplarPageFactory(parent=stories, group=group, locality=place, movement=movement)
    day = datetime.date(2026, 3, 1)
    ExemplarPageFactory(parent=stories, title="Cùng nhóm", group=group, date=day)
    ExemplarPageFactory(parent=stories, title="Cùng địa bàn", locality=place, date=day)
    ExemplarPageFactory(
        parent=stories,
        title="Cùng phong trào và địa bàn",
        movement=movement,
        locality=place,
        date=day - datetime.timedelta(days=300),
    )
    ExemplarPageFactory(parent=stories, title="Không liên quan", date=day)

    titles = related_titles(client, story)
    # Those sharing most first, then the newest; nothing unrelated, never the story itself.
    assert titles[0] == "Cùng phong trào và địa bàn"
    assert set(titles) == {"Cùng phong trào và địa bàn", "Cùng nhóm", "Cùng địa bàn"}

    html = BeautifulSoup(client.get(story.url).content, "html.parser")
    section_ = html.select_one("section.related--stories")
    assert section_.find("h2").get_text(strip=True) == "Gương điển hình liên quan"
    assert len(section_.select("li.card--story")) == 3


def test_related_stories_leave_out_drafts_and_restricted_stories(client, stories):
    group = ExemplarGroupFactory()
    story = ExemplarPageFactory(parent=stories, group=group)
    ExemplarPageFactory(parent=stories, title="Công khai", group=group)
    ExemplarPageFactory(parent=stories, title="Đã gỡ", group=group).unpublish()
    private = ExemplarPageFactory(parent=stories, title="Nội bộ", group=group)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert related_titles(client, story) == ["Công khai"]


def test_related_stories_are_three_at_most(client, stories):
    group = ExemplarGroupFactory()
    story = ExemplarPageFactory(parent=stories, group=group)
    for number in range(5):
        ExemplarPageFactory(parent=stories, group=group, date=datetime.date(2026, 1, 1 + number))
    assert len(related_titles(client, story)) == 3


def document(name, data=b"\x00"):
    doc = Document(title=name)
    doc.file.save(name, ContentFile(data), save=True)
    return doc


def test_film_block_offers_mp4_first_then_webm():
    block = ShortFilmBlock()
    webm, mp4 = document("phim.webm"), document("phim.mp4")
    captions = document("phu-de.vtt", b"WEBVTT\n")
    value = block.clean(
        block.to_python(
            {"title": "Phim", "video": webm.pk, "video_mp4": mp4.pk, "captions": captions.pk}
        )
    )
    video = BeautifulSoup(block.render(value), "html.parser").find("video")
    sources = [(source["src"], source["type"]) for source in video.find_all("source")]
    assert sources == [(mp4.url, "video/mp4"), (webm.url, "video/webm")]


def test_film_block_checks_its_mp4():
    block = ShortFilmBlock()
    webm, mp4 = document("phim.webm"), document("phim.mp4")
    captions = document("phu-de.vtt", b"WEBVTT\n")
    for value in (
        {"video": webm.pk, "video_mp4": document("phim.mov").pk},  # not an MP4
        {"video": mp4.pk, "video_mp4": document("phim-2.mp4").pk},  # two MP4s
        {"video_mp4": mp4.pk},  # an MP4 without the main film
    ):
        with pytest.raises(StructBlockValidationError) as raised:
            block.clean(block.to_python({"title": "Phim", "captions": captions.pk, **value}))
        assert "video_mp4" in raised.value.block_errors


def test_demo_film_comes_as_a_small_h264_mp4_too():
    data = (DEMO_MEDIA / "phim-guong-dien-hinh.mp4").read_bytes()
    assert len(data) < 150_000
    assert data[4:8] == b"ftyp"
    # The sample description of an H.264 video track.
    assert b"avc1" in data and b"avcC" in data


def test_demo_story_plays_the_mp4_and_the_webm_with_a_poster(client):
    story = ExemplarPage.objects.filter(featured=True).first()
    html = BeautifulSoup(client.get(story.url).content, "html.parser")
    video = html.find("video", class_="short-film__video")
    assert video["poster"] and int(video["width"]) and int(video["height"])
    types = [source["type"] for source in video.find_all("source")]
    assert types == ["video/mp4", "video/webm"]
    assert video.find("source")["src"].endswith(".mp4")


def test_story_editor_offers_the_mp4_field(client, users):
    story = ExemplarPage.objects.filter(featured=True).first()
    client.force_login(users["admin"])
    response = client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    # The block's form is described to the editor's script as JSON (non-ASCII escaped).
    label = "Bản MP4 của phim (cho iPhone, Safari)"
    assert label in html or json.dumps(label)[1:-1] in html
    assert "video_mp4" in html
