"""A unit's award proposal in the units' area: the draft, nominees, the dossier's PDFs, the
checklist of what is missing, sending through the confirmation step, the office returning a
nominee, the unit mending and sending again (two versions), the status page, the deadline."""

import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from demo import accounts as demo_accounts
from registrations import workflow
from registrations.models import (
    NomineeDecision,
    Proposal,
    ProposalDocument,
    ProposedNominee,
    SubmissionLog,
    SubmissionState,
)
from tests.consultations.factories import MINIMAL_PDF
from tests.registrations.factories import UnitFactory, officer_for
from tests.registrations.helpers import form_data
from tests.registrations.proposals.factories import (
    ProposalFactory,
    ProposalRoundFactory,
    ProposedNomineeFactory,
    award,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def unit():
    return UnitFactory(name="Sở Thử nghiệm Đề nghị", email="so-thu-nghiem@example.invalid")


@pytest.fixture
def officer(client, unit):
    user = officer_for(unit)
    client.force_login(user)
    return user


@pytest.fixture
def proposal_round():
    return ProposalRoundFactory()


def url(proposal_round, suffix=""):
    return f"/dang-ky-thi-dua/de-nghi/{proposal_round.pk}/{suffix}"


def item(proposal_round, code):
    return proposal_round.checklist.get(code=code)


def pdf(name="to-trinh.pdf"):
    return SimpleUploadedFile(name, MINIMAL_PDF, content_type="application/pdf")


def cover(client, proposal_round, **changes):
    """The tờ trình form filled in (every field it has)."""
    data = {
        "cover_number": "25/TTr-STN",
        "cover_date": "20/11/2031",
        "council_members": "9",
        "council_in_favour": "8",
        "signer_name": "Lý Văn Hùng",
        "signer_position": "Giám đốc",
        "action": "save",
    }
    data.update(changes)
    return data


def nominee_data(client, proposal_round, from_page=True, **changes):
    """The nominee form as a person fills it in (read from the page while it is shown)."""
    data = {}
    if from_page:
        page = client.get(url(proposal_round, "them-nguoi/"))
        data = form_data(page.content.decode(), "nguoi-form")
    data.update(
        {
            "kind": "individual",
            "full_name": "Hoàng Thị Thu",
            "birth_year": "1982",
            "gender": "nu",
            "position": "Trưởng phòng",
            "workplace": "Phòng Tổng hợp",
            "award_form": str(award("Bằng khen của Chủ tịch UBND tỉnh").pk),
            "direct_worker": "on",
            "summary": "Hai năm liên tục Chiến sĩ thi đua cơ sở.",
        }
    )
    data.update(changes)
    return data


def upload(client, proposal_round, code, nominee=None, file=None):
    return client.post(
        url(proposal_round, "tai-lieu/"),
        {
            "item": item(proposal_round, code).pk,
            "nominee": nominee.pk if nominee else "",
            "file": file or pdf(),
        },
    )


def test_the_whole_unit_flow_with_a_return_and_two_versions(
    client, officer, unit, proposal_round, users, django_capture_on_commit_callbacks
):
    # A draft on first opening, one per unit and round.
    assert client.get(url(proposal_round)).status_code == 200
    proposal = Proposal.objects.get(round=proposal_round, unit=unit)
    assert proposal.state == SubmissionState.DRAFT
    assert client.get(url(proposal_round)).status_code == 200
    assert Proposal.objects.filter(round=proposal_round, unit=unit).count() == 1

    assert client.post(url(proposal_round), cover(client, proposal_round)).status_code == 303
    proposal.refresh_from_db()
    assert proposal.cover_date == datetime.date(2031, 11, 20)
    assert (proposal.council_members, proposal.council_in_favour) == (9, 8)

    response = client.post(url(proposal_round, "them-nguoi/"), nominee_data(client, proposal_round))
    assert response.status_code == 303
    nominee = proposal.nominees.get()
    assert nominee.direct_worker and nominee.birth_year == 1982
    # The report box starts with the template's headings; written, it counts for the checklist.
    assert "THÀNH TÍCH ĐẠT ĐƯỢC" in nominee.report_text

    assert upload(client, proposal_round, "to-trinh").status_code == 303
    assert upload(client, proposal_round, "bien-ban").status_code == 303
    assert proposal.documents.count() == 2
    document = proposal.documents.first()
    download = client.get(url(proposal_round, f"tai-lieu/{document.pk}/"))
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF-")
    assert download["Content-Disposition"].startswith("attachment")

    data = cover(client, proposal_round, action="submit")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(proposal_round), data)
        assert response["Location"] == url(proposal_round, "gui/")  # confirm first
        confirm = client.get(response["Location"]).content.decode()
        assert "Xác nhận gửi hồ sơ đề nghị" in confirm
        response = client.post(url(proposal_round, "gui/"))
    assert response["Location"] == url(proposal_round, "da-gui/")
    proposal.refresh_from_db()
    assert proposal.state == SubmissionState.SUBMITTED
    assert proposal.reference_code.startswith("DN-")
    sent = client.get(response["Location"]).content.decode()
    assert proposal.reference_code in sent
    assert len(mail.outbox) == 1
    assert proposal.reference_code in mail.outbox[0].subject
    assert unit.email in mail.outbox[0].to
    # Sent: the nominee can no longer be changed.
    refused = client.post(
        url(proposal_round, f"nguoi/{nominee.pk}/"),
        nominee_data(client, proposal_round, from_page=False, full_name="Đổi tên"),
    )
    assert refused.status_code == 403
    nominee.refresh_from_db()
    assert nominee.full_name == "Hoàng Thị Thu"

    # The office returns the nominee with a reason.
    nominee.decision = NomineeDecision.RETURNED
    nominee.decision_note = "Bổ sung giấy chứng nhận sáng kiến năm 2030."
    nominee.save()
    second = ProposedNomineeFactory(proposal=proposal, full_name="Lộc Văn Bình", sort_order=0)
    second.report_text = "Báo cáo thành tích"
    second.save()
    workflow.return_for_changes(
        proposal, users[demo_accounts.SECRETARIAT], "Một cá nhân cần bổ sung hồ sơ."
    )
    status = client.get(url(proposal_round, "trang-thai/")).content.decode()
    assert "Một cá nhân cần bổ sung hồ sơ." in status
    assert "Bổ sung giấy chứng nhận sáng kiến năm 2030." in status
    editor = client.get(url(proposal_round)).content.decode()
    # The returned nominee comes first, with its reason, though the other is ordered before it.
    assert editor.index("Hoàng Thị Thu") < editor.index("Lộc Văn Bình")
    assert "Bổ sung giấy chứng nhận sáng kiến năm 2030." in editor

    # The unit mends: a sáng kiến PDF for the nominee and a changed summary.
    assert upload(client, proposal_round, "sang-kien", nominee=nominee).status_code == 303
    data = nominee_data(client, proposal_round, summary="Ba sáng kiến được công nhận.")
    assert client.post(url(proposal_round, f"nguoi/{nominee.pk}/"), data).status_code == 303
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url(proposal_round), cover(client, proposal_round, action="submit"))
        client.post(url(proposal_round, "gui/"))
    proposal.refresh_from_db()
    assert proposal.state == SubmissionState.SUBMITTED and proposal.version == 2
    first, latest = proposal.versions.all()
    assert first.data["nominees"][0]["summary"] == "Hai năm liên tục Chiến sĩ thi đua cơ sở."
    summaries = {n["full_name"]: n["summary"] for n in latest.data["nominees"]}
    assert summaries["Hoàng Thị Thu"] == "Ba sáng kiến được công nhận."
    assert any(d["item"] == "Giấy chứng nhận sáng kiến" for d in latest.data["documents"])
    assert list(proposal.log_entries.values_list("action", flat=True)) == [
        SubmissionLog.Action.CREATED,
        SubmissionLog.Action.SUBMITTED,
        SubmissionLog.Action.RETURNED,
        SubmissionLog.Action.SUBMITTED,
    ]
    old = client.get(url(proposal_round, "lan-gui/1/")).content.decode()
    assert "Hai năm liên tục Chiến sĩ thi đua cơ sở." in old
    assert "Lộc Văn Bình" not in old
    assert client.get(url(proposal_round, "lan-gui/3/")).status_code == 404


def test_the_checklist_lists_what_is_missing_and_sending_waits_for_it(
    client, officer, unit, proposal_round
):
    proposal = ProposalFactory(round=proposal_round, unit=unit, cover_date=datetime.date.today())
    proposal.council_members, proposal.council_in_favour = 7, 7
    proposal.save()
    nominee = ProposedNomineeFactory(proposal=proposal, full_name="Vi Thị Mai", report_text="")
    editor = client.get(url(proposal_round)).content.decode()
    assert "Còn thiếu" in editor
    confirm = client.get(url(proposal_round, "gui/")).content.decode()
    for missing in (
        "Tờ trình đề nghị khen thưởng",
        "Biên bản họp Hội đồng TĐKT của đơn vị",
        "Báo cáo thành tích của Vi Thị Mai",
    ):
        assert missing in confirm
    assert "Giấy chứng nhận sáng kiến" not in confirm  # optional
    assert "Xác nhận gửi hồ sơ đề nghị" not in confirm
    # Posting the step anyway sends nothing.
    client.post(url(proposal_round, "gui/"))
    proposal.refresh_from_db()
    assert proposal.state == SubmissionState.DRAFT and not proposal.versions.exists()

    upload(client, proposal_round, "to-trinh")
    upload(client, proposal_round, "bien-ban")
    upload(client, proposal_round, "bao-cao", nominee=nominee, file=pdf("bao-cao.pdf"))
    confirm = client.get(url(proposal_round, "gui/")).content.decode()
    assert "Xác nhận gửi hồ sơ đề nghị" in confirm
    client.post(url(proposal_round, "gui/"))
    proposal.refresh_from_db()
    assert proposal.state == SubmissionState.SUBMITTED


def test_documents_are_pdfs_of_the_right_item_and_nominee(
    client, officer, unit, proposal_round, settings
):
    proposal = ProposalFactory(round=proposal_round, unit=unit)
    nominee = ProposedNomineeFactory(proposal=proposal)
    settings.REPORT_ATTACHMENT_MAX_BYTES = 10  # the report attachments' limit applies
    response = upload(client, proposal_round, "to-trinh")
    assert response.status_code == 400
    assert "Tệp quá lớn" in response.content.decode()
    settings.REPORT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
    not_pdf = SimpleUploadedFile("anh.pdf", b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    response = upload(client, proposal_round, "to-trinh", file=not_pdf)
    assert response.status_code == 400
    assert "Chỉ nhận tệp PDF" in response.content.decode()
    response = upload(client, proposal_round, "bao-cao")  # per nominee, none chosen
    assert response.status_code == 400
    assert "cần nộp cho từng người, tập thể" in response.content.decode()
    response = upload(client, proposal_round, "to-trinh", nominee=nominee)
    assert response.status_code == 400
    assert "nộp chung cho cả hồ sơ" in response.content.decode()
    other = ProposedNomineeFactory()  # another unit's nominee
    response = client.post(
        url(proposal_round, "tai-lieu/"),
        {"item": item(proposal_round, "bao-cao").pk, "nominee": other.pk, "file": pdf()},
    )
    assert response.status_code == 400
    assert not ProposalDocument.objects.filter(proposal=proposal).exists()


def test_a_nominee_form_keeps_what_was_typed_and_says_what_is_wrong(
    client, officer, unit, proposal_round
):
    ProposalFactory(round=proposal_round, unit=unit)
    not_in_round = award("Chiến sĩ thi đua cơ sở")
    data = nominee_data(
        client,
        proposal_round,
        birth_year="",
        award_form=str(not_in_round.pk),
        full_name="Ma Văn Tú",
    )
    response = client.post(url(proposal_round, "them-nguoi/"), data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "Cá nhân cần có năm sinh." in html
    assert "Hình thức này không có trong đợt đề nghị." in html
    assert 'value="Ma Văn Tú"' in html
    # A collective: no birth year; an individual's award is refused for it by the model's rule.
    collective = nominee_data(
        client,
        proposal_round,
        kind="collective",
        full_name="Phòng Tổng hợp",
        gender="",
        birth_year="1990",
    )
    response = client.post(url(proposal_round, "them-nguoi/"), collective)
    assert response.status_code == 400
    assert "Tập thể không có năm sinh, giới tính." in response.content.decode()
    assert not ProposedNominee.objects.filter(proposal__unit=unit).exists()


def test_after_the_deadline_nothing_changes_unless_the_office_reopens(
    client, officer, unit, proposal_round, users
):
    proposal = ProposalFactory(round=proposal_round, unit=unit)
    nominee = ProposedNomineeFactory(proposal=proposal, full_name="Nông Văn Hải")
    proposal_round.deadline = timezone.now() - datetime.timedelta(hours=1)
    proposal_round.save()

    response = client.post(url(proposal_round), cover(client, proposal_round))
    assert response.status_code == 403
    assert "Đã quá hạn" in response.content.decode()
    assert 'value="25/TTr-STN"' in response.content.decode()  # what was typed stays
    response = client.post(
        url(proposal_round, f"nguoi/{nominee.pk}/"),
        nominee_data(client, proposal_round, from_page=False, full_name="Đổi tên"),
    )
    assert response.status_code == 403
    assert client.post(url(proposal_round, f"nguoi/{nominee.pk}/xoa/")).status_code == 303
    assert upload(client, proposal_round, "to-trinh").status_code == 403
    template = client.get("/dang-ky-thi-dua/mau-danh-sach-de-nghi/").content
    response = client.post(
        url(proposal_round, "nhap-danh-sach/"),
        {"file": SimpleUploadedFile("mau.xlsx", template)},
    )
    assert response.status_code == 403
    assert client.get(url(proposal_round, "them-nguoi/")).status_code == 303
    client.post(url(proposal_round, "gui/"))
    proposal.refresh_from_db()
    nominee.refresh_from_db()
    assert proposal.cover_number != "25/TTr-STN" and nominee.full_name == "Nông Văn Hải"
    assert proposal.state == SubmissionState.DRAFT and not proposal.documents.exists()
    assert list(proposal.nominees.values_list("full_name", flat=True)) == ["Nông Văn Hải"]

    # A unit that never started cannot start after the deadline.
    late_unit = UnitFactory()
    client.force_login(officer_for(late_unit))
    assert client.get(url(proposal_round)).status_code == 200
    assert client.post(url(proposal_round), {"cover_number": "1"}).status_code == 403
    assert not Proposal.objects.filter(unit=late_unit).exists()

    # The office reopens: the unit can change it again.
    client.force_login(officer)
    workflow.reopen(
        proposal, users[demo_accounts.SECRETARIAT], timezone.now() + datetime.timedelta(days=2)
    )
    assert client.post(url(proposal_round), cover(client, proposal_round)).status_code == 303
    proposal.refresh_from_db()
    assert proposal.cover_number == "25/TTr-STN"


def test_the_status_page_links_a_live_award_decision(client, officer, unit, proposal_round):
    from news.models import AwardDecisionPage

    decision = AwardDecisionPage.objects.live().first()
    assert decision is not None, "the demo has published award decisions"
    proposal = ProposalFactory(round=proposal_round, unit=unit)
    workflow.submit(proposal, officer)
    awarded = ProposedNomineeFactory(proposal=proposal, award_decision=decision)
    ProposedNomineeFactory(
        proposal=proposal,
        decision=NomineeDecision.NOT_ACCEPTED,
        decision_note="Chưa đủ 2 năm Chiến sĩ thi đua cơ sở.",
        closed_reason="Không đủ điều kiện theo tiêu chuẩn.",
    )
    html = client.get(url(proposal_round, "trang-thai/")).content.decode()
    assert f"Đã có Quyết định số {decision.number}" in html
    assert decision.url in html
    assert "Chưa đủ 2 năm Chiến sĩ thi đua cơ sở." in html
    assert "Không đủ điều kiện theo tiêu chuẩn." in html
    # An unpublished decision is not announced.
    decision.live = False
    decision.save(update_fields=["live"])
    html = client.get(url(proposal_round, "trang-thai/")).content.decode()
    assert "Đã có Quyết định số" not in html
    assert awarded.full_name in html


def test_the_printed_achievement_report_follows_the_template(client, officer, unit, proposal_round):
    proposal = ProposalFactory(round=proposal_round, unit=unit, signer_name="Lý Văn Hùng")
    nominee = ProposedNomineeFactory(
        proposal=proposal,
        full_name="Hoàng Thị Thu",
        report_text="I. SƠ LƯỢC LÝ LỊCH\nSinh năm 1982.\n\nII. THÀNH TÍCH ĐẠT ĐƯỢC\nTốt.",
    )
    html = client.get(url(proposal_round, f"nguoi/{nominee.pk}/bao-cao-thanh-tich/")).content
    html = html.decode()
    for text in (
        "BÁO CÁO THÀNH TÍCH",
        "Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "II. THÀNH TÍCH ĐẠT ĐƯỢC",
        "XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ",
        "Lý Văn Hùng",
    ):
        assert text in html


def test_the_units_area_lists_open_rounds_and_earlier_proposals(
    client, officer, unit, proposal_round
):
    closed = ProposalRoundFactory(
        title="Đề nghị khen thưởng chuyên đề đã đóng",
        opens_at=timezone.now() - datetime.timedelta(days=60),
        deadline=timezone.now() - datetime.timedelta(days=30),
    )
    earlier = ProposalFactory(round=closed, unit=unit)
    earlier.reference_code = "DN-2031-THU01"
    earlier.state = SubmissionState.ACCEPTED
    earlier.version = 1
    earlier.save()
    html = client.get("/dang-ky-thi-dua/").content.decode()
    assert proposal_round.title in html
    assert url(proposal_round) in html
    assert "Đề nghị khen thưởng chuyên đề đã đóng" in html
    assert "DN-2031-THU01" in html
    assert url(closed, "trang-thai/") in html
