"""The office's review of award proposals, apart from the screens: the processing clock in
working days, the dossier checklist, the decision on each nominee, and the reason a return
sends to the unit. Shared by the admin views, the work list and the council's workbook.

Decisions made here:
- The clock starts at 00:00 of the day the office finds the dossier complete and counts
  whole working days (WorkingCalendar); it is due after the round's `processing_days`, and
  stops once every nominee has a decision published, was closed, or was found not eligible.
- Returning a proposal empties `complete_on`: the dossier is no longer complete, and the
  clock starts again when the office finds it complete once more."""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from consultations.models.calendar import WorkingCalendar
from registrations.models import (
    DossierCheck,
    NomineeDecision,
    ProposedNominee,
    SubmissionState,
)

REVIEW_PROPOSAL = "registrations.review_proposal"
SENT = (SubmissionState.SUBMITTED, SubmissionState.ACCEPTED)
# Decisions the office may take on a nominee, and those that need a reason.
DECISIONS = (NomineeDecision.ACCEPTED, NomineeDecision.NOT_ACCEPTED, NomineeDecision.RETURNED)
NEEDS_REASON = (NomineeDecision.NOT_ACCEPTED, NomineeDecision.RETURNED)


class ReviewRefused(Exception):
    """The office's step is not possible now; says why."""


# The processing clock ------------------------------------------------------------------------

# A nominee still waiting for the decision that ends the clock.
STILL_OPEN = Q(nominees__award_decision__isnull=True, nominees__closed_reason="") & ~Q(
    nominees__decision=NomineeDecision.NOT_ACCEPTED
)


def with_open_nominees(proposals):
    return proposals.annotate(open_nominees=Count("nominees", filter=STILL_OPEN, distinct=True))


@dataclass
class Clock:
    used: int  # whole working days since the dossier was complete
    allowed: int
    due: datetime.datetime
    running: bool

    @property
    def remaining(self):
        return self.allowed - self.used

    @property
    def overdue(self):
        return self.running and self.used >= self.allowed

    @property
    def due_day(self):
        """The last working day within the time allowed."""
        return timezone.localtime(self.due - datetime.timedelta(microseconds=1)).date()


def clock_for(proposal, calendar=None, now=None):
    """The proposal's clock, or None before its dossier is complete. A proposal annotated by
    `with_open_nominees` tells whether the clock still runs without a further query."""
    if proposal.complete_on is None:
        return None
    calendar = calendar or WorkingCalendar.cached()
    now = now or timezone.now()
    start = timezone.make_aware(datetime.datetime.combine(proposal.complete_on, datetime.time.min))
    allowed = proposal.round.processing_days
    open_nominees = getattr(proposal, "open_nominees", None)
    if open_nominees is None:
        open_nominees = with_open_nominees(type(proposal).objects.filter(pk=proposal.pk))[
            0
        ].open_nominees
    return Clock(
        used=int(calendar.working_days_between(start, max(now, start))),
        allowed=allowed,
        due=calendar.earliest_closing(start, allowed),
        running=open_nominees > 0,
    )


# The dossier checklist -----------------------------------------------------------------------


@dataclass
class ChecklistRow:
    item: object
    nominee: object  # None: a document of the whole proposal
    check: DossierCheck | None
    documents: list

    @property
    def key(self):
        return f"{self.item.pk}-{self.nominee.pk if self.nominee else 0}"


def checklist_rows(proposal, nominees, items, checks, documents):
    """Each document the round asks of the proposal, then of each nominee, with the office's
    tick and the files the unit uploaded for it."""
    checks = {(check.item_id, check.nominee_id): check for check in checks}
    files = {}
    for document in documents:
        files.setdefault((document.checklist_item_id, document.nominee_id), []).append(document)
    rows = [
        ChecklistRow(item, None, checks.get((item.pk, None)), files.get((item.pk, None), []))
        for item in items
        if item.applies_to(None)
    ]
    for nominee in nominees:
        rows += [
            ChecklistRow(
                item,
                nominee,
                checks.get((item.pk, nominee.pk)),
                files.get((item.pk, nominee.pk), []),
            )
            for item in items
            if item.applies_to(nominee)
        ]
    return rows


@transaction.atomic
def save_checks(proposal, rows, ticks, user, now=None):
    """Record the office's ticks: {row key: (present, note)}; rows left out keep theirs."""
    now = now or timezone.now()
    new, changed = [], []
    for row in rows:
        if row.key not in ticks:
            continue
        present, note = ticks[row.key]
        check = row.check
        if check is None:
            new.append(
                DossierCheck(
                    proposal=proposal,
                    item=row.item,
                    nominee=row.nominee,
                    present=present,
                    note=note,
                    checked_at=now,
                    checked_by=user,
                )
            )
        elif (check.present, check.note) != (present, note):
            check.present, check.note, check.checked_at, check.checked_by = present, note, now, user
            changed.append(check)
    DossierCheck.objects.bulk_create(new)
    DossierCheck.objects.bulk_update(changed, ["present", "note", "checked_at", "checked_by"])
    return len(new) + len(changed)


def missing_required(rows):
    return [row for row in rows if row.item.required and not (row.check and row.check.present)]


def mark_complete(proposal, rows, day, user):
    """The dossier is complete from `day`: every required document ticked present."""
    if proposal.state not in SENT:
        raise ReviewRefused(_("Chỉ xác nhận hồ sơ đầy đủ khi đơn vị đã gửi."))
    missing = missing_required(rows)
    if missing:
        raise ReviewRefused(
            _("Hồ sơ còn thiếu: %(items)s. Đánh dấu đủ các thành phần bắt buộc trước.")
            % {"items": "; ".join(_row_label(row) for row in missing)}
        )
    if day > timezone.localdate():
        raise ReviewRefused(_("Ngày hồ sơ đầy đủ không được sau hôm nay."))
    proposal.complete_on = day
    proposal.save(update_fields=["complete_on", "updated_at"])
    return proposal


def _row_label(row):
    if row.nominee is None:
        return str(row.item)
    return f"{row.item} ({row.nominee.full_name})"


# The decision per nominee, the return and the acceptance -------------------------------------


def decide(nominee, decision, note, user, now=None):
    if nominee.proposal.state != SubmissionState.SUBMITTED:
        raise ReviewRefused(_("Chỉ thẩm định được khi hồ sơ đã gửi và đang chờ xử lý."))
    if decision not in DECISIONS:
        raise ReviewRefused(_("Kết quả thẩm định không hợp lệ."))
    if decision in NEEDS_REASON and not note.strip():
        raise ReviewRefused(_("Vui lòng nêu lý do."))
    nominee.decision = decision
    nominee.decision_note = note.strip()
    nominee.decided_at = now or timezone.now()
    nominee.decided_by = user
    nominee.save(update_fields=["decision", "decision_note", "decided_at", "decided_by"])
    return nominee


def return_reason(nominees, general=""):
    """The reason sent to the unit: the office's general remark, then each returned nominee
    with its own reason."""
    lines = [general.strip()] if general.strip() else []
    for nominee in nominees:
        if nominee.decision == NomineeDecision.RETURNED:
            lines.append(f"- {nominee.full_name}: {nominee.decision_note}")
    return "\n".join(lines)


def undecided(nominees):
    return [
        nominee
        for nominee in nominees
        if nominee.decision in (NomineeDecision.PENDING, NomineeDecision.RETURNED)
    ]


def check_acceptable(nominees):
    if not nominees:
        raise ReviewRefused(_("Hồ sơ chưa có người, tập thể nào được đề nghị."))
    waiting = undecided(nominees)
    if waiting:
        raise ReviewRefused(
            _(
                "Chưa tiếp nhận được: còn %(n)s người, tập thể chưa có kết quả thẩm định "
                "(%(names)s)."
            )
            % {"n": len(waiting), "names": ", ".join(nominee.full_name for nominee in waiting)}
        )


def nominees_of(proposal):
    return list(
        ProposedNominee.objects.filter(proposal=proposal)
        .select_related("award_form", "decided_by", "proposal__round", "proposal__unit")
        .order_by("sort_order", "pk")
    )
