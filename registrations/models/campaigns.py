"""The year's emulation campaign: when units register, for which titles and movements, and
the report windows (mid-year, year-end) with their own deadlines."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable

from core.blocks import DocumentLinkBlock
from news.models import AwardForm


def parse_reminder_days(value):
    """'7, 3, 1' -> [7, 3, 1]; raises ValueError on anything else."""
    days = sorted({int(part) for part in str(value).replace(";", ",").split(",") if part.strip()})
    if any(day < 1 or day > 60 for day in days):
        raise ValueError(value)
    return sorted(days, reverse=True)


def validate_reminder_days(value):
    try:
        parse_reminder_days(value)
    except ValueError as error:
        raise ValidationError(
            _("Nhập các số ngày từ 1 đến 60, cách nhau bởi dấu phẩy (ví dụ: 7, 3, 1).")
        ) from error


class Window:
    """What a campaign and a report window share: an opening, a deadline, their state."""

    def is_open(self, now=None):
        now = now or timezone.now()
        return self.opens_at <= now < self.deadline

    def has_closed(self, now=None):
        return (now or timezone.now()) >= self.deadline

    def clean_window(self):
        if self.opens_at and self.deadline and self.deadline <= self.opens_at:
            raise ValidationError({"deadline": _("Hạn cuối phải sau thời điểm mở.")})


class Campaign(Window, ClusterableModel):
    year = models.PositiveIntegerField(_("Năm"))
    title = models.CharField(_("Tên đợt đăng ký"), max_length=255)
    opens_at = models.DateTimeField(_("Mở đăng ký từ"))
    deadline = models.DateTimeField(
        _("Hạn cuối đăng ký"), help_text=_("Giờ Việt Nam; sau thời điểm này đơn vị không gửi được.")
    )
    collective_titles = ParentalManyToManyField(
        AwardForm,
        verbose_name=_("Danh hiệu tập thể được đăng ký"),
        related_name="+",
        blank=True,
    )
    individual_titles = ParentalManyToManyField(
        AwardForm,
        verbose_name=_("Danh hiệu cá nhân được đăng ký"),
        related_name="+",
        blank=True,
    )
    movements = ParentalManyToManyField(
        "exemplars.MovementPage",
        verbose_name=_("Phong trào thi đua đơn vị có thể tham gia"),
        related_name="+",
        blank=True,
    )
    instructions = RichTextField(
        _("Hướng dẫn"), blank=True, features=["bold", "italic", "ol", "ul", "link"]
    )
    templates = StreamField(
        [("document", DocumentLinkBlock())], verbose_name=_("Biểu mẫu kèm theo"), blank=True
    )
    reminder_days = models.CharField(
        _("Nhắc hạn trước (ngày)"),
        max_length=50,
        default="7, 3, 1",
        validators=[validate_reminder_days],
        help_text=_(
            "Thư nhắc các đơn vị chưa gửi, trước hạn đăng ký và hạn mỗi kỳ báo cáo "
            "bấy nhiêu ngày. Ví dụ: 7, 3, 1."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("title")]),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("deadline")]),
        MultiFieldPanel(
            [
                FieldPanel("collective_titles"),
                FieldPanel("individual_titles"),
                FieldPanel("movements"),
            ],
            heading=_("Nội dung được đăng ký"),
        ),
        FieldPanel("instructions"),
        FieldPanel("templates"),
        FieldPanel("reminder_days"),
        InlinePanel("windows", heading=_("Kỳ báo cáo kết quả"), label=_("Kỳ báo cáo")),
    ]

    class Meta:
        verbose_name = _("Đợt đăng ký thi đua")
        verbose_name_plural = _("Đợt đăng ký thi đua")
        ordering = ["-year", "-opens_at"]

    def __str__(self):
        return self.title

    def clean(self):
        self.clean_window()

    @property
    def reminder_day_list(self):
        return parse_reminder_days(self.reminder_days)

    @classmethod
    def current(cls, now=None):
        """The campaign open now; else the latest one already opened (to show its results)."""
        now = now or timezone.now()
        open_now = cls.objects.filter(opens_at__lte=now, deadline__gt=now).order_by("deadline")
        return (
            open_now.first() or cls.objects.filter(opens_at__lte=now).order_by("-opens_at").first()
        )


class ReportWindow(Window, Orderable):
    """A result report round of a campaign (mid-year, year-end) with its own deadline."""

    class Kind(models.TextChoices):
        MID_YEAR = "giua_nam", _("Sơ kết 6 tháng")
        YEAR_END = "cuoi_nam", _("Tổng kết năm")

    campaign = ParentalKey(Campaign, on_delete=models.CASCADE, related_name="windows")
    kind = models.CharField(_("Kỳ"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("Tên kỳ báo cáo"), max_length=255)
    opens_at = models.DateTimeField(_("Mở nhận báo cáo từ"))
    deadline = models.DateTimeField(_("Hạn gửi báo cáo"))

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("title")]),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("deadline")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Kỳ báo cáo")
        verbose_name_plural = _("Kỳ báo cáo")

    def __str__(self):
        return self.title

    def clean(self):
        self.clean_window()
