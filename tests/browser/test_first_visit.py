"""A citizen's first visit: enlarge the font, search without diacritics, open a result."""

import pytest

from demo import records as demo_records


def font_size(page):
    return page.evaluate("document.documentElement.style.fontSize")


def open_menu(page):
    page.get_by_role("navigation", name="Điều hướng chính").get_by_role(
        "button", name="Danh mục"
    ).click()


def test_enlarge_font_search_without_diacritics_and_open_result(demo_site, page):
    page.goto(demo_site + "/")
    assert page.title().endswith("Hội đồng Thi đua – Khen thưởng tỉnh Lạng Sơn")

    # On a phone the font size is in the menu, with the sections.
    open_menu(page)
    page.get_by_role("button", name="Tăng cỡ chữ").click()
    page.get_by_role("button", name="Tăng cỡ chữ").click()
    assert font_size(page) == "125%"

    # Remembered on the next page.
    page.get_by_role("link", name="Giới thiệu", exact=True).first.click()
    page.wait_for_url("**/gioi-thieu/")
    assert font_size(page) == "125%"

    search = page.get_by_role("searchbox", name="Tìm kiếm trên cổng")
    search.fill("nguyen thi huong")
    search.press("Enter")
    page.wait_for_url("**/tim-kiem/?q=nguyen*")
    result = page.locator(".search-result__title a", has_text=demo_records.AWARDEE_WITH_STORY).first
    title = result.inner_text()
    result.click()
    assert page.locator("h1").inner_text() == title
    assert font_size(page) == "125%"

    open_menu(page)
    page.get_by_role("button", name="Cỡ chữ mặc định").click()
    assert font_size(page) == ""


@pytest.mark.parametrize(
    "address",
    [
        "/",
        "/tim-kiem/?q=nguyen+thi+huong",
        "/gioi-thieu/",
        "/chinh-sach-bao-ve-du-lieu-ca-nhan/",
        "/tin-tuc/",
    ],
)
def test_pages_have_no_serious_accessibility_violations(
    demo_site, page, assert_accessible, address
):
    page.goto(demo_site + address)
    assert_accessible(page)


def test_desktop_layout_is_accessible_too(demo_site, browser, assert_accessible):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(demo_site + "/")
        assert (
            page.get_by_role("navigation", name="Điều hướng chính")
            .get_by_role("link", name="Văn bản")
            .is_visible()
        )
        assert_accessible(page)
    finally:
        context.close()
