"""What happens to a request: sent by the citizen, then acknowledged, more papers asked for,
answered or refused by the secretariat. Each step is e-mailed to the citizen (when an address
was given) and written to the audit log; each staff step runs under a row lock, so two clicks
or two officers at once act once."""

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from award_requests.forms import PURPOSE_HANDLING, PURPOSE_IDENTITY
from award_requests.models import OPEN_STATUSES, AwardRequest, RequestStatus
from award_requests.tokens import status_token
from core import audit
from core.mail import send_templated_email, site_url
from privacy.models import record_consent

ACTIONS = {
    "tdkt.award_request.submitted": _("Công dân gửi đề nghị xác nhận, cấp đổi, cấp lại"),
    "tdkt.award_request.acknowledged": _("Tiếp nhận đề nghị xác nhận, cấp đổi, cấp lại"),
    "tdkt.award_request.papers_requested": _("Yêu cầu bổ sung giấy tờ cho đề nghị"),
    "tdkt.award_request.answered": _("Trả lời đề nghị xác nhận, cấp đổi, cấp lại"),
    "tdkt.award_request.refused": _("Từ chối giải quyết đề nghị xác nhận, cấp đổi, cấp lại"),
    "tdkt.award_request.scan_viewed": _("Xem bản chụp giấy tờ tùy thân của người đề nghị"),
    "tdkt.award_request.retention_erased": _(
        "Xóa thông tin cá nhân của đề nghị khi hết thời hạn lưu giữ"
    ),
}
audit.add_actions(ACTIONS)

REQUEST_FIELDS = [
    "kind",
    "requester_name",
    "requester_phone",
    "requester_email",
    "requester_address",
    "relation",
    "awardee_name",
    "awardee_birth_year",
    "awardee_native_place",
    "verification_code",
    "award_name",
    "decision_number",
    "award_year",
    "issuing_level",
    "reason",
    "reissue_cause",
]


class NotOpen(Exception):
    """The request was closed meanwhile (from another screen)."""


def status_url(award_request):
    return site_url(reverse("award_requests:status", args=[status_token(award_request)]))


def _email(award_request, template):
    send_templated_email(
        f"award_requests/email/{template}",
        {"award_request": award_request, "status_url": status_url(award_request)},
        [award_request.requester_email],
    )


def submit(form):
    """Stores the request of a valid AwardRequestForm with its scan and the consents shown;
    the same request when the form was sent twice."""
    data = form.cleaned_data
    existing = AwardRequest.objects.filter(submission_key=data["submission_key"]).first()
    if existing is not None:
        return existing
    now = timezone.now()
    award_request = AwardRequest(
        submission_key=data["submission_key"],
        submitted_at=now,
        awardee=form.found_awardee,
        **{name: data.get(name) for name in REQUEST_FIELDS},
    )
    for name in ("requester_email", "awardee_native_place", "verification_code", "award_name",
                 "decision_number", "issuing_level", "reissue_cause"):  # fmt: skip
        setattr(award_request, name, getattr(award_request, name) or "")
    try:
        with transaction.atomic():
            # The stored name is ours: the time and the real type's extension, never the name
            # the citizen's file had.
            award_request.identity_scan.save(
                f"giay-to-{now:%Y%m%d%H%M%S}{form.scan_extension}",
                data["identity_scan"],
                save=False,
            )
            award_request.save()
            for purpose, field in (
                (PURPOSE_HANDLING, "consent_handling"),
                (PURPOSE_IDENTITY, "consent_identity"),
            ):
                record_consent(award_request, purpose, form.fields[field].label, now)
            audit.record(
                award_request, "tdkt.award_request.submitted", None, title=str(award_request)
            )
    except IntegrityError:  # the same form sent twice at the same moment
        award_request.identity_scan.delete(save=False)
        existing = AwardRequest.objects.filter(submission_key=data["submission_key"]).first()
        if existing is None:
            raise
        return existing
    _email(award_request, "received")
    return award_request


def _locked_open(award_request):
    locked = AwardRequest.objects.select_for_update().get(pk=award_request.pk)
    if locked.status not in OPEN_STATUSES:
        raise NotOpen
    return locked


def acknowledge(award_request, user):
    with transaction.atomic():
        locked = _locked_open(award_request)
        if locked.acknowledged_at is None:
            locked.acknowledged_at = timezone.now()
        locked.status = RequestStatus.ACKNOWLEDGED
        locked.save()
        audit.record(locked, "tdkt.award_request.acknowledged", user, title=str(locked))
    _email(locked, "acknowledged")
    return locked


def ask_for_papers(award_request, user, papers):
    with transaction.atomic():
        locked = _locked_open(award_request)
        now = timezone.now()
        locked.acknowledged_at = locked.acknowledged_at or now
        locked.papers_requested = papers
        locked.papers_requested_at = now
        locked.status = RequestStatus.MORE_PAPERS
        locked.save()
        audit.record(locked, "tdkt.award_request.papers_requested", user, title=str(locked))
    _email(locked, "papers_requested")
    return locked


def _close(award_request, user, status, answer, action, reply_file=None, extension=".pdf"):
    with transaction.atomic():
        locked = _locked_open(award_request)
        now = timezone.now()
        locked.acknowledged_at = locked.acknowledged_at or now
        locked.status = status
        locked.answer = answer
        locked.closed_at = now
        if reply_file is not None:
            locked.answer_file.save(
                f"tra-loi-{locked.reference_code}{extension}", reply_file, save=False
            )
        locked.save()
        audit.record(locked, action, user, title=str(locked))
    _email(locked, status)
    return locked


def answer(award_request, user, text, reply_file=None):
    return _close(
        award_request,
        user,
        RequestStatus.ANSWERED,
        text,
        "tdkt.award_request.answered",
        reply_file,
    )


def refuse(award_request, user, reason):
    return _close(award_request, user, RequestStatus.REFUSED, reason, "tdkt.award_request.refused")
