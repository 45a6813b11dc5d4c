"""A personal data breach: what happened, what and whom it touched, what was done, and when
the authority and the people affected were told. The authority must be told within 72 hours
of the breach being found (Luật 91/2025/QH15; Nghị định 356/2025/NĐ-CP); the clock runs from
`found_at`."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

NOTIFICATION_HOURS = 72

# Fields whose change is named in the audit log (their values stay in the register only).
TRACKED_FIELDS = (
    "title",
    "description",
    "occurred_at",
    "found_at",
    "data_kinds",
    "people_kinds",
    "people_affected",
    "records_affected",
    "sensitive_data",
    "measures",
    "authority_notified_at",
    "authority_reference",
    "late_reason",
    "people_notified_at",
    "status",
)


class BreachStatus(models.TextChoices):
    FOUND = "found", _("Mới phát hiện")
    HANDLING = "handling", _("Đang xử lý")
    CONTAINED = "contained", _("Đã khắc phục")
    CLOSED = "closed", _("Đã kết thúc")


class ClockState(models.TextChoices):
    RUNNING = "running", _("Còn hạn")
    OVERDUE = "overdue", _("Quá hạn")
    ON_TIME = "on_time", _("Đã thông báo đúng hạn")
    LATE = "late", _("Đã thông báo muộn")


class Breach(models.Model):
    title = models.CharField(
        _("Tóm tắt sự cố"),
        max_length=200,
        help_text=_("Ví dụ: Gửi nhầm danh sách người góp ý kèm số điện thoại cho đơn vị khác."),
    )
    description = models.TextField(
        _("Diễn biến sự việc"), help_text=_("Chuyện gì đã xảy ra, phát hiện thế nào, do đâu.")
    )
    occurred_at = models.DateTimeField(
        _("Xảy ra lúc"), null=True, blank=True, help_text=_("Để trống nếu chưa rõ.")
    )
    found_at = models.DateTimeField(
        _("Phát hiện lúc"),
        default=timezone.now,
        help_text=_("Thời hạn 72 giờ thông báo cơ quan chuyên trách tính từ thời điểm này."),
    )
    data_kinds = models.TextField(
        _("Loại dữ liệu bị ảnh hưởng"),
        help_text=_("Ví dụ: họ tên, số điện thoại, thư điện tử, địa chỉ của người góp ý."),
    )
    sensitive_data = models.BooleanField(
        _("Có dữ liệu cá nhân nhạy cảm"),
        default=False,
        help_text=_("Ví dụ: sức khỏe, tài chính, vị trí, dữ liệu sinh trắc học."),
    )
    people_kinds = models.CharField(
        _("Nhóm người bị ảnh hưởng"),
        max_length=300,
        help_text=_("Ví dụ: người góp ý về người được đề nghị khen thưởng; người gửi câu hỏi."),
    )
    people_affected = models.PositiveIntegerField(
        _("Số người bị ảnh hưởng (ước tính)"), null=True, blank=True
    )
    records_affected = models.PositiveIntegerField(
        _("Số bản ghi bị ảnh hưởng (ước tính)"), null=True, blank=True
    )
    measures = models.TextField(
        _("Biện pháp đã thực hiện"),
        blank=True,
        help_text=_("Ngăn chặn, khắc phục, giảm thiểu tác hại; ai làm, khi nào."),
    )
    authority_notified_at = models.DateTimeField(
        _("Đã thông báo cơ quan chuyên trách lúc"),
        null=True,
        blank=True,
        help_text=_("Cơ quan chuyên trách bảo vệ dữ liệu cá nhân (Bộ Công an)."),
    )
    authority_reference = models.CharField(
        _("Số, ký hiệu văn bản thông báo"), max_length=100, blank=True
    )
    late_reason = models.TextField(
        _("Lý do thông báo sau 72 giờ"),
        blank=True,
        help_text=_("Bắt buộc ghi khi thông báo cơ quan chuyên trách quá 72 giờ."),
    )
    people_notified_at = models.DateTimeField(
        _("Đã thông báo người bị ảnh hưởng lúc"), null=True, blank=True
    )
    status = models.CharField(
        _("Tình trạng"),
        max_length=12,
        choices=BreachStatus.choices,
        default=BreachStatus.FOUND,
        db_index=True,
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Người ghi nhận"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("Ghi vào sổ lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("Cập nhật lúc"), auto_now=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("title"),
                FieldPanel("description"),
                FieldRowPanel([FieldPanel("occurred_at"), FieldPanel("found_at")]),
                FieldPanel("status"),
            ],
            heading=_("Sự cố"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("data_kinds"),
                FieldPanel("sensitive_data"),
                FieldPanel("people_kinds"),
                FieldRowPanel([FieldPanel("people_affected"), FieldPanel("records_affected")]),
            ],
            heading=_("Dữ liệu và người bị ảnh hưởng"),
        ),
        FieldPanel("measures"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("authority_notified_at"), FieldPanel("authority_reference")]
                ),
                FieldPanel("late_reason"),
                FieldPanel("people_notified_at"),
            ],
            heading=_("Thông báo (trong 72 giờ kể từ khi phát hiện)"),
        ),
    ]

    class Meta:
        ordering = ["-found_at"]
        verbose_name = _("Sự cố dữ liệu cá nhân")
        verbose_name_plural = _("Sổ theo dõi sự cố dữ liệu cá nhân")

    def __str__(self):
        return self.title

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # What was stored, so that a save can say which fields it changed.
        instance._stored = {name: getattr(instance, name, None) for name in TRACKED_FIELDS}
        return instance

    def changed_fields(self):
        stored = getattr(self, "_stored", None)
        if stored is None:
            return list(TRACKED_FIELDS)
        return [name for name in TRACKED_FIELDS if getattr(self, name) != stored[name]]

    @property
    def notification_deadline(self):
        return self.found_at + datetime.timedelta(hours=NOTIFICATION_HOURS)

    def clock(self, now=None):
        """Where the 72-hour notification clock stands: (state, hours left or late)."""
        deadline = self.notification_deadline
        if self.authority_notified_at is not None:
            if self.authority_notified_at <= deadline:
                return ClockState.ON_TIME, 0
            late = self.authority_notified_at - deadline
            return ClockState.LATE, _hours(late)
        now = now or timezone.now()
        if now <= deadline:
            return ClockState.RUNNING, _hours(deadline - now)
        return ClockState.OVERDUE, _hours(now - deadline)

    @property
    def is_overdue(self):
        return self.clock()[0] == ClockState.OVERDUE

    def clean(self):
        from django.core.exceptions import ValidationError

        errors = {}
        if self.occurred_at and self.found_at and self.occurred_at > self.found_at:
            errors["occurred_at"] = _("Thời điểm xảy ra không thể sau thời điểm phát hiện.")
        if (
            self.authority_notified_at
            and self.found_at
            and self.authority_notified_at > self.notification_deadline
            and not self.late_reason.strip()
        ):
            errors["late_reason"] = _(
                "Thông báo sau 72 giờ kể từ khi phát hiện: vui lòng ghi lý do chậm."
            )
        if errors:
            raise ValidationError(errors)


def _hours(delta):
    """Whole hours, rounded up: 30 minutes left is "1 giờ", not "0 giờ"."""
    seconds = delta.total_seconds()
    return int(-(-seconds // 3600))
