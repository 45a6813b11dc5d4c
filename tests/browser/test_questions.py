"""A citizen asks and receives a code; the secretariat answers in the admin; the citizen sees
the answer by code and e-mail. Ask, track, list and answer pages pass axe-core."""

import re

from tests.browser.accounts import sign_in_to_the_admin


def test_ask_answer_in_admin_and_track(demo_site, page):
    page.goto(demo_site + "/hoi-dap/")
    page.get_by_role("link", name="Gửi câu hỏi, kiến nghị").click()
    page.get_by_label("Câu hỏi", exact=True).check()
    page.get_by_label("Họ và tên").fill("Hoàng Văn Nam")
    page.get_by_label("Thư điện tử").fill("nam.hoang@example.vn")
    text = "Xin hỏi thời hạn nộp hồ sơ đề nghị Cờ thi đua của UBND tỉnh năm nay là khi nào?"
    page.get_by_label("Nội dung câu hỏi, kiến nghị").fill(text)
    page.get_by_label(re.compile("Tôi đồng ý để Ban Thi đua")).check()
    page.get_by_role("button", name="Gửi", exact=True).click()
    page.wait_for_url("**/hoi-dap/da-gui/**")
    code = page.locator(".confirmation__code strong").inner_text()
    assert re.fullmatch(r"HD-\d{4}-[A-Z2-9]{6}", code)

    # The secretariat answers in the admin.
    admin = page.context.browser.new_context().new_page()
    sign_in_to_the_admin(admin, demo_site)
    admin.goto(demo_site + "/admin/snippets/consultations/question/?q=" + code)
    admin.get_by_role("link", name=code).click()
    admin.locator("select[name=state]").select_option("answered")
    editor = admin.locator(".Draftail-Editor [contenteditable=true]").first
    editor.wait_for()
    editor.click()
    answer = "Hạn nộp hồ sơ là ngày 15/11 hằng năm, gửi qua Ban Thi đua – Khen thưởng."
    admin.keyboard.type(answer, delay=5)
    admin.wait_for_function(
        "text => document.querySelector('.Draftail-Editor').innerText.includes(text)",
        arg=answer[:20],
    )
    # Draftail writes its hidden input shortly after typing stops.
    admin.wait_for_function(
        "text => document.querySelector('input[name=answer]').value.includes(text)",
        arg=answer[:20],
    )
    admin.locator("button[type=submit]", has_text=re.compile("Lưu|Save")).first.click()
    admin.wait_for_load_state()

    page.goto(demo_site + "/hoi-dap/tra-cuu/")
    page.get_by_label("Mã tiếp nhận").fill(code)
    page.get_by_label("Thư điện tử đã dùng khi gửi").fill("nam.hoang@example.vn")
    page.get_by_role("button", name="Tra cứu").click()
    assert page.get_by_text("Đã trả lời").first.is_visible()
    assert page.get_by_text(answer).is_visible()


def test_question_pages_are_accessible(demo_site, page, assert_accessible):
    from consultations.models import AnsweredQuestionPage

    answer = AnsweredQuestionPage.objects.live().first()
    for url in ("/hoi-dap/", "/hoi-dap/gui-cau-hoi/", "/hoi-dap/tra-cuu/", "/hoi-dap/?q=ho+so"):
        page.goto(demo_site + url)
        assert_accessible(page)
    if answer is not None:
        page.goto(demo_site + answer.url)
        assert_accessible(page)
    # The forms with their errors.
    page.goto(demo_site + "/hoi-dap/gui-cau-hoi/")
    page.get_by_role("button", name="Gửi", exact=True).click()
    page.wait_for_selector(".form__errors")
    assert_accessible(page)
    # An old link's e-mail is dropped from the address; the code stays in the form.
    page.goto(demo_site + "/hoi-dap/tra-cuu/?code=HD-2026-AAAAAA&email=a%40example.vn")
    assert "email" not in page.url and "example.vn" not in page.url
    assert page.get_by_label("Mã tiếp nhận").input_value() == "HD-2026-AAAAAA"
    page.get_by_label("Thư điện tử đã dùng khi gửi").fill("a@example.vn")
    page.get_by_role("button", name="Tra cứu").click()
    page.wait_for_selector(".form__errors")
    assert "example.vn" not in page.url
    assert page.get_by_text("Không tìm thấy câu hỏi").is_visible()
    assert_accessible(page)
