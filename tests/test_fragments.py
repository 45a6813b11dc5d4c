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
from wagtail.rich_text import RichText

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


# `{% include_kept_block %}` -------------------------------------------------------------


def publish_body(page, body):
    page.body = body
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def article_with_file(section):
    """A news article whose body shows a file and a link to another page."""
    Document = get_document_model()
    document = Document.objects.create(title="Kế hoạch thi đua năm 2026", file="documents/kh.pdf")
    news_index = section("tin-tuc")
    article, target = news_index.get_children().live().specific()[:2]
    article = publish_body(
        article,
        [
            ("document_link", {"document": document, "title": ""}),
            (
                "paragraph",
                RichText(f'<p>Xem <a linktype="page" id="{target.pk}">bài liên quan</a>.</p>'),
            ),
        ],
    )
    return article, document, target


def test_a_body_is_read_and_rendered_once_while_nothing_it_shows_changes(client, article_with_file):
    article, document, target = article_with_file
    first = client.get(article.url).content.decode()
    assert "Kế hoạch thi đua năm 2026" in first
    assert f'href="{target.url}"' in first
    with CaptureQueriesContext(connection) as captured:
        again = client.get(article.url).content.decode()
    body_queries = [q for q in captured if "wagtaildocs_document" in q["sql"]]
    assert body_queries == []
    assert again.count("Kế hoạch thi đua năm 2026") == first.count("Kế hoạch thi đua năm 2026")


def test_a_body_shows_a_new_revision_at_once(client, article_with_file):
    article, _document, _target = article_with_file
    client.get(article.url)
    article = publish_body(article, [("paragraph", RichText("<p>Nội dung đã được cập nhật.</p>"))])
    html = client.get(article.url).content.decode()
    assert "Nội dung đã được cập nhật." in html
    assert "Kế hoạch thi đua năm 2026" not in html


def test_a_body_shows_a_renamed_file_and_a_moved_page_at_once(client, article_with_file, section):
    article, document, target = article_with_file
    client.get(article.url)
    document.title = "Kế hoạch thi đua năm 2026 (sửa đổi)"
    document.save()
    assert "Kế hoạch thi đua năm 2026 (sửa đổi)" in client.get(article.url).content.decode()

    target.slug = "bai-lien-quan-moi"
    target.save_revision().publish()
    target.refresh_from_db()
    html = client.get(article.url).content.decode()
    assert f'href="{target.url}"' in html
    assert "bai-lien-quan-moi" in target.url


def test_a_preview_body_is_never_kept(rf, article_with_file):
    article, _document, _target = article_with_file
    request = rf.get(article.url)
    request.is_preview = True
    source = "{% include_kept_block page.body %}"
    html = Template("{% load portal_fragments %}" + source).render(
        Context({"page": article, "request": request})
    )
    assert "Kế hoạch thi đua năm 2026" in html
    assert len(kept_html) == 0
    request.is_preview = False
    Template("{% load portal_fragments %}" + source).render(
        Context({"page": article, "request": request})
    )
    assert len(kept_html) == 1


def test_fields_of_gives_the_named_fields_of_every_item(section):
    items = list(section("tin-tuc").get_children().live()[:2])
    assert (
        render(
            '{% keep "t" items|fields_of:"pk title" %}{{ items|length }}{% endkeep %}', items=items
        )
        == "2"
    )
    key = next(iter(kept_html._entries))
    assert key[-1] == (tuple((item.pk, item.title) for item in items),)


def test_a_kept_form_field_follows_its_value_choices_and_errors():
    from django import forms

    class Form(forms.Form):
        nam = forms.IntegerField(required=False, min_value=1945)
        cap = forms.ChoiceField(choices=[("", "Tất cả"), ("tinh", "Cấp tỉnh")], required=False)

    source = '{% keep "field" field|field_version %}{{ field }}{% endkeep %}'

    def shown(form, name):
        form.is_valid()
        return render(source, field=form[name])

    assert 'value="2024"' in shown(Form({"nam": "2024"}), "nam")
    assert 'value="2025"' in shown(Form({"nam": "2025"}), "nam")
    assert "aria-invalid" not in shown(Form({"nam": "2025"}), "nam")
    assert 'aria-invalid="true"' in shown(Form({"nam": "1900"}), "nam")
    assert 'value="tinh" selected' in shown(Form({"cap": "tinh"}), "cap")
    changed = Form({"cap": "tinh"})
    changed.fields["cap"].choices = [("", "Tất cả"), ("tinh", "Cấp tỉnh"), ("xa", "Cấp xã")]
    assert "Cấp xã" in shown(changed, "cap")
