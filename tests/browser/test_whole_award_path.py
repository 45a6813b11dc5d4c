"""One record from a unit's proposal to a published decision, in the browser: the unit proposes
and sends; the office returns one nominee, the unit mends it and sends again, the office
accepts; the consultation is made from the accepted State-level nominee and its page carries
the dossier's data; the council's vote is recorded; the decision is generated, numbered and
published; the look-up finds the awardee by a name typed without marks. The units' proposal
pages pass axe-core.

It runs last of the browser tests (the name) because it leaves its records in the shared
database: a proposal of the first demo unit, a draft consultation, a meeting and a decision."""

import re

import pytest
from django.utils import timezone

from demo import accounts as demo_accounts
from tests.browser.accounts import PASSWORD, sign_in_to_the_admin
from tests.consultations.factories import MINIMAL_PDF

CODE = re.compile(r"DN-\d{4}-[A-Z2-9]{6}")
STATE_LEVEL = ("Hoàng Thị Thu Trang", "Huân chương Lao động hạng Ba")
PROVINCIAL = ("Lộc Văn Thành", "Bằng khen của Chủ tịch UBND tỉnh")
DECISION_NUMBER = "2488/QĐ-UBND"


@pytest.fixture(autouse=True)
def reads_do_not_block_the_server(db):
    """On SQLite the test's reads between steps must not hold a lock the server needs."""
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


def add_nominee(page, editor_url, name, birth_year, gender, position, award, summary):
    page.goto(editor_url)
    page.get_by_role("link", name="Thêm người, tập thể được đề nghị").click()
    page.get_by_label("Họ và tên / tên tập thể").fill(name)
    page.get_by_label("Năm sinh").fill(str(birth_year))
    page.get_by_label(gender, exact=True).check()
    page.get_by_label("Chức vụ, nghề nghiệp").fill(position)
    page.get_by_label("Đơn vị công tác").fill("Trường THPT Chuyên Chu Văn An")
    page.get_by_label("Hình thức đề nghị").select_option(label=award)
    page.get_by_label("Tóm tắt thành tích").fill(summary)
    page.get_by_role("button", name="Lưu", exact=True).click()
    page.wait_for_url(editor_url + "**")


def upload(page, item, path):
    form = page.locator("#tai-lieu-form")
    form.get_by_role("combobox", name=re.compile("^Thành phần hồ sơ")).select_option(label=item)
    form.locator("input[type=file]").set_input_files(str(path))
    form.get_by_role("button", name="Tải lên").click()
    page.wait_for_load_state()


def send(page):
    page.get_by_role("button", name="Gửi hồ sơ đề nghị").click()
    page.wait_for_url("**/gui/")
    page.get_by_role("button", name="Xác nhận gửi hồ sơ đề nghị").click()
    page.wait_for_url("**/da-gui/")


def decide(office, nominee, choice, note=""):
    form = office.locator(f"#tham-dinh-{nominee.pk}")
    form.get_by_label(choice).check()
    if note:
        form.get_by_label("Ý kiến thẩm định, lý do").fill(note)
    form.get_by_role("button", name="Ghi kết quả").click()
    office.wait_for_load_state()


def test_a_proposal_goes_all_the_way_to_a_published_decision(
    demo_site, browser, tmp_path, assert_accessible
):
    from consultations.models import NomineePage
    from news.models import Awardee
    from registrations.models import Proposal, ProposalRound

    proposal_round = ProposalRound.open_now().get()  # the demo's year-end round
    pdf = tmp_path / "to-trinh.pdf"
    pdf.write_bytes(MINIMAL_PDF)
    unit_page = browser.new_context(locale="vi-VN").new_page()
    office = browser.new_context(locale="vi-VN").new_page()
    unit_page.set_default_timeout(20_000)
    office.set_default_timeout(20_000)
    try:
        # 1. The unit prepares its proposal and sends it.
        sign_in_to_the_units_area(unit_page, demo_site, demo_accounts.UNIT_OFFICER)
        unit_page.get_by_role(
            "link", name=re.compile(re.escape(proposal_round.title))
        ).first.click()
        editor_url = demo_site + f"/dang-ky-thi-dua/de-nghi/{proposal_round.pk}/"
        unit_page.wait_for_url(editor_url)
        assert_accessible(unit_page)
        unit_page.get_by_label("Số tờ trình").fill("3120/TTr-SGDĐT")
        unit_page.get_by_label("Ngày tờ trình").fill("01/12/2026")
        unit_page.get_by_label("Số thành viên Hội đồng TĐKT của đơn vị").fill("11")
        unit_page.get_by_label("Số thành viên đồng ý").fill("11")
        unit_page.get_by_label("Người ký", exact=True).fill("Hoàng Văn Lâm")
        unit_page.get_by_label("Chức vụ người ký").fill("Giám đốc")
        unit_page.get_by_role("button", name="Lưu", exact=True).click()
        unit_page.wait_for_load_state()
        add_nominee(
            unit_page,
            editor_url,
            STATE_LEVEL[0],
            1984,
            "Nữ",
            "Giáo viên môn Sinh học",
            STATE_LEVEL[1],
            "Mười năm liên tục hoàn thành xuất sắc nhiệm vụ; bồi dưỡng 26 học sinh giỏi quốc gia.",
        )
        add_nominee(
            unit_page,
            editor_url,
            PROVINCIAL[0],
            1979,
            "Nam",
            "Hiệu trưởng",
            PROVINCIAL[1],
            "Hai năm liên tục Chiến sĩ thi đua cơ sở; không có học sinh bỏ học.",
        )
        unit_page.goto(editor_url)
        upload(unit_page, "Tờ trình đề nghị khen thưởng", pdf)
        upload(unit_page, "Biên bản họp Hội đồng Thi đua – Khen thưởng của đơn vị", pdf)
        assert unit_page.get_by_text("Hồ sơ đã đủ các thành phần bắt buộc").is_visible()
        send(unit_page)
        assert_accessible(unit_page)
        code = unit_page.get_by_text(CODE).first.inner_text()
        proposal = Proposal.objects.get(
            round=proposal_round, unit__officers__user__username="donvi1"
        )
        assert proposal.reference_code in code and proposal.version == 1
        first, second = proposal.nominees.order_by("sort_order", "pk")

        # 2. The office returns the State-level nominee with its reason.
        sign_in_to_the_admin(office, demo_site)
        office_url = demo_site + f"/admin/de-nghi-khen-thuong/ho-so/{proposal.pk}/"
        office.goto(office_url)
        # The award history found the base-level titles of the second nominee.
        assert office.get_by_text("Chiến sĩ thi đua cơ sở").first.is_visible()
        reason = "Bổ sung số liệu học sinh giỏi quốc gia từng năm."
        decide(office, first, "Trả lại để bổ sung", reason)
        decide(office, second, "Đủ điều kiện trình Hội đồng")
        office.locator("#tra-lai").get_by_role("button", name="Trả lại").click()
        office.wait_for_load_state()
        proposal.refresh_from_db()
        assert proposal.state == "returned"

        # 3. The unit sees why, mends the nominee and sends again.
        unit_page.goto(editor_url)
        assert unit_page.get_by_text(reason).first.is_visible()
        unit_page.get_by_role("link", name=re.compile(f"Sửa.*{STATE_LEVEL[0]}")).first.click()
        unit_page.get_by_label("Tóm tắt thành tích").fill(
            "Mười năm liên tục hoàn thành xuất sắc nhiệm vụ; bồi dưỡng 26 học sinh giỏi quốc gia "
            "(2017: 2; 2018: 3; 2019: 2; 2020: 3; 2021: 2; 2022: 3; 2023: 4; 2024: 3; 2025: 4)."
        )
        unit_page.get_by_role("button", name="Lưu", exact=True).click()
        unit_page.wait_for_url(editor_url + "**")
        send(unit_page)
        proposal.refresh_from_db()
        assert proposal.state == "submitted" and proposal.version == 2

        # 4. The office accepts.
        office.goto(office_url)
        decide(office, first, "Đủ điều kiện trình Hội đồng")
        office.get_by_role("button", name="Tiếp nhận hồ sơ").click()
        office.wait_for_load_state()
        proposal.refresh_from_db()
        assert proposal.state == "accepted"

        # 5. The consultation is made from the accepted State-level nominee.
        office.goto(demo_site + f"/admin/hoi-dong/dot/{proposal_round.pk}/")
        office.get_by_role("link", name=re.compile("Lập đợt lấy ý kiến")).first.click()
        office.get_by_role("button", name="Lập đợt lấy ý kiến (bản nháp)").click()
        office.wait_for_load_state()
        first.refresh_from_db()
        nominee_page = NomineePage.objects.get(pk=first.nominee_page_id)
        assert not nominee_page.live
        office.goto(demo_site + f"/admin/pages/{nominee_page.pk}/edit/")
        assert office.locator("#id_position").input_value() == "Giáo viên môn Sinh học"
        assert office.locator("#id_unit").input_value() == "Trường THPT Chuyên Chu Văn An"
        assert "26 học sinh giỏi quốc gia" in nominee_page.achievement_summary
        assert nominee_page.achievement_report_id is not None
        assert str(nominee_page.proposed_award) == STATE_LEVEL[1]

        # 6. The council's vote on the provincial nominee.
        office.goto(demo_site + f"/admin/hoi-dong/dot/{proposal_round.pk}/phien-hop/")
        office.locator("#id_held_on").fill(timezone.localdate().isoformat())
        office.locator("#id_members_total").fill("17")
        office.locator("#id_members_present").fill("15")
        office.get_by_role("button", name="Lưu phiên họp").click()
        office.wait_for_url("**/hoi-dong/phien-hop/**")
        office.get_by_label(f"Số phiếu đồng ý – {PROVINCIAL[0]}", exact=True).fill("15")
        office.get_by_label(f"Số phiếu không đồng ý – {PROVINCIAL[0]}", exact=True).fill("0")
        office.get_by_label(f"Số phiếu không hợp lệ – {PROVINCIAL[0]}", exact=True).fill("0")
        office.get_by_role("button", name="Lưu kết quả bỏ phiếu").click()
        office.wait_for_load_state()
        second.refresh_from_db()
        assert second.ballot.passed

        # 7. The decision is generated from the result, numbered and published.
        office.get_by_role("link", name="Lập dự thảo quyết định từ kết quả bỏ phiếu").click()
        office.locator("select[name=award_form]").select_option(label=PROVINCIAL[1])
        office.get_by_role("button", name="Lập dự thảo quyết định").click()
        office.wait_for_load_state()
        second.refresh_from_db()
        decision = second.award_decision.specific
        assert [a.full_name for a in decision.awardees.all()] == [PROVINCIAL[0]]
        office.goto(demo_site + f"/admin/pages/{decision.pk}/edit/")
        office.locator("#id_number").fill(DECISION_NUMBER)
        office.locator("footer [data-w-dropdown-target='toggle']").first.click()
        office.get_by_role("button", name=re.compile("^Xuất bản")).click()
        office.wait_for_load_state()
        decision.refresh_from_db()
        assert decision.live and decision.number == DECISION_NUMBER
        assert Awardee.objects.get(decision=decision).decision_live

        # 8. The unit sees the decision; anyone finds the awardee without marks.
        unit_page.goto(demo_site + f"/dang-ky-thi-dua/de-nghi/{proposal_round.pk}/trang-thai/")
        assert unit_page.get_by_text(f"Đã có Quyết định số {DECISION_NUMBER}").first.is_visible()
        assert_accessible(unit_page)
        unit_page.goto(demo_site + "/tra-cuu/?ten=loc+van+thanh")
        assert unit_page.get_by_role("link", name=PROVINCIAL[0]).first.is_visible()
        assert unit_page.get_by_text(DECISION_NUMBER).first.is_visible()
    finally:
        unit_page.context.close()
        office.context.close()
