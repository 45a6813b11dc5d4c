"""What becomes of a round's accepted nominees (registrations.outcomes): the consultation made
from their dossiers, the council's secret-ballot totals against the thresholds, the minutes,
the draft decision, and what its publication does."""

import datetime
import io
import zipfile
from decimal import Decimal

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.utils import timezone

from consultations.models import ConsultationPage, NomineePage, NomineeState, WorkingCalendar
from news.models import AwardDecisionPage, AwardForm
from news.models.catalogue import DecisionLevel
from registrations import outcomes
from registrations.models import (
    CouncilMeeting,
    ProposalDocument,
    ProposedNominee,
    SubmissionState,
    VoteThreshold,
)
from registrations.models.proposals import NomineeDecision
from tests.registrations.factories import UnitFactory
from tests.registrations.proposals.factories import (
    ProposalFactory,
    ProposalRoundFactory,
    ProposedNomineeFactory,
    award,
)

pytestmark = pytest.mark.django_db

# A tiny but well-formed PDF, as a unit's scanned report would be.
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n%%EOF\n"


def labour_order():
    return AwardForm.objects.get(name="Huân chương Lao động", rank="hạng Ba")


def accepted_nominee(proposal_round, unit=None, **fields):
    """A nominee the office found eligible, in a dossier it accepted."""
    proposal = ProposalFactory(
        round=proposal_round, unit=unit or UnitFactory(), state=SubmissionState.ACCEPTED
    )
    return add_nominee(proposal, **fields)


def add_nominee(proposal, **fields):
    fields.setdefault("decision", NomineeDecision.ACCEPTED)
    return ProposedNomineeFactory(proposal=proposal, **fields)


def upload_report(nominee, data=PDF):
    item = nominee.proposal.round.checklist.get(code="bao-cao")
    return ProposalDocument.objects.create(
        proposal=nominee.proposal,
        nominee=nominee,
        checklist_item=item,
        file=ContentFile(data, name="bao-cao.pdf"),
        original_name="bao-cao-thanh-tich-da-ky.pdf",
        size=len(data),
    )


def thresholds():
    """Lạng Sơn's rules as data: 70 % for every case, 90 % for Chiến sĩ thi đua cấp tỉnh."""
    VoteThreshold.objects.update_or_create(award_form=None, defaults={"percent": Decimal("70")})
    VoteThreshold.objects.update_or_create(
        award_form=award("Chiến sĩ thi đua cấp tỉnh"), defaults={"percent": Decimal("90")}
    )


def meeting_for(proposal_round, held_on=None, total=17, present=15):
    return CouncilMeeting.objects.create(
        round=proposal_round,
        held_on=held_on or timezone.localdate(),
        place="Trụ sở UBND tỉnh",
        chair="Đoàn Thu Hà",
        members_total=total,
        members_present=present,
    )


def row_of(meeting, nominee):
    return next(row for row in outcomes.ballot_rows(meeting) if row.nominee.pk == nominee.pk)


def vote(meeting, nominee, votes_for, against=0, invalid=0, user=None):
    return outcomes.record_ballot(
        meeting, row_of(meeting, nominee), votes_for, against, invalid, user
    )


@pytest.fixture
def proposal_round():
    return ProposalRoundFactory()


@pytest.fixture
def secretary(users):
    from demo import accounts

    return users[accounts.SECRETARIAT]


# The consultation ------------------------------------------------------------------------


def test_consultation_pages_carry_the_dossier_data_and_stay_drafts(proposal_round, secretary):
    uploaded = accepted_nominee(
        proposal_round,
        full_name="Nông Văn Thử",
        birth_year=1975,
        position="Giám đốc Hợp tác xã",
        workplace="Hợp tác xã Thử Nghiệm",
        award_form=labour_order(),
        summary="Mười năm liền dẫn dắt hợp tác xã.\nBa sáng kiến cấp tỉnh.",
    )
    upload_report(uploaded)
    written = add_nominee(
        uploaded.proposal,
        kind=ProposedNominee.Kind.COLLECTIVE,
        full_name="Tổ sản xuất Thử Nghiệm",
        birth_year=None,
        gender="",
        award_form=labour_order(),
        report_text="Tổ đạt năng suất cao nhất tỉnh.\nKhông có tai nạn lao động.",
    )
    provincial = accepted_nominee(proposal_round)  # a provincial award: no consultation
    returned = add_nominee(
        uploaded.proposal, award_form=labour_order(), decision=NomineeDecision.RETURNED
    )

    result = outcomes.make_consultation(proposal_round, secretary)

    consultation = ConsultationPage.objects.get(pk=result.consultation.pk)
    assert not consultation.live and consultation.latest_revision is not None
    assert consultation.legal_document is not None
    assert consultation.awards_concerned.get() == labour_order()
    pages = {page.title: page for page in NomineePage.objects.child_of(consultation)}
    assert set(pages) == {"Nông Văn Thử", "Tổ sản xuất Thử Nghiệm"}
    assert not any(page.live for page in pages.values())
    person = pages["Nông Văn Thử"]
    assert (person.kind, person.birth_year, person.position, person.unit) == (
        NomineePage.Kind.PERSON,
        1975,
        "Giám đốc Hợp tác xã",
        "Hợp tác xã Thử Nghiệm",
    )
    assert person.proposed_award == labour_order()
    assert person.achievement_summary == (
        "<p>Mười năm liền dẫn dắt hợp tác xã.</p><p>Ba sáng kiến cấp tỉnh.</p>"
    )
    assert person.state == NomineeState.IN_CONSULTATION
    with person.achievement_report.file.open("rb") as report:
        assert report.read() == PDF  # the unit's signed PDF, as sent
    collective = pages["Tổ sản xuất Thử Nghiệm"]
    assert collective.kind == NomineePage.Kind.COLLECTIVE and collective.birth_year is None
    assert collective.achievement_report.filename.endswith(".pdf")
    with collective.achievement_report.file.open("rb") as report:
        assert report.read().startswith(b"%PDF")  # made from the report written in the form
    uploaded.refresh_from_db()
    written.refresh_from_db()
    provincial.refresh_from_db()
    returned.refresh_from_db()
    assert uploaded.nominee_page_id == person.pk and written.nominee_page_id == collective.pk
    assert provincial.nominee_page_id is None and returned.nominee_page_id is None


def test_proposed_dates_keep_the_ten_working_day_rule(proposal_round, secretary):
    accepted_nominee(proposal_round, award_form=labour_order(), report_text="Thành tích.")

    consultation = outcomes.make_consultation(proposal_round, secretary).consultation

    calendar = WorkingCalendar()
    assert consultation.opens_at > timezone.now()  # time for the approvers
    assert consultation.closes_at >= calendar.earliest_closing(consultation.opens_at)
    assert consultation.council_meeting_on > timezone.localtime(consultation.closes_at).date()
    consultation.full_clean()  # ConsultationPage.clean: the rule the page itself enforces


def test_dates_skip_weekends_and_holidays():
    # 30/4 and 1/5/2026 are holidays: ten working days from Wednesday 29/4 08:00 end on
    # Friday 15/5 at 08:00, so the round closes at 17:00 that day; the council meets on Monday.
    calendar = WorkingCalendar([datetime.date(2026, 4, 30), datetime.date(2026, 5, 1)])
    opens_at, closes_at, council_on = outcomes.proposed_dates(
        calendar, today=datetime.date(2026, 4, 27)
    )
    assert timezone.localtime(opens_at) == outcomes.at_hour(datetime.date(2026, 4, 29), 8)
    assert timezone.localtime(closes_at) == outcomes.at_hour(datetime.date(2026, 5, 15), 17)
    assert council_on == datetime.date(2026, 5, 18)


def test_making_it_twice_does_not_duplicate(proposal_round, secretary):
    first = accepted_nominee(proposal_round, award_form=labour_order(), report_text="Thành tích.")
    made = outcomes.make_consultation(proposal_round, secretary)

    again = outcomes.make_consultation(proposal_round, secretary)

    assert again.created == [] and [n.pk for n in again.skipped] == [first.pk]
    assert NomineePage.objects.child_of(made.consultation).count() == 1
    # A nominee accepted later joins the round's consultation while it is still a draft.
    later = accepted_nominee(proposal_round, award_form=labour_order(), report_text="Thành tích.")
    third = outcomes.make_consultation(proposal_round, secretary)
    assert third.consultation.pk == made.consultation.pk
    assert [n.pk for n, _page in third.created] == [later.pk]
    assert NomineePage.objects.child_of(made.consultation).count() == 2
    stored = ConsultationPage.objects.get(pk=made.consultation.pk)
    assert list(stored.awards_concerned.all()) == [labour_order()]


def test_a_nominee_without_report_gets_no_page(proposal_round, secretary):
    bare = accepted_nominee(proposal_round, award_form=labour_order(), report_text="")

    result = outcomes.make_consultation(proposal_round, secretary)

    assert result.consultation is None and result.without_report == [bare]
    bare.refresh_from_db()
    assert bare.nominee_page_id is None


# The vote --------------------------------------------------------------------------------


def test_thresholds_are_data_and_the_result_is_computed(proposal_round, secretary):
    thresholds()
    certificate = accepted_nominee(proposal_round)  # Bằng khen: 70 % of 17 → 12
    fighter = accepted_nominee(proposal_round, award_form=award("Chiến sĩ thi đua cấp tỉnh"))
    meeting = meeting_for(proposal_round, total=17, present=16)

    assert (row_of(meeting, certificate).needed, row_of(meeting, fighter).needed) == (12, 16)
    passed = vote(meeting, certificate, 12, 3, 1, secretary)
    failed = vote(meeting, fighter, 15, 1, 0, secretary)

    assert passed.passed and passed.threshold_percent == Decimal("70")
    assert not failed.passed and failed.threshold_percent == Decimal("90")
    fighter.refresh_from_db()
    certificate.refresh_from_db()
    assert fighter.closed_reason == "Không đạt tỷ lệ phiếu bầu: 15/17, cần 16"
    assert certificate.closed_reason == ""
    # A later change of the rules does not rewrite the vote already taken.
    VoteThreshold.objects.filter(award_form=None).update(percent=Decimal("80"))
    assert row_of(meeting, certificate).threshold == Decimal("70")


def test_totals_cast_cannot_exceed_members_present(proposal_round):
    nominee = accepted_nominee(proposal_round)
    meeting = meeting_for(proposal_round, total=17, present=10)

    with pytest.raises(outcomes.ValidationError):
        vote(meeting, nominee, 8, 2, 1)


def test_members_present_cannot_exceed_the_council(proposal_round):
    meeting = CouncilMeeting(
        round=proposal_round, held_on=timezone.localdate(), members_total=17, members_present=18
    )
    with pytest.raises(outcomes.ValidationError) as error:
        meeting.full_clean()
    assert "members_present" in error.value.message_dict


def test_a_nominee_on_hold_cannot_be_voted(proposal_round, secretary):
    nominee = accepted_nominee(proposal_round, award_form=labour_order(), report_text="Thành tích.")
    outcomes.make_consultation(proposal_round, secretary)
    nominee.refresh_from_db()
    NomineePage.objects.filter(pk=nominee.nominee_page_id).update(state=NomineeState.ON_HOLD)
    meeting = meeting_for(proposal_round, held_on=timezone.localdate() + datetime.timedelta(60))

    row = row_of(meeting, nominee)

    assert not row.votable and "Tạm dừng để xác minh" in row.refusal
    with pytest.raises(outcomes.ActionRefused):
        outcomes.record_ballot(meeting, row, 17, 0, 0, secretary)
    assert not hasattr(ProposedNominee.objects.get(pk=nominee.pk), "ballot")


def test_a_consulted_nominee_waits_for_the_consultation_to_close(proposal_round, secretary):
    nominee = accepted_nominee(proposal_round, award_form=labour_order(), report_text="Thành tích.")
    not_yet = meeting_for(proposal_round)
    assert row_of(not_yet, nominee).refusal == "Chưa lấy ý kiến nhân dân."
    outcomes.make_consultation(proposal_round, secretary)

    assert "Chưa hết thời gian lấy ý kiến" in row_of(not_yet, nominee).refusal
    later = meeting_for(proposal_round, held_on=timezone.localdate() + datetime.timedelta(60))
    assert row_of(later, nominee).votable


# The minutes -----------------------------------------------------------------------------


def test_minutes_docx_names_each_nominee_with_its_totals(proposal_round, secretary):
    thresholds()
    passed = accepted_nominee(proposal_round, full_name="Lương Thị Đạt")
    failed = accepted_nominee(
        proposal_round, full_name="Hà Văn Chưa", award_form=award("Chiến sĩ thi đua cấp tỉnh")
    )
    meeting = meeting_for(proposal_round, total=17, present=16)
    vote(meeting, passed, 14, 2)
    vote(meeting, failed, 13, 3)

    data = outcomes.minutes_docx(meeting)

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document = archive.read("word/document.xml").decode()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in document
    assert "Độc lập - Tự do - Hạnh phúc" in document
    assert "BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG" in document
    assert "có mặt: 16" in document
    assert "Lương Thị Đạt" in document and "14/17" in document
    assert "Hà Văn Chưa" in document and "13/17" in document
    passed_list = document.split("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐẠT TỶ LỆ PHIẾU BẦU")[1]
    assert "Lương Thị Đạt" in passed_list and "Hà Văn Chưa" not in passed_list
    assert "CHỦ TỊCH HỘI ĐỒNG" in passed_list and "Đoàn Thu Hà" in passed_list


# The decision ----------------------------------------------------------------------------


@pytest.fixture
def passed_meeting(proposal_round, secretary):
    """Two units' nominees passed for the provincial Bằng khen, one failed."""
    thresholds()
    unit = UnitFactory(name="Sở Thử Nghiệm Quyết Định", email="so-quyet-dinh@example.invalid")
    first = accepted_nominee(
        proposal_round,
        unit=unit,
        full_name="Triệu Thị Khen Thưởng",
        birth_year=1980,
        direct_worker=True,
        farmer=True,
    )
    second = add_nominee(first.proposal, full_name="Vi Văn Thứ Hai")
    other = accepted_nominee(proposal_round, full_name="Lộc Văn Đơn Vị Khác")
    failed = accepted_nominee(proposal_round, full_name="Mã Văn Không Đạt")
    meeting = meeting_for(proposal_round, total=17, present=17)
    for nominee in (first, second, other):
        vote(meeting, nominee, 16, 1, 0, secretary)
    vote(meeting, failed, 5, 12, 0, secretary)
    return meeting, [first, second, other], failed


def test_decision_is_drafted_from_the_passed_nominees(passed_meeting, secretary):
    meeting, passed, failed = passed_meeting
    certificate = award("Bằng khen của Chủ tịch UBND tỉnh")

    decision, nominees = outcomes.make_decision(meeting, certificate, secretary)

    decision = AwardDecisionPage.objects.get(pk=decision.pk)
    assert not decision.live and decision.latest_revision is not None
    assert decision.number == "…/QĐ-UBND" and decision.signed_on == meeting.held_on
    assert decision.level_id == DecisionLevel.PROVINCIAL_CHAIR
    assert decision.award_form == certificate
    assert meeting.round.title in decision.reason
    awardees = {awardee.full_name: awardee for awardee in decision.awardees.all()}
    assert set(awardees) == {n.full_name for n in passed}
    first = awardees["Triệu Thị Khen Thưởng"]
    assert (first.kind, first.birth_year, first.unit, first.position) == (
        "individual",
        1980,
        "Sở Thử Nghiệm Quyết Định",
        "Chuyên viên",
    )
    assert first.direct_worker and first.farmer and not first.decision_live
    assert {n.pk for n in nominees} == {n.pk for n in passed}
    assert set(ProposedNominee.objects.filter(award_decision=decision)) == set(passed)
    failed.refresh_from_db()
    assert failed.award_decision_id is None and failed.closed_reason.startswith("Không đạt")
    # Those already in a decision are not put in another one.
    with pytest.raises(outcomes.ActionRefused):
        outcomes.make_decision(meeting, certificate, secretary)


def test_decision_level_follows_the_award():
    def new_form(name, group):
        return AwardForm.objects.create(name=name, group=group)

    order = new_form("Huân chương Thử Nghiệm", AwardForm.Group.ORDER)
    flag = new_form("Cờ thi đua của Chính phủ (thử nghiệm)", AwardForm.Group.EMULATION_FLAG)
    certificate = new_form("Bằng khen thử nghiệm", AwardForm.Group.CERTIFICATE)
    assert outcomes.decision_level(order).pk == DecisionLevel.PRESIDENT
    assert outcomes.decision_level(flag).pk == DecisionLevel.PRIME_MINISTER
    assert outcomes.decision_level(certificate).pk == DecisionLevel.PROVINCIAL_CHAIR
    # Where decisions for the award exist, their level is the one used.
    earlier = AwardDecisionPage.objects.filter(level=DecisionLevel.PRIME_MINISTER).first()
    AwardDecisionPage.objects.filter(pk=earlier.pk).update(award_form=certificate)
    assert outcomes.decision_level(certificate).pk == DecisionLevel.PRIME_MINISTER


def test_publishing_the_decision_tells_each_unit_once_and_it_is_looked_up(
    passed_meeting, secretary, client, django_capture_on_commit_callbacks
):
    meeting, passed, _failed = passed_meeting
    decision, _nominees = outcomes.make_decision(
        meeting, award("Bằng khen của Chủ tịch UBND tỉnh"), secretary
    )
    ProposedNominee.objects.filter(pk=passed[0].pk).update(closed_reason="cũ")
    decision.number = "2468/QĐ-UBND"
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        decision.save_revision(user=secretary).publish()

    recipients = sorted(tuple(message.to) for message in mail.outbox)
    units = sorted({tuple(n.proposal.unit.contact_emails()) for n in passed})
    assert recipients == units  # two units, one e-mail each
    message = next(m for m in mail.outbox if "so-quyet-dinh@example.invalid" in m.to)
    assert "2468/QĐ-UBND" in message.subject and "2468/QĐ-UBND" in message.body
    assert "Triệu Thị Khen Thưởng" in message.body and "Vi Văn Thứ Hai" in message.body
    assert AwardDecisionPage.objects.get(pk=decision.pk).url in message.body
    assert ProposedNominee.objects.get(pk=passed[0].pk).closed_reason == ""

    # Published again after a correction: nobody is told twice.
    mail.outbox.clear()
    decision = AwardDecisionPage.objects.get(pk=decision.pk)
    with django_capture_on_commit_callbacks(execute=True):
        decision.save_revision(user=secretary).publish()
    assert mail.outbox == []

    response = client.get("/tra-cuu/", {"ten": "trieu thi khen thuong"})
    assert response.status_code == 200
    assert "Triệu Thị Khen Thưởng" in response.content.decode()
    assert "1980" not in response.content.decode()  # the year of birth stays private


def test_minutes_docx_is_laid_out_as_an_official_paper(proposal_round, secretary):
    """A4 with the decree's margins, Times New Roman, the council beside the national motto
    (a borderless two-column table), the totals in a bordered table, signatures side by side."""
    thresholds()
    nominee = accepted_nominee(proposal_round, full_name="Vi Thị Bố Cục")
    meeting = meeting_for(proposal_round, total=17, present=15)
    vote(meeting, nominee, 15, 0)
    with zipfile.ZipFile(io.BytesIO(outcomes.minutes_docx(meeting))) as archive:
        document = archive.read("word/document.xml").decode()
    assert '<w:pgSz w:w="11906" w:h="16838"/>' in document
    assert 'w:left="1701"' in document
    assert 'w:ascii="Times New Roman"' in document
    tables = document.split("<w:tbl>")[1:]
    letterhead, results, passed, signatures = tables
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in letterhead and "tcBorders" not in letterhead
    assert "Vi Thị Bố Cục" in results and "15/17" in results and "tcBorders" in results
    assert "Vi Thị Bố Cục" in passed
    assert "THƯ KÝ HỘI ĐỒNG" in signatures and "CHỦ TỊCH HỘI ĐỒNG" in signatures
