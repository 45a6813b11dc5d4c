"""Proof of consent (who, when, which exact text, for which purpose) and citizens' requests
about their personal data, with their deadlines in working days."""

import hashlib

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.codes import new_reference_code
from core.uploads import private_storage
from privacy import conf


class ConsentPurpose(models.TextChoices):
    OPINION = "opinion", _("Góp ý kiến về người được đề nghị khen thưởng")
    COMMENT = "comment", _("Gửi ý kiến bạn đọc")
    QUESTION = "question", _("Gửi câu hỏi, kiến nghị và nhận trả lời qua thư điện tử")
    PUBLICATION = "publication", _("Công khai câu hỏi và câu trả lời, ghi tên viết tắt")
    AWARD_REQUEST = (
        "award_request",
        _("Giải quyết đề nghị xác nhận, cấp đổi, cấp lại hiện vật khen thưởng"),
    )
    AWARD_REQUEST_IDENTITY = (
        "award_request_id",
        _("Xác minh người đề nghị bằng bản chụp giấy tờ tùy thân"),
    )


class ConsentText(models.Model):
    """A version of the consent wording of one purpose, exactly as the form showed it."""

    purpose = models.CharField(_("Mục đích"), max_length=20, choices=ConsentPurpose.choices)
    version = models.PositiveIntegerField(_("Phiên bản"))
    text = models.TextField(_("Nội dung lời đồng ý"))
    valid_from = models.DateTimeField(_("Áp dụng từ"), default=timezone.now)

    class Meta:
        ordering = ["purpose", "-version"]
        unique_together = [("purpose", "version")]
        verbose_name = _("Nội dung lời đồng ý")
        verbose_name_plural = _("Nội dung lời đồng ý")

    def __str__(self):
        return f"{self.get_purpose_display()} – phiên bản {self.version}"

    @classmethod
    def for_shown(cls, purpose, text):
        """The version holding exactly `text`; a new version from now on when the wording
        shown has changed, so every record points at the words the person saw."""
        text = str(text)
        existing = cls.objects.filter(purpose=purpose, text=text).order_by("-version").first()
        if existing is not None:
            return existing
        latest = cls.objects.filter(purpose=purpose).order_by("-version").first()
        return cls.objects.create(
            purpose=purpose, text=text, version=(latest.version + 1) if latest else 1
        )


class ConsentRecord(models.Model):
    """One consent given, never pre-ticked: to what submission, for which purpose, when and
    with which text."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    submission = GenericForeignKey("content_type", "object_id")
    purpose = models.CharField(_("Mục đích"), max_length=20, choices=ConsentPurpose.choices)
    consent_text = models.ForeignKey(
        ConsentText, verbose_name=_("Lời đồng ý"), on_delete=models.PROTECT, related_name="records"
    )
    given_at = models.DateTimeField(_("Đồng ý lúc"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("Rút lại lúc"), null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["content_type", "object_id"])]
        ordering = ["-given_at"]
        verbose_name = _("Bằng chứng đồng ý")
        verbose_name_plural = _("Bằng chứng đồng ý")

    def __str__(self):
        return f"{self.get_purpose_display()} – {self.given_at:%d/%m/%Y %H:%M}"


def record_consent(submission, purpose, text, given_at=None):
    """Called beside the submission's own save, in the same transaction."""
    return ConsentRecord.objects.create(
        content_type=ContentType.objects.get_for_model(submission),
        object_id=submission.pk,
        purpose=purpose,
        consent_text=ConsentText.for_shown(purpose, text),
        given_at=given_at or timezone.now(),
    )


class RequestKind(models.TextChoices):
    ACCESS = "access", _("Xem, sao chép dữ liệu")
    CORRECT = "correct", _("Sửa dữ liệu")
    DELETE = "delete", _("Xóa dữ liệu")
    WITHDRAW = "withdraw", _("Rút lại sự đồng ý")
    RESTRICT = "restrict", _("Hạn chế hoặc phản đối xử lý dữ liệu")


class RequestStatus(models.TextChoices):
    RECEIVED = "received", _("Đã tiếp nhận")
    IN_PROGRESS = "in_progress", _("Đang xử lý")
    DONE = "done", _("Đã hoàn thành")


OPEN_STATUSES = [RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS]

# What replaces the requester's address and free texts once the retention period is over. The
# address is never left empty: an empty one would find every erased comment and question.
ERASED = "[đã xóa]"


def token_digest(token):
    return hashlib.sha256(str(token).encode()).hexdigest()


class PendingConfirmation(models.Model):
    """What a person asked, waiting for them to open the link e-mailed to the address given. It
    is not a request yet; the link names it by a random token (only its digest is kept), so no
    e-mail address travels in an address (URL). Expired ones are cleared as new ones come."""

    token_digest = models.CharField(max_length=64, unique=True)
    kind = models.CharField(max_length=12, choices=RequestKind.choices)
    email = models.EmailField()
    details = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self):
        return f"{self.get_kind_display()} – {self.created_at:%d/%m/%Y %H:%M}"


class DataRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self, now=None):
        return self.open().filter(due_by__lt=now or timezone.now())


class DataRequest(models.Model):
    """A request confirmed through the link e-mailed to the address the data was given with."""

    reference_code = models.CharField(_("Mã tiếp nhận"), max_length=20, unique=True)
    kind = models.CharField(_("Loại yêu cầu"), max_length=12, choices=RequestKind.choices)
    email = models.EmailField(_("Thư điện tử"))
    details = models.TextField(_("Nội dung yêu cầu"), blank=True)
    # The confirmation link works once: its digest is kept, never the link itself.
    confirmation_digest = models.CharField(max_length=64, unique=True, editable=False)
    confirmed_at = models.DateTimeField(_("Xác nhận lúc"), default=timezone.now, db_index=True)
    acknowledge_by = models.DateTimeField(_("Hạn báo nhận"))
    due_by = models.DateTimeField(_("Hạn trả lời"), db_index=True)
    status = models.CharField(
        _("Trạng thái"),
        max_length=12,
        choices=RequestStatus.choices,
        default=RequestStatus.RECEIVED,
        db_index=True,
    )
    data_file = models.FileField(
        _("Tệp dữ liệu đã gửi"), storage=private_storage, upload_to="du-lieu-ca-nhan/", blank=True
    )
    file_sent_at = models.DateTimeField(_("Gửi tệp lúc"), null=True, blank=True)
    erased_at = models.DateTimeField(_("Xóa, ẩn danh lúc"), null=True, blank=True)
    done_at = models.DateTimeField(_("Hoàn thành lúc"), null=True, blank=True)
    note = models.TextField(_("Kết quả xử lý"), blank=True)
    # The answer deadline may be extended once, with a reason told to the person.
    extended_at = models.DateTimeField(_("Gia hạn lúc"), null=True, blank=True)
    extended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Người gia hạn"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    extension_reason = models.TextField(_("Lý do gia hạn"), blank=True)
    due_before_extension = models.DateTimeField(_("Hạn trả lời ban đầu"), null=True, blank=True)
    requester_erased_at = models.DateTimeField(
        _("Xóa thông tin người yêu cầu lúc"), null=True, blank=True
    )

    objects = DataRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-confirmed_at"]
        verbose_name = _("Yêu cầu về dữ liệu cá nhân")
        verbose_name_plural = _("Yêu cầu về dữ liệu cá nhân")

    def __str__(self):
        return f"{self.reference_code} – {self.get_kind_display()}"

    def save(self, *args, **kwargs):
        if not self.reference_code:
            self.reference_code = new_reference_code("DL")
        if not self.due_by:
            self.set_deadlines()
        super().save(*args, **kwargs)

    def set_deadlines(self, calendar=None):
        from consultations.models.calendar import WorkingCalendar  # a real cycle (consent records)

        calendar = calendar or WorkingCalendar()
        self.acknowledge_by = calendar.earliest_closing(self.confirmed_at, conf.acknowledge_days())
        self.due_by = WorkingCalendar(calendar.holidays).earliest_closing(
            self.confirmed_at, conf.answer_days(self.kind)
        )

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    def is_overdue(self, now=None):
        return self.is_open and self.due_by < (now or timezone.now())

    @property
    def is_extended(self):
        return self.extended_at is not None
