"""The state changes of a registration or a result report, each under a row lock so two
requests at once (a double click, two officers of one unit, an officer and the office) cannot
both act on the same state; every change is logged and every submission kept as a version."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import audit
from core.dates import format_moment
from home.models import office_short_name
from registrations.models import (
    EDITABLE_STATES,
    Proposal,
    Registration,
    ResultReport,
    SubmissionLog,
    SubmissionState,
    SubmissionVersion,
)
from registrations.pagecache import purge_public_list

Action = SubmissionLog.Action


class TransitionRefused(Exception):
    """The change is not allowed in the record's current state or time; says why."""


def _owner_field(submission):
    if isinstance(submission, Registration):
        return "registration"
    return "proposal" if isinstance(submission, Proposal) else "report"


# Steps that also go to the site-wide audit log (a draft's creation is the unit's own).
AUDITED = {Action.SUBMITTED, Action.RETURNED, Action.ACCEPTED, Action.REOPENED}


def log(submission, action, user, note=""):
    if action in AUDITED and user is not None:
        audit.record(
            submission,
            f"tdkt.submission.{action}",
            user,
            title=f"{submission._meta.verbose_name} – {submission.unit}"[:255],
            note=str(note),
        )
    return SubmissionLog.objects.create(
        **{_owner_field(submission): submission}, action=action, user=user, note=note
    )


def get_or_create_draft(model, user, **lookup):
    """The unit's one record for a campaign or window, created as a draft the first time.
    Two first requests at once still make one record (the unique constraint decides)."""
    existing = model.objects.filter(**lookup).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            record = model.objects.create(**lookup)
            log(record, Action.CREATED, user)
            return record, True
    except IntegrityError:
        return model.objects.get(**lookup), False


def _locked(submission):
    return type(submission).objects.select_for_update().get(pk=submission.pk)


@transaction.atomic
def submit(submission, user, now=None):
    """Send the unit's record. A second submit of the same content (double click, resent
    form) finds it already sent and changes nothing: returns (record, False)."""
    now = now or timezone.now()
    record = _locked(submission)
    if record.state in (SubmissionState.SUBMITTED, SubmissionState.ACCEPTED):
        return record, False
    if not record.is_editable(now):
        deadline = format_moment(record.effective_deadline)
        raise TransitionRefused(
            _("Đã quá hạn gửi (%(deadline)s). Liên hệ %(office)s để được gia hạn.")
            % {"deadline": deadline, "office": office_short_name()}
        )
    if isinstance(record, ResultReport):
        record.recompute_total()
    record.ensure_reference_code()
    record.state = SubmissionState.SUBMITTED
    record.version += 1
    record.submitted_at = now
    record.first_submitted_at = record.first_submitted_at or now
    record.save()
    SubmissionVersion.objects.create(
        **{_owner_field(record): record},
        number=record.version,
        submitted_at=now,
        submitted_by=user,
        data=record.snapshot(),
    )
    purge_public_list()  # the public list shows sent and accepted records
    log(record, Action.SUBMITTED, user, note=_("Lần gửi thứ %(n)s") % {"n": record.version})
    return record, True


@transaction.atomic
def return_for_changes(submission, user, reason, until=None, now=None):
    """The office sends it back with a reason; `until` extends the deadline when needed."""
    now = now or timezone.now()
    record = _locked(submission)
    if record.state not in (SubmissionState.SUBMITTED, SubmissionState.ACCEPTED):
        raise TransitionRefused(_("Chỉ trả lại được bản đã gửi."))
    if not reason.strip():
        raise TransitionRefused(_("Vui lòng nêu lý do trả lại."))
    record.state = SubmissionState.RETURNED
    record.returned_at = now
    record.return_reason = reason.strip()
    record.accepted_at = None
    if until:
        record.reopened_until = until
    if record.effective_deadline <= now:
        raise TransitionRefused(_("Đã quá hạn: hãy chọn hạn nộp lại để đơn vị còn thời gian sửa."))
    record.save()
    purge_public_list()  # the public list shows sent and accepted records
    log(record, Action.RETURNED, user, note=reason.strip())
    return record


@transaction.atomic
def accept(submission, user, now=None):
    record = _locked(submission)
    if record.state != SubmissionState.SUBMITTED:
        raise TransitionRefused(_("Chỉ tiếp nhận được bản đã gửi, đang chờ duyệt."))
    record.state = SubmissionState.ACCEPTED
    record.accepted_at = now or timezone.now()
    record.save()
    purge_public_list()  # the public list shows sent and accepted records
    log(record, Action.ACCEPTED, user)
    return record


@transaction.atomic
def reopen(submission, user, until, now=None):
    """Give the unit until `until` to change and send it, after the deadline has passed.
    An accepted record stays accepted: returning it is the way to ask for changes."""
    now = now or timezone.now()
    record = _locked(submission)
    if until <= now:
        raise TransitionRefused(_("Hạn gia hạn phải sau thời điểm hiện tại."))
    if record.state not in EDITABLE_STATES:
        raise TransitionRefused(_("Bản này đã gửi; muốn đơn vị sửa thì hãy trả lại kèm lý do."))
    record.reopened_until = until
    record.save(update_fields=["reopened_until", "updated_at"])
    log(
        record,
        Action.REOPENED,
        user,
        note=_("Gia hạn đến %(until)s") % {"until": format_moment(until)},
    )
    return record
