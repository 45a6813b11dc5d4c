"""The editor types a Vietnamese title; the page's address fills in folded, as it is typed."""

import pytest

from tests.browser.accounts import sign_in_to_the_admin

pytestmark = pytest.mark.django_db

TITLE = "Trao Bằng khen cho các tập thể, cá nhân điển hình trong phong trào thi đua năm 2026"
SLUG = "trao-bang-khen-cho-cac-tap-the-ca-nhan-dien-hinh-trong-phong-trao-thi-dua-nam-2026"


def test_the_address_follows_the_title_with_every_letter_folded(demo_site, page):
    from news.models import NewsIndexPage

    index = NewsIndexPage.objects.get()
    sign_in_to_the_admin(page, demo_site)
    page.goto(f"{demo_site}/admin/pages/add/news/newspage/{index.pk}/")
    title = page.locator("#id_title")
    title.press_sequentially(TITLE, delay=5)
    slug = page.locator("#id_slug")
    page.wait_for_function(
        "expected => document.querySelector('#id_slug').value === expected", arg=SLUG
    )
    assert slug.input_value() == SLUG
    # Typed in decomposed form (some Vietnamese keyboards do), the marks still fold away.
    title.fill("")
    title.press_sequentially("Đặng Thị Hường".replace("ặ", "a\u0323\u0306"), delay=5)
    page.wait_for_function("() => document.querySelector('#id_slug').value === 'dang-thi-huong'")
