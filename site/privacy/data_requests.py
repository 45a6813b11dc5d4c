"""What happens to a request: confirmation, the file of the person's data, erasure, closing.
Each step is e-mailed to the person and, when staff act, written to the audit log."""

import json
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from consultations.answers import sync_public_page
from consultations.models import PortalComment, Question, WorkingCalendar
from consultations.pagecache import purge_comments
from core import audit
from core.dates import format_moment
from core.exports import export_filename, xlsx_bytes
from core.mail import send_templated_email, site_url
from privacy import conf
from privacy.models import (
    OPEN_STATUSES,
    ConsentRecord,
    DataRequest,
    PendingConfirmation,
    RequestStatus,
    token_digest,
)
from privacy.sources import SOURCES
from privacy.tokens import new_confirmation_token, status_token

ANONYMOUS_NAME = "Ẩn danh"


def status_url(data_request):
    return site_url(reverse("privacy:status", args=[status_token(data_request)]))


def _email(data_request, template, **context):
    send_templated_email(
        f"privacy/email/{template}",
        {"data_request": data_request, "status_url": status_url(data_request), **context},
        [data_request.email],
    )


def delete_expired_confirmations(now=None):
    """Pending confirmations whose link has expired: what was asked is never a request."""
    now = now or timezone.now()
    deleted, _by_model = PendingConfirmation.objects.filter(
        created_at__lt=now - timedelta(seconds=conf.CONFIRM_MAX_AGE)
    ).delete()
    return deleted


def ask(kind, email, details=""):
    """A pending confirmation and the token of its link; expired ones are cleared."""
    now = timezone.now()
    delete_expired_confirmations(now)
    token = new_confirmation_token()
    PendingConfirmation.objects.create(
        token_digest=token_digest(token), kind=kind, email=email, details=details, created_at=now
    )
    return token


def pending(token):
    """The pending confirmation a link names, or None if unknown, used or expired."""
    since = timezone.now() - timedelta(seconds=conf.CONFIRM_MAX_AGE)
    return PendingConfirmation.objects.filter(
        token_digest=token_digest(token), created_at__gte=since
    ).first()


def confirmed_by(token):
    """The request a link already confirmed (the link opened twice)."""
    return DataRequest.objects.filter(confirmation_digest=token_digest(token)).first()


def confirm(token):
    """The request the link names, created on its first use (the pending row is consumed);
    the same request when the link is used again; None for an unknown or expired link."""
    digest = token_digest(token)
    try:
        with transaction.atomic():
            waiting = pending(token)
            if waiting is None:
                return confirmed_by(token)
            data_request = DataRequest.objects.create(
                kind=waiting.kind,
                email=waiting.email,
                details=waiting.details,
                confirmation_digest=digest,
                confirmed_at=timezone.now(),
            )
            waiting.delete()
            audit.record(data_request, "tdkt.privacy.confirmed", None, title=str(data_request))
    except IntegrityError:  # the same link confirmed twice at the same moment
        return confirmed_by(token)
    _email(data_request, "received")
    return data_request


# The person's data -------------------------------------------------------------------------


def comments_of(email):
    return PortalComment.objects.filter(user_email__iexact=email).select_related("page")


def questions_of(email):
    return Question.objects.filter(email__iexact=email)


def consents_of(comments, questions, email=None):
    by_type = [
        (ContentType.objects.get_for_model(PortalComment), [c.pk for c in comments]),
        (ContentType.objects.get_for_model(Question), [q.pk for q in questions]),
    ]
    for source in SOURCES if email else ():
        model, ids = source.consent_records(email)
        by_type.append((ContentType.objects.get_for_model(model), list(ids)))
    records = ConsentRecord.objects.none()
    for content_type, ids in by_type:
        records |= ConsentRecord.objects.filter(content_type=content_type, object_id__in=ids)
    return records.select_related("consent_text", "content_type")


def personal_data(email):
    """Every opinion, comment and question sent with this address, what the apps registered in
    `privacy.sources` hold for it, and the consents given."""
    comments = list(comments_of(email))
    questions = list(questions_of(email))
    consents = list(consents_of(comments, questions, email))
    return {
        **{source.key: source.rows(email) for source in SOURCES},
        "comments": [
            {
                "ma": c.reference_code,
                "loai": str(c.kind_label),
                "trang": c.page.title,
                "ho_ten": c.user_name,
                "thu_dien_tu": c.user_email,
                "dien_thoai": c.phone,
                "dia_chi": c.address,
                "quan_diem": c.get_stance_display() if c.stance else "",
                "noi_dung": c.comment,
                "gui_luc": format_moment(c.submit_date),
            }
            for c in comments
        ],
        "questions": [
            {
                "ma": q.reference_code,
                "ho_ten": q.name,
                "thu_dien_tu": q.email,
                "dien_thoai": q.phone,
                "noi_dung": q.text,
                "gui_luc": format_moment(q.submitted_at),
                "trang_thai": q.get_state_display(),
            }
            for q in questions
        ],
        "consents": [
            {
                "muc_dich": r.get_purpose_display(),
                "phien_ban": r.consent_text.version,
                "loi_dong_y": r.consent_text.text,
                "dong_y_luc": format_moment(r.given_at),
                "rut_lai_luc": format_moment(r.withdrawn_at),
            }
            for r in consents
        ],
    }


SHEETS = {
    "comments": (
        _("Ý kiến, bình luận"),
        ["Mã", "Loại", "Trang", "Họ tên", "Thư điện tử", "Điện thoại", "Địa chỉ", "Quan điểm",
         "Nội dung", "Gửi lúc"],
    ),
    "questions": (
        _("Câu hỏi, kiến nghị"),
        ["Mã", "Họ tên", "Thư điện tử", "Điện thoại", "Nội dung", "Gửi lúc", "Trạng thái"],
    ),
    "consents": (
        _("Sự đồng ý đã cho"),
        ["Mục đích", "Phiên bản", "Lời đồng ý", "Đồng ý lúc", "Rút lại lúc"],
    ),
}  # fmt: skip


def data_file(email, fmt="xlsx"):
    data = personal_data(email)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2).encode(), "json"
    sheets = [
        (title, header, [list(row.values()) for row in data[key]])
        for key, (title, header) in SHEETS.items()
    ]
    sheets[-1:-1] = [
        (source.title, source.header, [list(row.values()) for row in data[source.key]])
        for source in SOURCES
    ]
    return xlsx_bytes(sheets, title=_("Dữ liệu cá nhân đã gửi tới Cổng thông tin")), "xlsx"


def send_file(data_request, user, fmt="xlsx"):
    content, extension = data_file(data_request.email, fmt)
    name = export_filename("du lieu ca nhan", data_request.reference_code, extension=extension)
    if data_request.data_file:
        data_request.data_file.delete(save=False)
    data_request.data_file.save(name, ContentFile(content), save=False)
    data_request.file_sent_at = timezone.now()
    if data_request.status == RequestStatus.RECEIVED:
        data_request.status = RequestStatus.IN_PROGRESS
    data_request.save()
    audit.record(data_request, "tdkt.privacy.file_sent", user, title=str(data_request), format=fmt)
    _email(data_request, "file_sent")


def erase(data_request, user):
    """Removes the contact data of everything sent with the address: the text of a published
    opinion may stay, unsigned. The consents given for it are marked withdrawn."""
    now = timezone.now()
    comments = comments_of(data_request.email)
    questions = questions_of(data_request.email)
    with transaction.atomic():
        consents_of(list(comments), list(questions), data_request.email).filter(
            withdrawn_at=None
        ).update(withdrawn_at=now)
        counts = {"comments": comments.count(), "questions": questions.count()}
        for source in SOURCES:
            counts[source.key] = source.erase(data_request.email, now)
        for question in questions:
            if question.attachment:
                question.attachment.delete(save=False)
        published = [question for question in questions if question.public_page_id]
        # Published opinions stay, unsigned: the pages showing them change.
        purge_comments(comments.values_list("pk", flat=True))
        questions.update(
            name=ANONYMOUS_NAME,
            email="",
            phone="",
            ip_address=None,
            attachment="",
            publication_consent=False,
        )
        comments.update(
            user_name=ANONYMOUS_NAME,
            user_email="",
            user_url="",
            phone="",
            address="",
            ip_address=None,
            contacts_erased_at=now,
        )
        data_request.erased_at = now
        if data_request.status == RequestStatus.RECEIVED:
            data_request.status = RequestStatus.IN_PROGRESS
        data_request.save()
        audit.record(data_request, "tdkt.privacy.erased", user, title=str(data_request), **counts)
        # Published answers stay, no longer naming the person by initials.
        for question in published:
            question.refresh_from_db()
            sync_public_page(question, user)
    _email(data_request, "erased", counts=counts)
    return counts


def mark_done(data_request, user, note):
    data_request.status = RequestStatus.DONE
    data_request.note = note
    data_request.done_at = timezone.now()
    data_request.save()
    audit.record(data_request, "tdkt.privacy.done", user, title=str(data_request))
    _email(data_request, "done")


class AlreadyExtended(Exception):
    """The deadline was extended once already (or the request is closed)."""


def extend(data_request, user, reason):
    """Extends the answer deadline once, by conf.extension_days() working days counted from the
    deadline it replaces; the person is told the new date and the reason."""
    now = timezone.now()
    new_due = WorkingCalendar().earliest_closing(data_request.due_by, conf.extension_days())
    with transaction.atomic():
        # Conditional, so that two clicks at once extend only once.
        updated = DataRequest.objects.filter(
            pk=data_request.pk, extended_at=None, status__in=OPEN_STATUSES
        ).update(
            extended_at=now,
            extended_by=audit.concrete(user),
            extension_reason=reason,
            due_before_extension=data_request.due_by,
            due_by=new_due,
        )
        if not updated:
            raise AlreadyExtended
        data_request.refresh_from_db()
        audit.record(
            data_request,
            "tdkt.privacy.extended",
            user,
            title=str(data_request),
            due_by=format_moment(new_due),
            working_days=conf.extension_days(),
        )
    _email(data_request, "extended")
    return data_request
