"""Queries of the home page and of a plain page: few, and as many with three times the content.

A served home page costs no query; a page below it costs the pages along its address and
itself. The view restrictions, the site and the chrome (header, menu, footer, breadcrumbs) are
built once and kept (core.routing, core.chrome)."""

import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from home.models import StandardPage
from tests.exemplars.factories import ExemplarPageFactory
from tests.factories import NewsPageFactory, StandardPageFactory
from tests.page_queries import CHROME_QUERIES, queries

pytestmark = pytest.mark.django_db


def test_home_page(client, home_page, section):
    before = queries(client, "/")
    for number in range(6):
        NewsPageFactory(parent=section("tin-tuc"))
        image = Image.objects.create(title=f"Ảnh {number}", file=get_test_image_file())
        ExemplarPageFactory(
            parent=section("guong-dien-hinh"), featured=True, photo=image, photo_alt="Ảnh"
        )
    after = queries(client, "/")
    assert after == before
    # No query: the view restrictions and each app's block (home_page_context hooks: latest
    # news, featured stories with their photos' renditions, open rounds, frequent questions,
    # the open registration campaign and its page) are lists kept until what they show
    # changes (core.models.kept_rows), read again here after the pages added above.
    assert after == CHROME_QUERIES


def test_standard_page_with_child_pages(client, home_page):
    page = StandardPage.objects.live().order_by("path").first()
    StandardPageFactory(parent=page, show_in_menus=True)
    before = queries(client, page.url)
    for _ in range(3):
        StandardPageFactory(parent=page, show_in_menus=True)
    html = client.get(page.url).content.decode()
    assert html.count('class="child-pages"') == 1
    after = queries(client, page.url)
    assert after == before <= CHROME_QUERIES + 3
