"""The search page with its sections, a correction and the look-up offer, by keyboard and on
a phone, without serious accessibility violations."""

import pytest

from demo import records as demo_records


@pytest.mark.parametrize(
    "address",
    [
        "/tim-kiem/?q=nguyen+thi+huogn",
        "/tim-kiem/?q=nguyen+thi+huong&muc=tin-tuc",
    ],
)
def test_search_pages_have_no_serious_accessibility_violations(
    demo_site, page, assert_accessible, address
):
    page.goto(demo_site + address)
    assert page.locator(".search-result mark").count() > 0
    assert_accessible(page)


def test_choose_a_section_by_keyboard_and_reach_the_award_lookup(demo_site, page):
    page.goto(demo_site + "/tim-kiem/?q=nguyen+thi+huong")
    sections = page.get_by_role("navigation", name="Lọc kết quả theo mục")
    news = sections.get_by_role("link", name="Tin tức – Sự kiện")
    news.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**muc=tin-tuc*")
    assert (
        page.get_by_role("navigation", name="Lọc kết quả theo mục")
        .get_by_role("link", name="Tin tức – Sự kiện")
        .get_attribute("aria-current")
        == "true"
    )
    # Nothing wider than the phone's screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.get_by_role("link", name=f"Xem khen thưởng của {demo_records.AWARDEE_WITH_STORY}").click()
    page.wait_for_url("**/tra-cuu/?ten=*")
    assert demo_records.AWARDEE_WITH_STORY in page.content()
