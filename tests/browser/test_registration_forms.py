"""The units' forms on a phone and on a desk: the units' lists and the pledged indicators fit
360 pixels without sideways scrolling, the self-score total follows the scores as they are
typed, and "Gửi" leads to a confirmation step first. Each page passes axe-core."""

import pytest

from demo import accounts as demo_accounts
from tests.browser.accounts import PASSWORD

WIDTHS = [360, 1366]


@pytest.fixture(autouse=True)
def reads_do_not_block_the_server(db):
    """As in test_registrations: the checks read between steps without holding a lock the
    server is about to need (SQLite)."""
    from django.db import connection

    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA read_uncommitted = 1")


def new_page(browser, width):
    context = browser.new_context(locale="vi-VN", viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


def sign_in(page, site, username):
    page.goto(site + "/tai-khoan/dang-nhap/?next=/dang-ky-thi-dua/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/dang-ky-thi-dua/")


def assert_no_sideways_scroll(page):
    widths = page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth, "
        "Math.max(0, ...[...document.querySelectorAll('.table-scroll')]"
        ".map(box => box.scrollWidth - box.clientWidth))]"
    )
    page_width, viewport, table_overflow = widths
    assert page_width <= viewport, f"{page.url}: {page_width} > {viewport}"
    assert table_overflow <= 1 or viewport > 1000, f"{page.url}: a table scrolls sideways"


@pytest.mark.parametrize("width", WIDTHS)
def test_units_lists_and_indicators_fit_and_the_total_follows(
    demo_site, browser, assert_accessible, width
):
    from registrations.models import Campaign, ReportWindow

    page = new_page(browser, width)
    try:
        # The public list and the unit's own list.
        page.goto(demo_site + "/dang-ky-thi-dua/")
        assert_no_sideways_scroll(page)
        sign_in(page, demo_site, demo_accounts.OTHER_UNIT_OFFICER)
        assert_no_sideways_scroll(page)
        assert_accessible(page)

        # The report: indicators as cards on a phone, and the total as scores are typed.
        window = ReportWindow.objects.filter(
            reports__unit__officers__user__username=demo_accounts.OTHER_UNIT_OFFICER
        ).first()
        page.goto(demo_site + f"/dang-ky-thi-dua/bao-cao/{window.pk}/")
        assert_no_sideways_scroll(page)
        scores = page.locator("[data-score]")
        count = scores.count()
        assert count >= 2
        scores.nth(0).fill("7,5")
        for index in range(1, count):
            scores.nth(index).fill("1")
        expected = f"{count - 1 + 7},5"
        total = page.locator("output[data-score-total]")
        assert total.inner_text() == expected
        scores.nth(1).fill("2.5")  # a point works too
        assert total.inner_text() == f"{count + 8}"  # 7,5 + 2,5 + the other ones
        assert_accessible(page)

        # The registration form: the indicators' table, the guidance and the import.
        page.context.clear_cookies()
        sign_in(page, demo_site, demo_accounts.UNIT_OFFICER)
        page.goto(demo_site + f"/dang-ky-thi-dua/dang-ky/{Campaign.current().pk}/")
        page.wait_for_selector("#dang-ky-form")
        assert_no_sideways_scroll(page)
        planned = page.get_by_label("Kế hoạch, dòng 1", exact=True)
        assert planned.is_visible()
        box = planned.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width
        # The import comes before the buttons that save and send.
        order = page.evaluate(
            "[document.querySelector('#nhap-ca-nhan').compareDocumentPosition("
            "document.querySelector('button[value=submit]'))]"
        )[0]
        assert order & 4  # DOCUMENT_POSITION_FOLLOWING
        toggle = page.locator(".instructions__toggle")
        if toggle.count():
            marker = page.evaluate(
                "getComputedStyle(document.querySelector('.instructions__toggle'), '::before')"
                ".borderRightWidth"
            )
            assert marker != "0px"
            toggle.focus()
            page.keyboard.press("Enter")
            assert page.locator(".instructions").get_attribute("open") is not None
        assert_accessible(page)
    finally:
        page.context.close()


def test_sending_asks_for_confirmation_first(demo_site, browser, assert_accessible):
    from registrations.models import Registration, ReportWindow

    page = new_page(browser, 360)
    try:
        sign_in(page, demo_site, demo_accounts.OTHER_UNIT_OFFICER)
        window = ReportWindow.objects.filter(
            reports__unit__officers__user__username=demo_accounts.OTHER_UNIT_OFFICER
        ).first()
        report_url = demo_site + f"/dang-ky-thi-dua/bao-cao/{window.pk}/"
        page.goto(report_url)
        report = window.reports.get(unit__officers__user__username=demo_accounts.OTHER_UNIT_OFFICER)
        situation = page.locator("#id_situation")
        results = page.locator("#id_results")
        # Sending saves the draft first: what was there is put back at the end (a shared
        # database, where the accessibility test needs the demo draft still incomplete).
        as_it_was = {"#id_situation": situation.input_value(), "#id_results": results.input_value()}
        if not as_it_was["#id_situation"].strip():
            situation.fill("Đơn vị có 45 cán bộ.")
        if not as_it_was["#id_results"].strip():
            results.fill("Hoàn thành nhiệm vụ.")
        scores = page.locator("[data-score]")
        scores_as_they_were = [scores.nth(index).input_value() for index in range(scores.count())]
        for index in range(scores.count()):
            scores.nth(index).fill("1")
        page.get_by_role("button", name="Gửi báo cáo").click()
        page.wait_for_url("**/gui/")
        assert page.get_by_role("heading", name="Gửi báo cáo kết quả thi đua?").is_visible()
        assert page.get_by_text("không sửa được nữa, trừ khi").is_visible()
        assert page.get_by_role("button", name="Xác nhận gửi báo cáo").is_visible()
        assert_no_sideways_scroll(page)
        assert_accessible(page)
        report.refresh_from_db()
        assert report.state == "draft"  # nothing sent before the confirmation
        page.get_by_role("link", name="Quay lại sửa").click()
        page.wait_for_selector("#bao-cao-form")
        for selector, value in as_it_was.items():
            page.locator(selector).fill(value)
        for index, value in enumerate(scores_as_they_were):
            page.locator("[data-score]").nth(index).fill(value)
        page.get_by_role("button", name="Lưu nháp").click()
        page.wait_for_load_state()
        page.wait_for_selector("#bao-cao-form")
        report.refresh_from_db()
        assert report.scores.count() == sum(1 for value in scores_as_they_were if value.strip())
        assert Registration.objects.filter(unit=report.unit, version__gt=0).exists()
    finally:
        page.context.close()
