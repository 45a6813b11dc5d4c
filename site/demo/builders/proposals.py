"""Demo of award proposals (demo.content.proposals): this year's year-end round, open until
a few days from now, with proposals from several units in every state (a draft never sent, one
sent and waiting, one returned for a missing document, accepted ones; the first demo unit's
officer has none yet, to try the form), each with its dossier (PDFs made here),
the office's decision per nominee, the award criteria and thresholds as data, and two earlier
base-level decisions that give some nominees an award history.

Every state change goes through registrations.workflow at the moment the demo tells, so the
versions, the log and the clock are as if the units and the office had acted. Idempotent: the
round is looked up by title and each unit's proposal is made once.
"""

from datetime import date, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from core.text import slugify_vi
from demo import accounts as demo_accounts
from demo.builders.registrations import at_hour, restamp, submitter_of
from demo.content import proposals as content
from demo.pages import child_by_slug, ensure_child, publish
from demo.pdf import PdfPages
from news.models import AwardDecisionPage, Awardee, AwardForm
from registrations import outcomes, workflow
from registrations.models import (
    AwardCriterion,
    ChecklistItem,
    CouncilMeeting,
    NomineeDecision,
    Proposal,
    ProposalDocument,
    ProposalRound,
    ProposedNominee,
    RoundAward,
    SubmissionState,
    Unit,
    VoteThreshold,
)


def build(home, builder):
    today = timezone.localdate()
    year = today.year
    forms = {str(form): form for form in AwardForm.objects.all()}
    office = get_user_model().objects.filter(username=demo_accounts.SECRETARIAT).first()
    thresholds(forms)
    criteria(forms)
    history(home, forms, year)
    proposal_round, created = year_end_round(forms, today, year)
    if created:
        units = {unit.code: unit for unit in Unit.objects.filter(code__in=unit_codes())}
        for spec in content.PROPOSALS:
            unit = units.get(spec["unit"])
            if unit is not None:
                proposal(proposal_round, unit, spec, forms, office, today, year)
    if not proposal_round.meetings.exists():
        council(proposal_round, forms, office, today)
    return proposal_round


def unit_codes():
    return [spec["unit"] for spec in content.PROPOSALS]


def texts(value, year):
    return value.format(year=year, year_1=year - 1, year_2=year - 2, year_4=year - 4)


# The rules as data ----------------------------------------------------------------------


def thresholds(forms):
    for award, percent, basis in content.THRESHOLDS:
        form = forms.get(award) if award else None
        if award and form is None:
            continue
        VoteThreshold.objects.get_or_create(
            award_form=form, defaults={"percent": Decimal(percent), "legal_basis": basis}
        )


def criteria(forms):
    for order, spec in enumerate(content.CRITERIA):
        form = forms.get(spec["award"])
        if form is None:
            continue
        AwardCriterion.objects.get_or_create(
            award_form=form,
            label=spec["label"],
            defaults={
                "kind": spec["kind"],
                "title": forms.get(spec.get("title", "")),
                "years": spec.get("years"),
                "within_years": spec.get("within_years"),
                "option": spec.get("option", ""),
                "document_code": spec.get("document_code", ""),
                "share": Decimal(spec["share"]) if spec.get("share") else None,
                "legal_basis": spec["legal_basis"],
                "valid_from": date.fromisoformat(spec["valid_from"]),
                "sort_order": order,
            },
        )


def history(home, forms, year):
    """Earlier base-level decisions (Chiến sĩ thi đua cơ sở) naming some of the nominees."""
    index = child_by_slug(home, "khen-thuong")
    for spec in content.HISTORY:
        signed_year = year - spec["years_ago"]
        month, day = (int(part) for part in spec["signed"].split("-"))
        slug = slugify_vi(f"{spec['number'].replace('/', '-')}-{signed_year}")[:80]
        page = ensure_child(
            index,
            AwardDecisionPage,
            slug,
            title=texts(spec["title"], signed_year),
            number=spec["number"],
            signed_on=date(signed_year, month, day),
            level_id=spec["level"],
            award_form=forms[spec["award"]],
            reason=spec["reason"],
        )
        if not page.live:
            page.awardees.set(
                [
                    Awardee(
                        sort_order=order,
                        kind=Awardee.Kind.INDIVIDUAL,
                        full_name=name,
                        birth_year=birth_year,
                        position=position,
                        unit=unit,
                    )
                    for order, (name, birth_year, position, unit) in enumerate(spec["awardees"])
                ]
            )
            publish(page)


# The round and the proposals --------------------------------------------------------------


def year_end_round(forms, today, year):
    spec = content.ROUND
    title = texts(spec["title"], year)
    existing = ProposalRound.objects.filter(title=title).first()
    if existing is not None:
        return existing, False
    opens = at_hour(today - timedelta(days=spec["opens_days_ago"]), 8)
    deadline = at_hour(today + timedelta(days=spec["deadline_in_days"]), 17)
    proposal_round = ProposalRound.objects.create(
        title=title,
        kind=spec["kind"],
        year=year,
        opens_at=opens,
        deadline=deadline,
        processing_days=spec["processing_days"],
        instructions=texts(spec["instructions"], year),
    )
    for order, (name, rank, consulted) in enumerate(spec["awards"]):
        form = forms[f"{name} {rank}".strip()]
        RoundAward.objects.create(
            round=proposal_round, award_form=form, needs_consultation=consulted, sort_order=order
        )
    for order, (code, item_title, per_nominee, award, signed, required) in enumerate(
        spec["checklist"]
    ):
        ChecklistItem.objects.create(
            round=proposal_round,
            code=code,
            title=item_title,
            per_nominee=per_nominee,
            award_form=forms.get(award) if award else None,
            signed=signed,
            required=required,
            sort_order=order,
        )
    return proposal_round, True


def days_ago(today, days, hour=9):
    return at_hour(today - timedelta(days=days), hour)


def pdf_bytes(title, lines, author):
    pages = PdfPages()
    pages.block("pair", author, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")
    pages.block("gap")
    pages.block("heading", title)
    for line in lines:
        pages.block("paragraph", line)
    pages.block("gap")
    pages.block("signature", "THỦ TRƯỞNG ĐƠN VỊ", "(Đã ký)")
    return pages.pdf(title, author)


def attach(proposal, item, title, lines, user, nominee=None):
    data = pdf_bytes(title, lines, proposal.unit.name.upper())
    name = f"{slugify_vi(title)[:60] or 'tai-lieu'}.pdf"
    document = ProposalDocument(
        proposal=proposal,
        nominee=nominee,
        checklist_item=item,
        original_name=name,
        size=len(data),
        uploaded_by=user,
    )
    document.file.save(name, ContentFile(data), save=False)
    document.save()


def report_text(nominee_spec, year):
    """A báo cáo thành tích in the outline of the decree's template."""
    return "\n".join(
        [
            "I. SƠ LƯỢC LÝ LỊCH, ĐẶC ĐIỂM, NHIỆM VỤ",
            f"{nominee_spec['full_name']} – {nominee_spec['position'] or 'tập thể'}, "
            f"{nominee_spec['workplace']}.",
            "II. THÀNH TÍCH ĐẠT ĐƯỢC",
            texts(nominee_spec["summary"], year),
            "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
            "Như danh sách kèm theo hồ sơ.",
        ]
    )


def proposal(proposal_round, unit, spec, forms, office, today, year):
    officer = submitter_of(unit) or office
    record, _created = workflow.get_or_create_draft(
        Proposal, officer, round=proposal_round, unit=unit
    )
    # The draft was begun a few days before it was sent (or, never sent, a week ago).
    restamp(record, days_ago(today, spec.get("sent_days_ago", 5) + 3, 14))
    signer_name, signer_position = spec["signer"]
    record.cover_number = spec["cover_number"]
    record.council_members = spec["council_members"]
    record.council_in_favour = spec["council_in_favour"]
    record.signer_name, record.signer_position = signer_name, signer_position
    if spec.get("sent_days_ago"):
        record.cover_date = today - timedelta(days=spec["sent_days_ago"] + 2)
    record.save()
    items = {item.code: item for item in proposal_round.checklist.all()}
    nominees = []
    for order, nominee_spec in enumerate(spec["nominees"]):
        groups = set(nominee_spec["groups"])
        nominee = ProposedNominee.objects.create(
            proposal=record,
            sort_order=order,
            kind=nominee_spec["kind"],
            full_name=nominee_spec["full_name"],
            birth_year=nominee_spec.get("birth_year"),
            gender=nominee_spec.get("gender", ""),
            position=nominee_spec["position"],
            workplace=nominee_spec["workplace"],
            award_form=forms[nominee_spec["award"]],
            small_collective="small_collective" in groups,
            grassroots_unit="grassroots_unit" in groups,
            direct_worker="direct_worker" in groups,
            worker="worker" in groups,
            farmer="farmer" in groups,
            members_total=nominee_spec.get("members_total"),
            members_titled=nominee_spec.get("members_titled"),
            summary=texts(nominee_spec["summary"], year),
            report_text=report_text(nominee_spec, year),
        )
        nominees.append((nominee, nominee_spec))
    if record.state == SubmissionState.DRAFT and spec["state"] == "draft":
        return record
    # The dossier: tờ trình, the unit council's minutes, a report per nominee.
    attach(
        record,
        items.get("to-trinh"),
        f"Tờ trình {record.cover_number} đề nghị khen thưởng tổng kết năm {year}",
        [f"{unit.name} đề nghị khen thưởng {len(nominees)} tập thể, cá nhân."],
        officer,
    )
    attach(
        record,
        items.get("bien-ban"),
        "Biên bản họp Hội đồng Thi đua – Khen thưởng",
        [
            f"Hội đồng có {record.council_members} thành viên, "
            f"{record.council_in_favour} thành viên đồng ý đề nghị."
        ],
        officer,
    )
    for nominee, _nominee_spec in nominees:
        attach(
            record,
            items.get("bao-cao"),
            f"Báo cáo thành tích – {nominee.full_name}",
            nominee.report_text.split("\n"),
            officer,
            nominee=nominee,
        )
    sent = days_ago(today, spec["sent_days_ago"])
    record, _changed = workflow.submit(record, officer, now=sent)
    restamp(record, sent)
    decide(record, nominees, office, today, spec)
    return record


def decide(record, nominees, office, today, spec):
    """The office's decisions per nominee, then the return or the acceptance."""
    if spec["state"] == "submitted":
        return
    moment = days_ago(today, spec.get("accepted_days_ago") or spec.get("returned_days_ago"), 15)
    for nominee, nominee_spec in nominees:
        nominee.decision = nominee_spec["decision"]
        nominee.decision_note = nominee_spec["note"]
        nominee.decided_at = moment
        nominee.decided_by = office
        nominee.save()
    if spec.get("complete_days_ago"):
        record.complete_on = today - timedelta(days=spec["complete_days_ago"])
        record.save(update_fields=["complete_on", "updated_at"])
    if spec["state"] == "returned":
        reasons = "; ".join(
            f"{nominee.full_name}: {nominee.decision_note}"
            for nominee, _spec in nominees
            if nominee.decision == NomineeDecision.RETURNED
        )
        workflow.return_for_changes(record, office, reasons, now=moment)
    else:
        workflow.accept(record, office, now=moment)
    restamp(record, moment)


# The council -------------------------------------------------------------------------------


def council(proposal_round, forms, office, today):
    """The State-level nominees put to public consultation (a draft round for the approver),
    the council's meeting on the provincial awards with its ballot totals, and the decision
    made from the vote, published: its awardees are in the look-up and the units told."""
    outcomes.make_consultation(proposal_round, office)
    spec = content.MEETING
    meeting = CouncilMeeting.objects.create(
        round=proposal_round,
        held_on=today - timedelta(days=spec["held_days_ago"]),
        place=spec["place"],
        chair=spec["chair"],
        members_total=spec["members_total"],
        members_present=spec["members_present"],
        created_by=office,
    )
    rows = {row.nominee.full_name: row for row in outcomes.ballot_rows(meeting)}
    for name, votes_for, votes_against, votes_invalid in spec["ballots"]:
        row = rows.get(name)
        if row is not None and row.votable:
            outcomes.record_ballot(meeting, row, votes_for, votes_against, votes_invalid, office)
    decision_spec = content.DECISION
    decision, _nominees = outcomes.make_decision(meeting, forms[decision_spec["award"]], office)
    # What the editor types before the approver publishes it.
    decision.number = decision_spec["number"]
    decision.signed_on = today - timedelta(days=decision_spec["signed_days_ago"])
    decision.title = (
        f"Quyết định {decision.number} tặng {decision.award_form} cho các tập thể, cá nhân "
        f"có thành tích xuất sắc năm {proposal_round.year}"
    )
    decision.save()
    publish(decision)
    return meeting
