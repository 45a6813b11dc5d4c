"""A citizen asks to re-issue a lost medal, with a scan of their identity card, gets a code and
follows the request; the office answers it in the admin; the citizen sees the answer. The
public pages pass axe-core."""

import re

from django.db import transaction
from django.urls import reverse

from tests.browser.accounts import sign_in_to_the_admin

PHONE = "0987 111 222"
ANSWER = "Ban đã đối chiếu hồ sơ lưu trữ; mời ông/bà đến nhận hiện vật cấp lại."
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_ask_follow_answer_and_see_the_answer(demo_site, page, monkeypatch, assert_accessible):
    # E-mails queued "on commit" go out at once (the test's transaction never commits).
    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())

    page.goto(demo_site + "/xac-minh/de-nghi/")
    assert_accessible(page)
    page.get_by_label("Cấp lại hiện vật khen thưởng", exact=True).check()
    page.get_by_label("Họ và tên người đề nghị").fill("Lộc Thị Hạnh")
    page.get_by_label("Số điện thoại").fill(PHONE)
    page.get_by_label("Địa chỉ liên hệ").fill("Khối 5, phường Đông Kinh")
    page.get_by_label("Con", exact=True).check()
    page.get_by_label("Họ và tên người (hoặc tên tập thể) được khen thưởng").fill("Lộc Văn Sáng")
    page.get_by_label("Năm sinh").fill("1938")
    page.get_by_label("Hình thức khen thưởng").fill("Huân chương Kháng chiến hạng Ba")
    page.get_by_label("Lý do đề nghị").fill("Huân chương bị mất trong trận lũ năm 2025.")
    page.get_by_label("Bị mất").check()
    page.get_by_label("Bản chụp giấy tờ tùy thân của người đề nghị").set_input_files(
        files=[{"name": "can-cuoc.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    page.get_by_label(re.compile("xử lý các thông tin cá nhân nêu trên")).check()
    page.get_by_label(re.compile("dùng bản chụp giấy tờ tùy thân gửi kèm")).check()
    page.get_by_role("button", name="Gửi đề nghị").click()
    page.wait_for_url("**/xac-minh/de-nghi/da-gui/**")
    code = page.locator(".confirmation__code strong").inner_text()
    assert re.fullmatch(r"XN-\d{4}-[A-Z2-9]{6}", code)
    assert "Lộc Văn Sáng" not in page.content() and PHONE not in page.content()
    assert_accessible(page)

    page.goto(demo_site + "/xac-minh/de-nghi/tra-cuu/")
    assert_accessible(page)
    page.get_by_label("Mã tiếp nhận").fill(code)
    page.get_by_label("Số điện thoại đã ghi trong đề nghị").fill(PHONE)
    page.get_by_role("button", name="Tra cứu").click()
    page.wait_for_url("**/xac-minh/de-nghi/trang-thai/**")
    status_url = page.url
    assert page.get_by_text("Đã gửi, chờ tiếp nhận").is_visible()
    assert_accessible(page)

    # The secretariat answers.
    sign_in_to_the_admin(page, demo_site)
    page.goto(demo_site + reverse("wagtailsnippets_award_requests_awardrequest:list"))
    page.get_by_role("link", name=code).click()
    page.wait_for_url("**/de-nghi-xac-nhan/**")
    assert page.get_by_text("Lộc Văn Sáng").first.is_visible()
    page.get_by_label("Nội dung trả lời").fill(ANSWER)
    page.get_by_role("button", name="Gửi trả lời").click()
    page.get_by_text("Đã trả lời đề nghị và báo cho người đề nghị.").wait_for()

    page.goto(status_url)
    assert page.get_by_text("Đã trả lời", exact=True).is_visible()
    assert page.get_by_text(ANSWER).is_visible()
    assert_accessible(page)
