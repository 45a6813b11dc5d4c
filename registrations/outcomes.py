"""What becomes of a round's accepted nominees: the public consultation made from their dossiers,
the council's secret-ballot totals, and the draft award decision made from those who passed.

Nothing is re-typed: the pages carry the dossier's data. Every page made here is a draft that
goes through the editors' and approvers' workflow; nothing is published by these actions."""

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.models import Site

from consultations.models import (
    ConsultationIndexPage,
    ConsultationPage,
    NomineePage,
    NomineeState,
    WorkingCalendar,
)
from core.dates import format_day, format_long_day
from core.docx_export import AdministrativeDocument
from core.pdf import PdfPages
from core.text import fold, slugify_vi
from home.models import PortalSettings
from news.models import AwardDecisionIndexPage, AwardDecisionPage, Awardee, AwardForm
from news.models.catalogue import DecisionLevel
from registrations.models import Ballot, ProposedNominee, SubmissionState
from registrations.models.council import VoteThreshold, votes_needed
from registrations.models.proposals import NomineeDecision

# The hours a consultation opens and closes at, and how many working days the approvers get
# before it opens (the pages are drafts until they approve them).
OPENING_HOUR, CLOSING_HOUR = 8, 17
APPROVAL_WORKING_DAYS = 2
# A nominee's achievement report is the dossier document of one of these checklist codes, or
# whose checklist title reads "báo cáo thành tích".
REPORT_CODES = ("bao-cao", "bao-cao-thanh-tich")
REPORT_TITLE = "bao cao thanh tich"
# How a draft decision's number reads until the editor types the real one (the way a dự thảo
# is numbered on paper), by decision level.
DRAFT_NUMBERS = {
    DecisionLevel.PRESIDENT: "…/QĐ-CTN",
    DecisionLevel.PRIME_MINISTER: "…/QĐ-TTg",
}
DRAFT_NUMBER = "…/QĐ-UBND"
# Award groups the President decides; names that say the Prime Minister or the Government does.
PRESIDENT_GROUPS = {
    AwardForm.Group.ORDER,
    AwardForm.Group.MEDAL,
    AwardForm.Group.HONORARY_TITLE,
    AwardForm.Group.PRIZE,
}
PRIME_MINISTER_WORDS = ("thu tuong", "chinh phu", "toan quoc")


class ActionRefused(Exception):
    """An action that cannot be taken; the message says why, in Vietnamese."""


# The round's nominees --------------------------------------------------------------------


def accepted_nominees(proposal_round):
    """The nominees the office found eligible, in dossiers it accepted."""
    return (
        ProposedNominee.objects.filter(
            proposal__round=proposal_round,
            proposal__state=SubmissionState.ACCEPTED,
            decision=NomineeDecision.ACCEPTED,
        )
        .select_related(
            "proposal__unit__locality", "award_form", "nominee_page", "award_decision", "ballot"
        )
        .order_by("proposal__unit__name", "sort_order", "pk")
    )


def consulted_award_ids(proposal_round):
    return set(
        proposal_round.awards.filter(needs_consultation=True).values_list(
            "award_form_id", flat=True
        )
    )


def round_consultations(proposal_round):
    """The consultation pages made from this round's nominees, oldest first."""
    parent_ids = set()
    for page in NomineePage.objects.filter(
        pk__in=ProposedNominee.objects.filter(
            proposal__round=proposal_round, nominee_page__isnull=False
        ).values("nominee_page")
    ):
        parent_ids.add(page.get_parent().pk)
    return list(ConsultationPage.objects.filter(pk__in=parent_ids).order_by("path"))


# The consultation ------------------------------------------------------------------------


def at_hour(day, hour):
    return timezone.make_aware(datetime.combine(day, time(hour)))


def next_working_day(day, calendar):
    while not calendar.is_working_day(day):
        day += timedelta(days=1)
    return day


def proposed_dates(calendar, today=None):
    """Opening, closing and council day that keep the 10-working-day rule: it opens at 08:00
    once the approvers have had two working days, closes at 17:00 on the first working day
    the rule allows, and the council meets the next working day."""
    day = today or timezone.localdate()
    for _step in range(APPROVAL_WORKING_DAYS):
        day = next_working_day(day + timedelta(days=1), calendar)
    opens_at = at_hour(day, OPENING_HOUR)
    earliest = timezone.localtime(calendar.earliest_closing(opens_at))
    closing_day = earliest.date()
    while not calendar.is_working_day(closing_day) or at_hour(closing_day, CLOSING_HOUR) < earliest:
        closing_day += timedelta(days=1)
    closes_at = at_hour(closing_day, CLOSING_HOUR)
    council_on = next_working_day(closing_day + timedelta(days=1), calendar)
    return opens_at, closes_at, council_on


def current_legal_basis():
    """The text the office cited last for a consultation, or what replaced it since: the
    library follows the law, so a new round cites the text in force."""
    latest = (
        ConsultationPage.objects.filter(legal_document__isnull=False)
        .select_related("legal_document")
        .order_by("-opens_at")
        .first()
    )
    if latest is None:
        return None, ""
    document, seen = latest.legal_document, set()
    while document.replaced_by_id and document.pk not in seen:
        seen.add(document.pk)
        document = document.replaced_by
    return document, latest.legal_article


def portal_settings():
    site = Site.objects.filter(is_default_site=True).first()
    return PortalSettings.for_site(site) if site else PortalSettings()


def paragraphs_html(text):
    return "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())


def report_title(nominee):
    return _("Báo cáo thành tích – %(name)s (đề nghị tặng %(award)s)") % {
        "name": nominee.full_name,
        "award": nominee.award_form,
    }


def dossier_report(nominee):
    """The nominee's signed achievement report (PDF) from the dossier, if the unit uploaded it."""
    for document in nominee.documents.select_related("checklist_item").order_by("-uploaded_at"):
        item = document.checklist_item
        is_report = item is not None and (
            item.code in REPORT_CODES or REPORT_TITLE in fold(item.title)
        )
        if is_report and document.original_name.lower().endswith(".pdf"):
            return document
    return None


def report_pdf(nominee):
    """The report written in the form, laid out on A4 pages (core.pdf)."""
    pages = PdfPages()
    pages.block("heading", _("BÁO CÁO THÀNH TÍCH"))
    pages.block("center", _("Đề nghị tặng %(award)s") % {"award": nominee.award_form})
    pages.block("gap")
    pages.block("item", _("Tên: %(name)s") % {"name": nominee.full_name})
    if nominee.position:
        pages.block("item", _("Chức vụ, nghề nghiệp: %(p)s") % {"p": nominee.position})
    pages.block("item", _("Đơn vị: %(unit)s") % {"unit": nominee_unit(nominee)})
    pages.block("gap")
    for line in (nominee.report_text or nominee.summary).splitlines():
        if line.strip():
            pages.block("paragraph", line.strip())
    return pages.pdf(report_title(nominee), nominee.proposal.unit.name)


def has_report(nominee):
    return bool(nominee.report_text.strip()) or dossier_report(nominee) is not None


def report_document(nominee):
    """A document of the library for the nominee page: the dossier's PDF, else one made from
    the report written in the form; None when the dossier has neither."""
    uploaded = dossier_report(nominee)
    if uploaded is not None:
        with uploaded.file.open("rb") as source:
            data = source.read()
        filename = uploaded.original_name
    elif nominee.report_text.strip():
        data = report_pdf(nominee)
        filename = f"{slugify_vi(nominee.full_name, 80)}-bao-cao-thanh-tich.pdf"
    else:
        return None
    document = get_document_model()(title=report_title(nominee))
    document.file.save(filename, ContentFile(data), save=False)
    document.file_size = len(data)
    document.save()
    return document


def nominee_unit(nominee):
    return nominee.workplace or nominee.proposal.unit.name


@dataclass
class ConsultationResult:
    consultation: ConsultationPage | None = None
    created: list = field(default_factory=list)  # (nominee, page)
    skipped: list = field(default_factory=list)  # nominees that already have a page
    without_report: list = field(default_factory=list)  # left out until the report is sent


def nominees_to_consult(proposal_round):
    consulted = consulted_award_ids(proposal_round)
    return [n for n in accepted_nominees(proposal_round) if n.award_form_id in consulted]


def consultation_fields(proposal_round, calendar):
    opens_at, closes_at, council_on = proposed_dates(calendar)
    legal_document, legal_article = current_legal_basis()
    portal = portal_settings()
    council = portal.council_name
    if portal.province and fold(portal.province) not in fold(council):
        council = f"{council} {portal.province}"
    description = _(
        "%(council)s lấy ý kiến nhân dân đối với các tập thể, cá nhân được đề nghị khen thưởng "
        "trong %(round)s, từ %(opens)s đến %(closes)s. Ý kiến gửi trên Cổng (ghi rõ họ tên, "
        "số điện thoại, địa chỉ) hoặc bằng văn bản."
    ) % {
        "council": council,
        "round": proposal_round.title,
        "opens": format_day(opens_at),
        "closes": format_day(closes_at),
    }
    return {
        "title": _("Lấy ý kiến nhân dân: %(round)s") % {"round": proposal_round.title},
        "proposing_body": council,
        "legal_document": legal_document,
        "legal_article": legal_article,
        "description": paragraphs_html(description),
        "opens_at": opens_at,
        "closes_at": closes_at,
        "council_meeting_on": council_on,
        "written_address": portal.address,
        "written_email": portal.email,
    }


def set_awards(consultation, award_ids):
    """The awards the consultation concerns, written now (a page's many-to-many relations
    otherwise wait in memory for its next full save)."""
    consultation.awards_concerned.set(award_ids)
    consultation.save(update_fields=["awards_concerned"], clean=False)


def draft_consultation(proposal_round, user, calendar):
    """The round's consultation still in draft (new nominees join it), else a new one."""
    for page in reversed(round_consultations(proposal_round)):
        if not page.live:
            return page
    index = ConsultationIndexPage.objects.first()
    if index is None:
        raise ActionRefused(_("Cổng chưa có chuyên mục Lấy ý kiến nhân dân."))
    fields = consultation_fields(proposal_round, calendar)
    if fields["legal_document"] is None:
        raise ActionRefused(
            _(
                "Chưa tìm được văn bản làm căn cứ lấy ý kiến: hãy tạo một đợt lấy ý kiến có căn "
                "cứ trong thư viện văn bản trước."
            )
        )
    page = ConsultationPage(live=False, owner=user, **fields)
    try:
        index.add_child(instance=page)
    except ValidationError as error:  # ConsultationPage.clean: the 10-working-day rule, basis
        raise ActionRefused(" ".join(error.messages)) from error
    set_awards(page, consulted_award_ids(proposal_round))
    page.save_revision(user=user)
    return page


@transaction.atomic
def make_consultation(proposal_round, user, calendar=None):
    """One draft consultation page with a draft nominee page per accepted nominee of an award
    that needs public consultation. Nominees that already have a page are skipped."""
    calendar = calendar or WorkingCalendar()
    # Two clicks at once wait for each other, so the second finds the pages the first made.
    type(proposal_round).objects.select_for_update().filter(pk=proposal_round.pk).first()
    result = ConsultationResult()
    pending = []
    for nominee in nominees_to_consult(proposal_round):
        if nominee.nominee_page_id:
            result.skipped.append(nominee)
        elif has_report(nominee):
            pending.append(nominee)
        else:  # the law publishes the full report: no page without it
            result.without_report.append(nominee)
    if not pending:
        return result
    consultation = draft_consultation(proposal_round, user, calendar)
    result.consultation = consultation
    known_awards = set(consultation.awards_concerned.values_list("pk", flat=True))
    added_awards = set(known_awards)
    for nominee in pending:
        consultation = ConsultationPage.objects.get(pk=consultation.pk)  # fresh tree counts
        report = report_document(nominee)
        individual = nominee.kind == ProposedNominee.Kind.INDIVIDUAL
        page = NomineePage(
            title=nominee.full_name,
            live=False,
            owner=user,
            kind=NomineePage.Kind.PERSON if individual else NomineePage.Kind.COLLECTIVE,
            birth_year=nominee.birth_year if individual else None,
            position=nominee.position,
            unit=nominee_unit(nominee),
            locality=nominee.proposal.unit.locality,
            proposed_award=nominee.award_form,
            achievement_summary=paragraphs_html(nominee.summary),
            achievement_report=report,
            state=NomineeState.IN_CONSULTATION,
        )
        consultation.add_child(instance=page)
        page.save_revision(user=user)
        nominee.nominee_page = page
        nominee.save(update_fields=["nominee_page"])
        added_awards.add(nominee.award_form_id)
        result.created.append((nominee, page))
    if added_awards != known_awards:  # the editor opens the latest revision: keep it whole
        set_awards(result.consultation, added_awards)
        result.consultation.save_revision(user=user)
    return result


# The vote --------------------------------------------------------------------------------


@dataclass
class BallotRow:
    """A nominee on the meeting's ballot sheet: whether it can be voted, and why not."""

    nominee: ProposedNominee
    threshold: object
    needed: int
    ballot: Ballot | None
    refusal: str = ""

    @property
    def votable(self):
        return not self.refusal


def vote_refusal(nominee, meeting, consulted):
    """Why the council cannot vote on the nominee at this meeting ("" if it can)."""
    ballot = getattr(nominee, "ballot", None)
    if ballot is not None and ballot.meeting_id != meeting.pk:
        return _("Đã bỏ phiếu tại phiên họp ngày %(day)s.") % {
            "day": format_day(ballot.meeting.held_on)
        }
    if nominee.award_decision_id:
        return _("Đã có dự thảo quyết định khen thưởng.")
    if nominee.award_form_id not in consulted:
        return ""
    page = nominee.nominee_page
    if page is None:
        return _("Chưa lấy ý kiến nhân dân.")
    if page.state == NomineeState.ON_HOLD:
        return _("Tạm dừng để xác minh (đang lấy ý kiến nhân dân): chưa bỏ phiếu được.")
    if page.state == NomineeState.NOT_PROPOSED:
        return _("Không đề nghị khen thưởng sau khi lấy ý kiến nhân dân.")
    consultation = page.get_parent().specific
    if meeting.held_on <= timezone.localtime(consultation.closes_at).date():
        return _("Chưa hết thời gian lấy ý kiến nhân dân (đến %(day)s).") % {
            "day": format_day(consultation.closes_at)
        }
    return ""


def ballot_rows(meeting):
    thresholds = {row.award_form_id: row.percent for row in VoteThreshold.objects.all()}
    consulted = consulted_award_ids(meeting.round)
    rows = []
    for nominee in accepted_nominees(meeting.round).select_related("ballot__meeting"):
        ballot = getattr(nominee, "ballot", None)
        if ballot is not None and ballot.meeting_id == meeting.pk:
            percent = ballot.threshold_percent
        else:
            percent = VoteThreshold.percent_for(nominee.award_form_id, thresholds)
        rows.append(
            BallotRow(
                nominee=nominee,
                threshold=percent,
                needed=votes_needed(meeting.members_total, percent),
                ballot=ballot,
                refusal=vote_refusal(nominee, meeting, consulted),
            )
        )
    return rows


def not_passed_reason(ballot):
    return _("Không đạt tỷ lệ phiếu bầu: %(got)s/%(total)s, cần %(needed)s") % {
        "got": ballot.votes_for,
        "total": ballot.meeting.members_total,
        "needed": ballot.needed,
    }


@transaction.atomic
def record_ballot(meeting, row, votes_for, votes_against, votes_invalid, user):
    """Store one nominee's totals with the threshold of its award, decide, and close the
    nominee with the reason if it did not pass."""
    if not row.votable:
        raise ActionRefused(row.refusal)
    ballot = row.ballot or Ballot(meeting=meeting, nominee=row.nominee)
    ballot.meeting = meeting
    ballot.votes_for, ballot.votes_against, ballot.votes_invalid = (
        votes_for,
        votes_against,
        votes_invalid,
    )
    ballot.threshold_percent = row.threshold
    ballot.recorded_by, ballot.recorded_at = user, timezone.now()
    ballot.full_clean(exclude=["nominee", "meeting", "passed", "recorded_by"])
    ballot.decide()
    ballot.save()
    nominee = row.nominee
    nominee.closed_reason = "" if ballot.passed else not_passed_reason(ballot)
    nominee.save(update_fields=["closed_reason"])
    return ballot


# The decision ----------------------------------------------------------------------------


def decision_level(award_form):
    """Who decides the award: the level of the decisions published for it so far, else by its
    group (orders, medals, honorary titles: the President; the Government's and nationwide
    titles: the Prime Minister; the rest: the provincial chair)."""
    used = (
        AwardDecisionPage.objects.filter(award_form=award_form)
        .values_list("level", flat=True)
        .order_by("-signed_on")
        .first()
    )
    if used:
        return DecisionLevel.objects.get(pk=used)
    if award_form.group in PRESIDENT_GROUPS:
        code = DecisionLevel.PRESIDENT
    elif any(word in fold(award_form.name) for word in PRIME_MINISTER_WORDS):
        code = DecisionLevel.PRIME_MINISTER
    else:
        code = DecisionLevel.PROVINCIAL_CHAIR
    return DecisionLevel.objects.get(pk=code)


def passed_undecided(meeting, award_form=None):
    ballots = meeting.ballots.filter(passed=True, nominee__award_decision__isnull=True)
    if award_form is not None:
        ballots = ballots.filter(nominee__award_form=award_form)
    return ballots.select_related("nominee__proposal__unit__locality", "nominee__award_form")


def awards_ready_for_decision(meeting):
    ids = passed_undecided(meeting).values_list("nominee__award_form", flat=True)
    return AwardForm.objects.filter(pk__in=set(ids))


def awardee_for(nominee):
    individual = nominee.kind == ProposedNominee.Kind.INDIVIDUAL
    locality = nominee.proposal.unit.locality
    return Awardee(
        kind=Awardee.Kind.INDIVIDUAL if individual else Awardee.Kind.COLLECTIVE,
        full_name=nominee.full_name,
        position=nominee.position,
        unit=nominee_unit(nominee),
        locality=locality.name if locality else "",
        birth_year=nominee.birth_year if individual else None,
        small_collective=nominee.small_collective and not individual,
        grassroots_unit=nominee.grassroots_unit and not individual,
        direct_worker=nominee.direct_worker and individual,
        worker=nominee.worker and individual,
        farmer=nominee.farmer and individual,
        sort_order=nominee.sort_order,
    )


@transaction.atomic
def make_decision(meeting, award_form, user):
    """A draft decision awarding the meeting's passed nominees of `award_form` not yet in a
    decision; the editor types its number, date and signer, the approver publishes it."""
    type(meeting).objects.select_for_update().filter(pk=meeting.pk).first()  # one at a time
    ballots = list(passed_undecided(meeting, award_form))
    if not ballots:
        raise ActionRefused(
            _("Không còn ai đạt tỷ lệ phiếu bầu với hình thức “%(award)s” mà chưa có quyết định.")
            % {"award": award_form}
        )
    index = AwardDecisionIndexPage.objects.first()
    if index is None:
        raise ActionRefused(_("Cổng chưa có chuyên mục Quyết định khen thưởng."))
    level = decision_level(award_form)
    title = _("Quyết định tặng %(award)s (%(round)s)") % {
        "award": award_form,
        "round": meeting.round.title,
    }
    decision = AwardDecisionPage(
        title=title,
        live=False,
        owner=user,
        number=DRAFT_NUMBERS.get(level.pk, DRAFT_NUMBER),
        signed_on=meeting.held_on,
        level=level,
        award_form=award_form,
        reason=_(
            "Đã có thành tích xuất sắc, được Hội đồng Thi đua – Khen thưởng xét đề nghị tại phiên "
            "họp ngày %(day)s (%(round)s)."
        )
        % {"day": format_day(meeting.held_on), "round": meeting.round.title},
    )
    decision.awardees = [awardee_for(ballot.nominee) for ballot in ballots]
    index.add_child(instance=decision)
    decision.save_revision(user=user)
    ProposedNominee.objects.filter(pk__in=[ballot.nominee_id for ballot in ballots]).update(
        award_decision=decision
    )
    return decision, [ballot.nominee for ballot in ballots]


# The minutes -----------------------------------------------------------------------------


def minutes_context(meeting):
    """What the minutes say, for the DOCX and the print view alike."""
    portal = portal_settings()
    ballots = list(meeting.ballots.select_related("nominee__award_form", "nominee__proposal__unit"))
    return {
        "meeting": meeting,
        "round": meeting.round,
        "council_name": portal.council_name,
        "province": portal.province,
        "ballots": ballots,
        "passed": [ballot for ballot in ballots if ballot.passed],
        "absent": meeting.members_total - meeting.members_present,
    }


def minutes_docx(meeting):
    """The minutes in the layout of official papers (core.docx_export.AdministrativeDocument):
    the council beside the national motto, place and date, the meeting, the secret ballot's
    totals per nominee, the list of those passed, the signatures."""
    context = minutes_context(meeting)
    council = context["council_name"]
    place = context["province"] or meeting.place
    document = AdministrativeDocument()
    document.letterhead([council.upper()])
    day = format_long_day(meeting.held_on)
    document.place_and_date(f"{place}, {day}" if place else day)
    document.title(
        _("BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG"),
        _("Xét đề nghị khen thưởng: %(round)s") % {"round": meeting.round.title},
    )
    document.paragraph(
        _("Thời gian: %(day)s. Địa điểm: %(place)s.")
        % {"day": format_day(meeting.held_on), "place": meeting.place or "…"}
    )
    document.paragraph(_("Chủ trì: %(chair)s.") % {"chair": meeting.chair or "…"})
    document.paragraph(
        _("Thành viên Hội đồng: %(total)s; có mặt: %(present)s; vắng: %(absent)s.")
        % {
            "total": meeting.members_total,
            "present": meeting.members_present,
            "absent": context["absent"],
        }
    )
    document.heading(_("Kết quả bỏ phiếu kín"))
    header, shares = ballot_table_header()
    document.table(header, [ballot_row(n, b) for n, b in enumerate(context["ballots"], 1)], shares)
    if meeting.note:
        document.paragraph(meeting.note)
    document.heading(_("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐẠT TỶ LỆ PHIẾU BẦU"))
    if context["passed"]:
        passed = [ballot_row(n, b) for n, b in enumerate(context["passed"], 1)]
        document.table(header, passed, shares)
    else:
        document.paragraph(_("Không có tập thể, cá nhân nào đạt."))
    document.signatures(
        [
            (_("THƯ KÝ HỘI ĐỒNG"), _("(Ký, ghi rõ họ tên)"), ""),
            (_("CHỦ TỊCH HỘI ĐỒNG"), _("(Ký, đóng dấu)"), meeting.chair),
        ]
    )
    return document.bytes()


def ballot_table_header():
    header = [
        _("STT"),
        _("Tập thể, cá nhân"),
        _("Hình thức đề nghị"),
        _("Đồng ý / tổng số thành viên"),
        _("Không đồng ý"),
        _("Không hợp lệ"),
        _("Cần (ngưỡng)"),
        _("Kết quả"),
    ]
    return header, [4, 22, 16, 13, 8, 8, 11, 8]


def ballot_row(number, ballot):
    nominee = ballot.nominee
    share = str(ballot.share).replace(".", ",")
    percent = f"{ballot.threshold_percent:g}".replace(".", ",")
    return [
        number,
        f"{nominee.full_name}\n{nominee_unit(nominee)}",
        nominee.award_form,
        f"{ballot.votes_for}/{ballot.meeting.members_total} ({share}%)",
        ballot.votes_against,
        ballot.votes_invalid,
        f"{ballot.needed} ({percent}%)",
        _("Đạt") if ballot.passed else _("Không đạt"),
    ]


def docx_filename(meeting):
    return f"bien-ban-hop-hoi-dong-{meeting.held_on:%Y-%m-%d}-{meeting.pk}.docx"
