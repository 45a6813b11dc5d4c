"""A unit officer registers online; the office returns it, the unit fixes and resubmits, the
office accepts and exports for the council. Sign-in, registration and report pages pass
axe-core."""

import io
import re

import pytest
from openpyxl import load_workbook

from demo import accounts as demo_accounts
from tests.browser.accounts import PASSWORD, sign_in_to_the_admin

CODE = re.compile(r"DK-\d{4}-[A-Z2-9]{6}")


@pytest.fixture(autouse=True)
def reads_do_not_block_the_server(db):
    """On SQLite the test's connection and the server's share one in-memory database with
    table locks: the checks this test reads between steps must not hold a read lock on a
    table the server is about to write (auth_user on sign-in, the registrations)."""
    from django.db import connection

    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA read_uncommitted = 1")


def sign_in_to_the_units_area(page, site, username):
    page.goto(site + "/tai-khoan/dang-nhap/?next=/dang-ky-thi-dua/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/dang-ky-thi-dua/")


def fill_row(page, label, row, value):
    page.get_by_label(f"{label}, dòng {row}", exact=True).fill(value)


def test_units_pages_are_accessible(demo_site, page, assert_accessible):
    from registrations.models import ReportWindow

    page.goto(demo_site + "/dang-ky-thi-dua/")
    assert_accessible(page)
    page.goto(demo_site + "/tai-khoan/dang-nhap/")
    assert_accessible(page)
    page.get_by_role("button", name="Đăng nhập").click()
    assert_accessible(page)  # with its error

    # donvi2's unit has an accepted registration and a draft report in the open window.
    sign_in_to_the_units_area(page, demo_site, demo_accounts.OTHER_UNIT_OFFICER)
    assert_accessible(page)
    window = ReportWindow.objects.filter(
        reports__unit__officers__user__username=demo_accounts.OTHER_UNIT_OFFICER
    ).first()
    page.goto(demo_site + f"/dang-ky-thi-dua/bao-cao/{window.pk}/")
    assert page.locator("#bao-cao-form").is_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Gửi báo cáo").click()
    page.wait_for_selector(".form__errors")
    assert_accessible(page)

    # A registration form, empty and with errors.
    page.context.clear_cookies()
    sign_in_to_the_units_area(page, demo_site, demo_accounts.UNIT_OFFICER)
    page.get_by_role("link", name=re.compile("^(Đăng ký|Mở bản đăng ký)$")).first.click()
    page.wait_for_selector("#dang-ky-form")
    assert_accessible(page)
    page.get_by_role("button", name="Gửi bản đăng ký").click()
    page.wait_for_selector(".form__errors")
    assert_accessible(page)


def test_register_return_resubmit_accept_and_export(demo_site, page, users):
    from registrations.models import Campaign, Registration

    unit = users[demo_accounts.UNIT_OFFICER].unit_officer.unit
    campaign = Campaign.current()
    # The demo leaves this unit unregistered (the accessibility test may have saved a draft).
    assert not Registration.objects.filter(unit=unit, campaign=campaign, version__gt=0).exists()

    sign_in_to_the_units_area(page, demo_site, demo_accounts.UNIT_OFFICER)
    page.get_by_role("link", name=re.compile("^(Đăng ký|Mở bản đăng ký)$")).first.click()
    page.wait_for_url(f"**/dang-ky-thi-dua/dang-ky/{campaign.pk}/")

    page.get_by_label("Tập thể lao động xuất sắc").check()
    fill_row(page, "Họ và tên", 1, "Hoàng Thị Minh Thu")
    fill_row(page, "Chức vụ, nơi công tác", 1, "Trưởng phòng Giáo dục trung học")
    page.get_by_label("Danh hiệu đăng ký, dòng 1").select_option(label="Chiến sĩ thi đua cơ sở")
    fill_row(page, "Họ và tên", 2, "Lộc Văn Bình")
    fill_row(page, "Chức vụ, nơi công tác", 2, "Chuyên viên Phòng Tổ chức cán bộ")
    page.get_by_label("Danh hiệu đăng ký, dòng 2").select_option(label="Lao động tiên tiến")
    indicators = [
        ("Tỷ lệ học sinh tốt nghiệp trung học phổ thông", "%", "99,2"),
        ("Số trường đạt chuẩn quốc gia mới", "trường", "12"),
        ("Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", "%", "100"),
    ]
    # Two blank rows are there; the third comes from "Thêm dòng chỉ tiêu".
    page.get_by_role("button", name="Thêm dòng chỉ tiêu").click()
    for row, (content, measure, planned) in enumerate(indicators, start=1):
        fill_row(page, "Nội dung chỉ tiêu", row, content)
        fill_row(page, "Đơn vị tính", row, measure)
        fill_row(page, "Kế hoạch", row, planned)
    page.get_by_label("Người ký", exact=True).fill("Nguyễn Văn Hùng")
    page.get_by_label("Chức vụ người ký").fill("Giám đốc")

    page.get_by_role("button", name="Lưu nháp").click()
    assert page.get_by_text("Đã lưu bản nháp lúc").is_visible()
    assert page.get_by_label("Họ và tên, dòng 2", exact=True).input_value() == "Lộc Văn Bình"

    page.get_by_role("button", name="Gửi bản đăng ký").click()
    page.wait_for_url("**/gui/")
    page.get_by_role("button", name="Xác nhận gửi bản đăng ký").click()
    page.wait_for_url("**/da-gui/")
    code = page.locator(".confirmation__code strong").inner_text()
    assert CODE.fullmatch(code)
    registration = Registration.objects.get(unit=unit, campaign=campaign)
    assert registration.reference_code == code
    assert registration.individuals.count() == 2 and registration.indicators.count() == 3

    # The office returns it with a reason.
    office = page.context.browser.new_context().new_page()
    sign_in_to_the_admin(office, demo_site)
    office.goto(demo_site + f"/admin/dang-ky-thi-dua/dang-ky/{registration.pk}/")
    reason = "Bổ sung chỉ tiêu về chuyển đổi số trong nhà trường."
    office.locator("textarea[name=reason]").fill(reason)
    office.get_by_role("button", name="Trả lại").click()
    office.wait_for_load_state()
    registration.refresh_from_db()
    assert registration.state == "returned"

    # The unit sees why, fixes and sends again.
    page.goto(demo_site + f"/dang-ky-thi-dua/dang-ky/{campaign.pk}/")
    assert page.locator(".notice--warning").get_by_text(reason).is_visible()
    page.get_by_role("button", name="Thêm dòng chỉ tiêu").click()
    fill_row(page, "Nội dung chỉ tiêu", 4, "Tỷ lệ trường học sử dụng sổ điểm điện tử")
    fill_row(page, "Đơn vị tính", 4, "%")
    fill_row(page, "Kế hoạch", 4, "95")
    page.get_by_role("button", name="Gửi bản đăng ký").click()
    page.wait_for_url("**/gui/")
    page.get_by_role("button", name="Xác nhận gửi bản đăng ký").click()
    page.wait_for_url("**/da-gui/")
    assert page.locator(".confirmation__code strong").inner_text() == code
    registration.refresh_from_db()
    assert registration.state == "submitted" and registration.version == 2

    # The office accepts and exports.
    office.goto(demo_site + f"/admin/dang-ky-thi-dua/dang-ky/{registration.pk}/")
    office.get_by_role("button", name="Tiếp nhận").click()
    office.wait_for_load_state()
    registration.refresh_from_db()
    assert registration.state == "accepted"
    response = office.request.get(
        demo_site + f"/admin/dang-ky-thi-dua/xuat-excel/?campaign={campaign.pk}"
    )
    assert response.status == 200
    workbook = load_workbook(io.BytesIO(response.body()), read_only=True)
    unit_rows = [
        row
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        if unit.name in row
    ]
    people = [
        row
        for row in workbook["Cá nhân theo danh hiệu"].iter_rows(values_only=True)
        if unit.name in row
    ]
    assert sorted(row[2] for row in people) == ["Hoàng Thị Minh Thu", "Lộc Văn Bình"]
    pledges = {
        row[1]: (row[2], row[3])
        for row in workbook["Chỉ tiêu"].iter_rows(values_only=True)
        if row[0] == unit.name
    }
    assert len(pledges) == 4
    assert pledges["Tỷ lệ trường học sử dụng sổ điểm điện tử"] == ("%", 95)
    assert pledges["Tỷ lệ học sinh tốt nghiệp trung học phổ thông"] == ("%", 99.2)
    states = {str(cell) for row in unit_rows for cell in row}
    assert "Đã tiếp nhận" in states
