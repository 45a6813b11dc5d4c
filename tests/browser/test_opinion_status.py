"""A citizen sends an opinion on a nominee, follows the link of the confirmation page to the
status page, types the code and e-mail and sees it waiting; once the secretariat approves it,
the same look-up shows it published with its link. The status page passes axe-core, with a
result and with an error."""

import re

from django.utils import timezone

from tests.browser.accounts import sign_in_to_the_admin

EMAIL = "thuha.vi@example.vn"


def open_nominee():
    from consultations.models import ConsultationPage, NomineePage

    now = timezone.now()
    consultation = ConsultationPage.objects.live().filter(
        opens_at__lte=now, closes_at__gt=now, show_opinions_publicly=True
    )[0]
    return NomineePage.objects.live().child_of(consultation).order_by("path")[0]


def look_up(page, code, email=EMAIL):
    page.get_by_label("Mã tiếp nhận").fill(code)
    page.get_by_label("Thư điện tử đã dùng khi gửi").fill(email)
    page.get_by_role("button", name="Tra cứu").click()
    page.wait_for_load_state()


def test_an_opinion_is_followed_by_its_code(demo_site, page, assert_accessible):
    nominee = open_nominee()
    page.goto(demo_site + nominee.url + "binh-luan/")
    text = "Tôi công tác cùng đơn vị nhiều năm, xác nhận các thành tích trong báo cáo là đúng."
    page.get_by_label("Họ và tên").fill("Vi Thị Thu Hà")
    page.get_by_label("Số điện thoại").fill("0915 246 810")
    page.get_by_label("Thư điện tử").fill(EMAIL)
    page.get_by_label("Địa chỉ liên hệ").fill("Khối 5, phường Đông Kinh, Lạng Sơn")
    page.get_by_label("Đồng ý", exact=True).check()
    page.get_by_label("Nội dung ý kiến").fill(text)
    page.get_by_label(re.compile("Tôi đồng ý để Ban Thi đua")).check()
    page.get_by_role("button", name="Gửi ý kiến").click()
    page.wait_for_url("**/y-kien/da-gui/**")
    code = page.locator(".confirmation__code strong").inner_text()

    # The confirmation page leads to the status page, the code already filled in.
    page.get_by_role("link", name="trang tra cứu ý kiến, bình luận").click()
    page.wait_for_url(re.compile(r"/tra-cuu-y-kien/\?code="))
    assert page.get_by_label("Mã tiếp nhận").input_value() == code
    look_up(page, code)
    state = page.locator("[data-opinion-state]")
    assert state.inner_text() == "Đã nhận, đang chờ duyệt"
    assert "đang chờ duyệt" in state.inner_text()
    assert page.get_by_text(text).is_visible()
    assert "0915 246 810" not in page.content()
    assert page.locator('meta[name="robots"]').get_attribute("content") == "noindex"
    assert_accessible(page)

    # The secretariat approves it from the moderation queue (a write from the test's own
    # thread would contend with the live server's requests for the in-memory database).
    admin = page.context.browser.new_context().new_page()
    sign_in_to_the_admin(admin, demo_site)
    admin.goto(demo_site + "/admin/y-kien/")
    admin.locator("tr", has_text=code).locator("input[data-bulk-action-checkbox]").check()
    admin.get_by_role("link", name="Duyệt các ý kiến đã chọn").click()
    admin.get_by_role("button", name="Thực hiện").click()
    admin.wait_for_load_state()
    assert "Đã duyệt 1 mục." in admin.content()

    # The same look-up now shows it published, with its link.
    # The form keeps what was typed: asking again is one press of the button.
    assert page.get_by_label("Thư điện tử đã dùng khi gửi").input_value() == EMAIL
    page.get_by_role("button", name="Tra cứu").click()
    page.wait_for_load_state()
    assert page.locator("[data-opinion-state]").inner_text() == "Đã công bố"
    page.get_by_role("link", name="Xem ý kiến đã công bố trên trang").click()
    page.wait_for_url(re.compile(re.escape(nominee.url) + r"#y-kien-\d+$"))
    assert page.get_by_text(text).is_visible()

    # A wrong e-mail: a clear message, what was typed kept, and still accessible.
    page.goto(demo_site + "/tra-cuu-y-kien/")
    look_up(page, code, "nguoi.khac@example.vn")
    assert page.locator(".form__errors").is_visible()
    assert "Không tìm thấy ý kiến, bình luận nào" in page.locator(".form__errors").inner_text()
    assert page.get_by_label("Mã tiếp nhận").input_value() == code
    assert_accessible(page)
