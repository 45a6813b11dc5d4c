"""What a unit sends: its registration for the year, its result reports and (in
`registrations.models.proposals`) its award proposals.

All follow one flow (draft → submitted → returned with a reason / accepted), enforced in
`registrations.workflow`; every submission is kept as a version, and every state change is
logged with who and when."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.codes import new_reference_code
from core.uploads import private_storage  # noqa: F401  (named by migration 0002)
from news.models import AwardForm
from registrations.models.campaigns import Campaign, ReportWindow
from registrations.models.units import Cluster, ClusterCriterion, Unit


class SubmissionState(models.TextChoices):
    DRAFT = "draft", _("Bản nháp")
    SUBMITTED = "submitted", _("Đã gửi, chờ duyệt")
    RETURNED = "returned", _("Trả lại để bổ sung")
    ACCEPTED = "accepted", _("Đã tiếp nhận")


EDITABLE_STATES = (SubmissionState.DRAFT, SubmissionState.RETURNED)


class Submission(models.Model):
    """Shared by the registration and the result report."""

    unit = models.ForeignKey(Unit, verbose_name=_("Đơn vị"), on_delete=models.PROTECT)
    state = models.CharField(
        _("Trạng thái"),
        max_length=10,
        choices=SubmissionState.choices,
        default=SubmissionState.DRAFT,
        db_index=True,
    )
    reference_code = models.CharField(
        _("Mã tiếp nhận"), max_length=20, unique=True, null=True, blank=True
    )
    version = models.PositiveIntegerField(_("Số lần gửi"), default=0)
    created_at = models.DateTimeField(_("Tạo lúc"), default=timezone.now)
    updated_at = models.DateTimeField(_("Sửa lần cuối"), auto_now=True)
    first_submitted_at = models.DateTimeField(_("Gửi lần đầu lúc"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("Gửi lúc"), null=True, blank=True)
    returned_at = models.DateTimeField(_("Trả lại lúc"), null=True, blank=True)
    return_reason = models.TextField(_("Lý do trả lại"), blank=True)
    accepted_at = models.DateTimeField(_("Tiếp nhận lúc"), null=True, blank=True)
    reopened_until = models.DateTimeField(
        _("Gia hạn đến"),
        null=True,
        blank=True,
        help_text=_("Khi Ban mở lại hoặc trả lại sau hạn: đơn vị sửa và gửi được đến lúc này."),
    )

    CODE_PREFIX = ""

    class Meta:
        abstract = True

    # The period it belongs to: the campaign, or the report window ---------------------------

    @property
    def period(self):
        raise NotImplementedError

    @property
    def effective_deadline(self):
        deadline = self.period.deadline
        if self.reopened_until and self.reopened_until > deadline:
            return self.reopened_until
        return deadline

    def is_editable(self, now=None):
        """The unit may change and send it: a draft or returned, inside its window."""
        now = now or timezone.now()
        return (
            self.state in EDITABLE_STATES and self.period.opens_at <= now < self.effective_deadline
        )

    @property
    def is_late(self):
        """Sent after the window's own deadline (on an extension)."""
        return bool(self.submitted_at and self.submitted_at > self.period.deadline)

    def ensure_reference_code(self):
        if not self.reference_code:
            self.reference_code = new_reference_code(self.CODE_PREFIX)

    def snapshot(self):
        """Everything the unit sent, as data kept with each version."""
        raise NotImplementedError


class Registration(Submission):
    """A unit's emulation registration for a campaign (one per unit and campaign)."""

    campaign = models.ForeignKey(
        Campaign,
        verbose_name=_("Đợt đăng ký"),
        on_delete=models.PROTECT,
        related_name="registrations",
    )
    collective_titles = models.ManyToManyField(
        AwardForm, verbose_name=_("Danh hiệu tập thể đăng ký"), related_name="+", blank=True
    )
    movements = models.ManyToManyField(
        "exemplars.MovementPage",
        verbose_name=_("Phong trào thi đua tham gia"),
        related_name="+",
        blank=True,
    )
    signer_name = models.CharField(_("Người ký"), max_length=150, blank=True)
    signer_position = models.CharField(_("Chức vụ người ký"), max_length=150, blank=True)

    CODE_PREFIX = "DK"

    class Meta:
        verbose_name = _("Bản đăng ký thi đua")
        verbose_name_plural = _("Bản đăng ký thi đua")
        ordering = ["unit__name"]
        permissions = [
            ("review_registration", _("Xét duyệt bản đăng ký và báo cáo thi đua của đơn vị"))
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "unit"], name="registrations_one_registration_per_unit"
            )
        ]

    def __str__(self):
        return f"{self.unit} – {self.campaign}"

    @property
    def period(self):
        return self.campaign

    def snapshot(self):
        return {
            "collective_titles": [str(title) for title in self.collective_titles.all()],
            "individuals": [
                {"full_name": i.full_name, "position": i.position, "title": str(i.title)}
                for i in self.individuals.select_related("title")
            ],
            "indicators": [
                {
                    "content": i.content,
                    "measure": i.measure,
                    "planned_value": str(i.planned_value),
                    "note": i.note,
                }
                for i in self.indicators.all()
            ],
            "movements": [movement.title for movement in self.movements.all()],
            "signer_name": self.signer_name,
            "signer_position": self.signer_position,
        }


class RegisteredIndividual(models.Model):
    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="individuals"
    )
    full_name = models.CharField(_("Họ và tên"), max_length=150)
    position = models.CharField(_("Chức vụ, nơi công tác"), max_length=255, blank=True)
    title = models.ForeignKey(
        AwardForm, verbose_name=_("Danh hiệu đăng ký"), on_delete=models.PROTECT, related_name="+"
    )
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("Cá nhân đăng ký")
        verbose_name_plural = _("Cá nhân đăng ký")

    def __str__(self):
        return self.full_name


class PledgedIndicator(models.Model):
    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="indicators"
    )
    content = models.CharField(_("Nội dung chỉ tiêu"), max_length=500)
    measure = models.CharField(_("Đơn vị tính"), max_length=50)
    planned_value = models.DecimalField(_("Kế hoạch"), max_digits=14, decimal_places=2)
    note = models.CharField(_("Ghi chú"), max_length=300, blank=True)
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("Chỉ tiêu đăng ký")
        verbose_name_plural = _("Chỉ tiêu đăng ký")

    def __str__(self):
        return self.content


class ResultReport(Submission):
    """A unit's result report for one report window."""

    window = models.ForeignKey(
        ReportWindow,
        verbose_name=_("Kỳ báo cáo"),
        on_delete=models.PROTECT,
        related_name="reports",
    )
    registration = models.ForeignKey(
        Registration,
        verbose_name=_("Bản đăng ký"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reports",
    )
    cluster = models.ForeignKey(
        Cluster,
        verbose_name=_("Cụm, khối"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reports",
    )
    # The sections of the report outline (Đề cương báo cáo).
    situation = models.TextField(_("I. Khái quát đặc điểm tình hình"), blank=True)
    results = models.TextField(_("II. Kết quả thực hiện phong trào thi đua"), blank=True)
    strengths = models.TextField(_("Ưu điểm"), blank=True)
    limitations = models.TextField(_("Hạn chế"), blank=True)
    causes = models.TextField(_("Nguyên nhân"), blank=True)
    lessons = models.TextField(_("IV. Bài học kinh nghiệm"), blank=True)
    proposals = models.TextField(_("V. Đề xuất, kiến nghị"), blank=True)
    score_total = models.DecimalField(
        _("Tổng điểm tự chấm"), max_digits=8, decimal_places=2, default=Decimal("0")
    )

    CODE_PREFIX = "BC"
    NARRATIVE_FIELDS = (
        "situation",
        "results",
        "strengths",
        "limitations",
        "causes",
        "lessons",
        "proposals",
    )

    class Meta:
        verbose_name = _("Báo cáo kết quả thi đua")
        verbose_name_plural = _("Báo cáo kết quả thi đua")
        ordering = ["unit__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["window", "unit"], name="registrations_one_report_per_unit"
            )
        ]

    def __str__(self):
        return f"{self.unit} – {self.window}"

    @property
    def period(self):
        return self.window

    def recompute_total(self):
        total = self.scores.aggregate(total=models.Sum("points"))["total"] or Decimal("0")
        self.score_total = total = Decimal(total).quantize(Decimal("0.01"))
        return total

    def snapshot(self):
        return {
            "narrative": {field: getattr(self, field) for field in self.NARRATIVE_FIELDS},
            "indicators": [
                {
                    "content": r.indicator.content,
                    "measure": r.indicator.measure,
                    "planned_value": str(r.indicator.planned_value),
                    "actual_value": "" if r.actual_value is None else str(r.actual_value),
                    "note": r.note,
                }
                for r in self.indicator_results.select_related("indicator")
            ],
            "scores": [
                {
                    "criterion": s.criterion.content,
                    "max_points": str(s.criterion.max_points),
                    "points": str(s.points),
                }
                for s in self.scores.select_related("criterion")
            ],
            "score_total": str(self.score_total),
            "attachments": [a.original_name for a in self.attachments.all()],
        }


class IndicatorResult(models.Model):
    report = models.ForeignKey(
        ResultReport, on_delete=models.CASCADE, related_name="indicator_results"
    )
    indicator = models.ForeignKey(
        PledgedIndicator, on_delete=models.CASCADE, related_name="results"
    )
    actual_value = models.DecimalField(
        _("Thực hiện"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    note = models.CharField(_("Ghi chú"), max_length=300, blank=True)

    class Meta:
        ordering = ["indicator__sort_order", "indicator__pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["report", "indicator"], name="registrations_one_result_per_indicator"
            )
        ]

    def __str__(self):
        return f"{self.indicator}: {self.actual_value}"


class CriterionScore(models.Model):
    report = models.ForeignKey(ResultReport, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(ClusterCriterion, on_delete=models.CASCADE, related_name="scores")
    points = models.DecimalField(
        _("Điểm tự chấm"),
        max_digits=6,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0"))],
    )

    class Meta:
        ordering = ["criterion__sort_order", "criterion__pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["report", "criterion"], name="registrations_one_score_per_criterion"
            ),
            models.CheckConstraint(
                condition=models.Q(points__gte=0), name="registrations_score_not_negative"
            ),
        ]

    def __str__(self):
        return f"{self.criterion}: {self.points}"

    def clean(self):
        if self.points is not None and self.points > self.criterion.max_points:
            raise ValidationError(
                {"points": _("Tối đa %(max)s điểm.") % {"max": self.criterion.max_points}}
            )


class ReportAttachment(models.Model):
    report = models.ForeignKey(ResultReport, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(storage=private_storage, upload_to="bao-cao-thi-dua/%Y/")
    original_name = models.CharField(_("Tên tệp"), max_length=255)
    size = models.PositiveIntegerField(_("Dung lượng (byte)"))
    uploaded_at = models.DateTimeField(default=timezone.now)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("Tệp đính kèm báo cáo")
        verbose_name_plural = _("Tệp đính kèm báo cáo")

    def __str__(self):
        return self.original_name


class SubmissionVersion(models.Model):
    """What a unit sent, each time it sent: kept for good, viewable by the unit and the office."""

    registration = models.ForeignKey(
        Registration, null=True, on_delete=models.CASCADE, related_name="versions"
    )
    report = models.ForeignKey(
        ResultReport, null=True, on_delete=models.CASCADE, related_name="versions"
    )
    proposal = models.ForeignKey(
        "registrations.Proposal", null=True, on_delete=models.CASCADE, related_name="versions"
    )
    number = models.PositiveIntegerField(_("Lần gửi"))
    submitted_at = models.DateTimeField(_("Gửi lúc"), default=timezone.now)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    data = models.JSONField()

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "number"], name="registrations_version_once"
            ),
            models.UniqueConstraint(fields=["report", "number"], name="reports_version_once"),
            models.UniqueConstraint(fields=["proposal", "number"], name="proposals_version_once"),
        ]

    def __str__(self):
        return f"Lần gửi {self.number}"


class SubmissionLog(models.Model):
    """Who changed the state of a registration or report, when, and why."""

    class Action(models.TextChoices):
        CREATED = "created", _("Tạo bản nháp")
        SUBMITTED = "submitted", _("Gửi")
        RETURNED = "returned", _("Trả lại")
        ACCEPTED = "accepted", _("Tiếp nhận")
        REOPENED = "reopened", _("Mở lại, gia hạn")
        DECIDED = "decided", _("Thẩm định")

    registration = models.ForeignKey(
        Registration, null=True, on_delete=models.CASCADE, related_name="log_entries"
    )
    report = models.ForeignKey(
        ResultReport, null=True, on_delete=models.CASCADE, related_name="log_entries"
    )
    proposal = models.ForeignKey(
        "registrations.Proposal", null=True, on_delete=models.CASCADE, related_name="log_entries"
    )
    action = models.CharField(_("Thao tác"), max_length=10, choices=Action.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Người thực hiện"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("Thời điểm"), default=timezone.now)
    note = models.TextField(_("Ghi chú"), blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("Nhật ký xử lý")
        verbose_name_plural = _("Nhật ký xử lý")

    def __str__(self):
        return f"{self.get_action_display()} {self.at:%d/%m/%Y %H:%M}"


class ReminderLog(models.Model):
    """One reminder e-mail per unit, deadline and number of days before it: never twice."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+")
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.CASCADE, related_name="+")
    window = models.ForeignKey(ReportWindow, null=True, on_delete=models.CASCADE, related_name="+")
    days_before = models.PositiveIntegerField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "campaign", "days_before"],
                condition=models.Q(window__isnull=True),
                name="registrations_campaign_reminder_once",
            ),
            models.UniqueConstraint(
                fields=["unit", "window", "days_before"],
                condition=models.Q(window__isnull=False),
                name="registrations_window_reminder_once",
            ),
        ]

    def __str__(self):
        return f"{self.unit} – {self.days_before} ngày"
