"""HTML kept by what it shows (core.fragments): `{% keep %}`, the chrome's header and footer,
images rendered into a variable, and a film's documents read together."""

import re

import pytest
from django.db import connection
from django.template import Context, Template, TemplateSyntaxError
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from core.fragments import kept_html
from exemplars.blocks import ShortFilmBlock

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_store():
    kept_html.clear()
    yield
    kept_html.clear()


def render(source, **values):
    return Template("{% load portal_fragments portal_images %}" + source).render(Context(values))


def test_keep_reuses_the_html_while_the_named_values_are_the_same():
    source = '{% keep "test" a %}{{ a }}-{{ b }}{% endkeep %}'
    assert render(source, a=1, b=1) == "1-1"
    # `b` is not named: the kept HTML is reused, which is why a fragment names all it shows.
    assert render(source, a=1, b=2) == "1-1"
    assert render(source, a=2, b=2) == "2-2"


def test_keep_refuses_a_model_instance(users):
    user = next(iter(users.values()))
    with pytest.raises(TemplateSyntaxError):
        render('{% keep "test" user %}{{ user.username }}{% endkeep %}', user=user)


def test_keep_needs_values():
    with pytest.raises(TemplateSyntaxError):
        render('{% keep "test" %}x{% endkeep %}')


def current_entries(html):
    """The main menu's links marked current: {label: aria-current value}."""
    nav = re.search(r'<ul id="main-nav-list".*?</ul>', html, re.S).group(0)
    return {
        label.strip(): value
        for value, label in re.findall(r'aria-current="(\w+)">([^<]+)</a>', nav)
    }


def test_header_marks_the_page_and_its_section_whatever_was_kept(client, section):
    news_index = section("tin-tuc")
    article = news_index.get_children().live().first()
    for _round in range(2):  # the second round is served from the kept header
        assert current_entries(client.get("/").content.decode()) == {"Trang chủ": "page"}
        assert current_entries(client.get(news_index.url).content.decode()) == {
            news_index.title: "page"
        }
        assert current_entries(client.get(article.url).content.decode()) == {
            news_index.title: "true"
        }


def test_header_keeps_no_search_words(client):
    with_words = client.get("/tim-kiem/?q=b%E1%BA%B1ng+khen").content.decode()
    assert 'value="bằng khen"' in with_words
    without = client.get("/tim-kiem/").content.decode()
    assert 'value="bằng khen"' not in without
    assert 'name="q"' in without


def test_an_image_rendered_into_a_variable_is_read_once():
    image = Image.objects.create(title="Ảnh thử", file=get_test_image_file())
    source = "{% image photo width-100 as shown %}{{ shown.url }}"
    first = render(source, photo=image)
    image = Image.objects.get(pk=image.pk)
    with CaptureQueriesContext(connection) as captured:
        again = render(source, photo=image)
    assert again == first and first.endswith(".png")
    assert len(captured) == 0
    other = Image.objects.create(title="Ảnh khác", file=get_test_image_file())
    assert render(source, photo=other) != first


def test_a_films_video_and_captions_come_in_one_query():
    Document = get_document_model()
    video = Document.objects.create(title="Phim", file="documents/phim.mp4")
    captions = Document.objects.create(title="Phụ đề", file="documents/phim.vtt")
    raw = {"title": "Phim ngắn", "video": video.pk, "captions": captions.pk, "transcript": ""}
    with CaptureQueriesContext(connection) as captured:
        (value,) = ShortFilmBlock().bulk_to_python([raw])
    documents = [q for q in captured if "wagtaildocs_document" in q["sql"]]
    assert len(documents) == 1
    assert value["video"] == video and value["captions"] == captions
    assert value["title"] == "Phim ngắn"
    assert list(value.keys()) == list(ShortFilmBlock.base_blocks.keys())
