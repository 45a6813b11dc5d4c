"""A citizen asks to see their data and confirms through the e-mailed link; the secretariat
sends the file and closes the request; the status page shows it done. The public pages pass
axe-core."""

import re
from io import BytesIO
from urllib.parse import urlsplit

from django.core import mail
from django.db import transaction
from openpyxl import load_workbook

from tests.browser.accounts import sign_in_to_the_admin

EMAIL = "lan.vi@example.vn"
QUESTION = "Xin hỏi xã có được tặng Giấy khen cho hộ gia đình tiêu biểu không?"


def link_from_mail(path):
    """The path of the newest e-mailed link to `path` (the links carry the configured base
    address, not the test server's)."""
    for message in reversed(mail.outbox):
        found = re.search(r"https?://\S*(" + re.escape(path) + r"\S+)", message.body)
        if found and message.to == [EMAIL]:
            return urlsplit(found.group(0)).path
    raise AssertionError(f"no e-mail with {path}: {[m.subject for m in mail.outbox]}")


def test_ask_confirm_send_the_file_and_see_it_done(demo_site, page, monkeypatch, assert_accessible):
    # The test's transaction never commits: mail queued "on commit" goes out at once instead,
    # into the in-memory outbox the server thread shares. (The test reads nothing from the
    # database itself: its reads would lock tables the server writes to.)
    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())

    # Earlier, the citizen asked a question with this address.
    page.goto(demo_site + "/hoi-dap/gui-cau-hoi/")
    page.get_by_label("Câu hỏi", exact=True).check()
    page.get_by_label("Họ và tên").fill("Vi Thị Lan")
    page.get_by_label("Thư điện tử").fill(EMAIL)
    page.get_by_label("Nội dung câu hỏi, kiến nghị").fill(QUESTION)
    page.get_by_label(re.compile("Tôi đồng ý để Ban Thi đua")).check()
    page.get_by_role("button", name="Gửi", exact=True).click()
    page.wait_for_url("**/hoi-dap/da-gui/**")

    page.goto(demo_site + "/du-lieu-ca-nhan/")
    assert_accessible(page)
    page.get_by_label("Xem, sao chép dữ liệu").check()
    page.get_by_label("Thư điện tử đã dùng khi gửi ý kiến, câu hỏi").fill(EMAIL)
    page.get_by_role("button", name="Gửi yêu cầu").click()
    page.wait_for_url("**/du-lieu-ca-nhan/da-gui/")

    page.goto(demo_site + link_from_mail("/du-lieu-ca-nhan/xac-nhan/"))
    page.get_by_role("button", name="Xác nhận gửi yêu cầu").click()
    page.wait_for_url("**/du-lieu-ca-nhan/trang-thai/**")
    code = page.locator(".confirmation__code strong").inner_text()
    assert re.fullmatch(r"DL-\d{4}-[A-Z2-9]{6}", code)
    assert page.get_by_text("Đã tiếp nhận").is_visible()
    assert EMAIL not in page.url
    assert_accessible(page)

    # The secretariat finds it in the queue, sends the file and closes it.
    admin = page.context.browser.new_context().new_page()
    sign_in_to_the_admin(admin, demo_site)
    admin.goto(demo_site + "/admin/snippets/privacy/datarequest/")
    admin.get_by_role("link", name=code).click()
    admin.get_by_role("button", name="Gửi tệp dữ liệu").click()
    admin.get_by_text("Đã gửi tệp dữ liệu cho người yêu cầu.").wait_for()
    admin.get_by_label("Kết quả xử lý").fill("Đã gửi tệp dữ liệu gồm 1 câu hỏi.")
    admin.get_by_role("button", name="Đánh dấu hoàn thành").click()
    admin.get_by_text("Đã hoàn thành yêu cầu").first.wait_for()

    page.goto(demo_site + link_from_mail("/du-lieu-ca-nhan/trang-thai/"))
    assert page.get_by_text("Đã hoàn thành").first.is_visible()
    assert page.get_by_text("Đã gửi tệp dữ liệu gồm 1 câu hỏi.").is_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải tệp dữ liệu của bạn").click()
    workbook = load_workbook(BytesIO(download.value.path().read_bytes()))
    cells = [
        cell for sheet in workbook for row in sheet.iter_rows(values_only=True) for cell in row
    ]
    assert QUESTION in cells
