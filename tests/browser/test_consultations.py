"""A citizen gives an opinion on an open nominee and sees the reference code; the secretariat
approves it in the admin; it appears on the nominee's page. Round, nominee and form pages
pass axe-core, the form also when it shows errors."""

import re

from django.utils import timezone

from tests.browser.accounts import sign_in_to_the_admin


def open_nominee():
    from consultations.models import ConsultationPage, NomineePage

    now = timezone.now()
    consultation = ConsultationPage.objects.live().filter(opens_at__lte=now, closes_at__gt=now)[0]
    return consultation, NomineePage.objects.live().child_of(consultation).order_by("path")[0]


def test_opinion_from_citizen_to_moderator_to_page(demo_site, page):
    consultation, nominee = open_nominee()
    page.goto(demo_site + "/lay-y-kien/")
    page.get_by_role("link", name=consultation.title).click()
    page.get_by_role("link", name=nominee.title).click()
    assert page.locator("h1").inner_text() == nominee.title
    # The page carries the way to the form; the form has an address of its own.
    page.get_by_role("link", name="Gửi ý kiến của bạn").click()
    page.wait_for_url(re.compile(r"/binh-luan/#binh-luan-form$"))

    text = "Tôi là hàng xóm, xác nhận thành tích nêu trong báo cáo là đúng với thực tế."
    page.get_by_label("Họ và tên").fill("Vi Thị Thu Hà")
    page.get_by_label("Số điện thoại").fill("0915 246 810")
    page.get_by_label("Thư điện tử").fill("thuha.vi@example.vn")
    page.get_by_label("Địa chỉ liên hệ").fill("Khối 5, phường Đông Kinh, Lạng Sơn")
    page.get_by_label("Đồng ý", exact=True).check()
    page.get_by_label("Nội dung ý kiến").fill(text)
    page.get_by_label(re.compile("Tôi đồng ý để Ban Thi đua")).check()
    page.get_by_role("button", name="Gửi ý kiến").click()

    page.wait_for_url("**/y-kien/da-gui/**")
    code = page.locator(".confirmation__code strong").inner_text()
    assert re.fullmatch(r"YK-\d{4}-[A-Z2-9]{6}", code)
    assert "0915 246 810" not in page.content()

    # The secretariat signs in to the admin and approves it from the queue.
    admin = page.context.browser.new_context().new_page()
    sign_in_to_the_admin(admin, demo_site)
    # The queue opens on pending opinions; the row is chosen for Wagtail's bulk actions.
    admin.goto(demo_site + "/admin/y-kien/")
    row = admin.locator("tr", has_text=code)
    row.locator("input[data-bulk-action-checkbox]").check()
    admin.get_by_role("link", name="Duyệt các ý kiến đã chọn").click()
    admin.get_by_role("button", name="Thực hiện").click()
    admin.wait_for_load_state()
    assert "Đã duyệt 1 mục." in admin.content()

    page.goto(demo_site + nominee.url)
    assert page.get_by_text(text).is_visible()
    assert page.get_by_text("Vi Thị Thu Hà").is_visible()


def test_round_nominee_and_form_pages_are_accessible(demo_site, page, assert_accessible):
    consultation, nominee = open_nominee()
    for url in ("/lay-y-kien/", consultation.url, nominee.url, nominee.url + "binh-luan/"):
        page.goto(demo_site + url)
        assert_accessible(page)
    # The form after a failed submission: errors listed and tied to their fields.
    page.goto(demo_site + nominee.url + "binh-luan/")
    page.get_by_role("button", name="Gửi ý kiến").click()
    page.wait_for_selector(".form__errors")
    assert page.locator("[aria-invalid=true]").count() >= 4
    assert_accessible(page)
