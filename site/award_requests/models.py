"""Citizens' requests about an award already given: to confirm it (xác nhận khen thưởng) or to
re-issue its certificate or medal (cấp đổi, cấp lại hiện vật khen thưởng), with their deadlines
in working days on consultations' holiday calendar."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from award_requests import conf
from consultations.models.calendar import WorkingCalendar
from core.codes import new_reference_code
from core.uploads import private_storage

REFERENCE_PREFIX = "XN"
# What replaces the requester's and the awardee's personal data once the retention period is
# over; the kind, dates, status and code stay as proof that the request was handled.
ERASED = "[đã xóa]"


class RequestKind(models.TextChoices):
    CONFIRM = "xac_nhan", _("Xác nhận khen thưởng")
    EXCHANGE = "cap_doi", _("Cấp đổi hiện vật khen thưởng")
    REISSUE = "cap_lai", _("Cấp lại hiện vật khen thưởng")


class Relation(models.TextChoices):
    SELF = "ban_than", _("Bản thân người được khen thưởng")
    SPOUSE = "vo_chong", _("Vợ hoặc chồng")
    CHILD = "con", _("Con")
    GRANDCHILD = "chau", _("Cháu")
    OTHER_RELATIVE = "than_nhan", _("Thân nhân khác")
    ORGANISATION = "co_quan", _("Cơ quan, đơn vị")


class ReissueCause(models.TextChoices):
    LOST = "mat", _("Bị mất")
    DAMAGED = "hu_hong", _("Bị hư hỏng")


class RequestStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Đã gửi, chờ tiếp nhận")
    ACKNOWLEDGED = "acknowledged", _("Đã tiếp nhận, đang xử lý")
    MORE_PAPERS = "more_papers", _("Cần bổ sung giấy tờ")
    ANSWERED = "answered", _("Đã trả lời")
    REFUSED = "refused", _("Từ chối giải quyết")


OPEN_STATUSES = [RequestStatus.SUBMITTED, RequestStatus.ACKNOWLEDGED, RequestStatus.MORE_PAPERS]
CLOSED_STATUSES = [RequestStatus.ANSWERED, RequestStatus.REFUSED]


class KindRule(models.Model):
    """What the law says for one kind of request, edited by the secretariat when it changes:
    the answer deadline, the legal basis shown to the citizen, how long a closed request keeps
    personal data."""

    kind = models.CharField(
        _("Loại đề nghị"), max_length=10, choices=RequestKind.choices, unique=True
    )
    answer_working_days = models.PositiveSmallIntegerField(
        _("Thời hạn trả lời (ngày làm việc)"),
        help_text=_("Tính từ lúc công dân gửi đề nghị, bỏ qua thứ Bảy, Chủ nhật và ngày lễ."),
    )
    legal_basis = models.TextField(
        _("Căn cứ pháp lý"),
        help_text=_("Hiển thị cho công dân trên biểu mẫu và trang theo dõi đề nghị."),
    )
    retention_months = models.PositiveSmallIntegerField(
        _("Thời hạn lưu giữ thông tin cá nhân sau khi đóng (tháng)"),
        default=conf.RETENTION_MONTHS,
    )

    class Meta:
        ordering = ["kind"]
        verbose_name = _("Quy định về đề nghị xác nhận, cấp đổi, cấp lại")
        verbose_name_plural = _("Quy định về đề nghị xác nhận, cấp đổi, cấp lại")

    def __str__(self):
        return str(self.get_kind_display())

    @classmethod
    def for_kind(cls, kind):
        """The row of `kind`, or an unsaved one with the default values."""
        rule = cls.objects.filter(kind=kind).first()
        if rule is None:
            rule = cls(
                kind=kind,
                answer_working_days=conf.ANSWER_WORKING_DAYS[kind],
                legal_basis="",
                retention_months=conf.RETENTION_MONTHS,
            )
        return rule


class AwardRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self, now=None):
        """Open requests past their answer deadline, or still not acknowledged past that one."""
        now = now or timezone.now()
        return self.open().filter(
            models.Q(due_by__lt=now)
            | models.Q(status=RequestStatus.SUBMITTED, acknowledge_by__lt=now)
        )


class AwardRequest(models.Model):
    reference_code = models.CharField(_("Mã tiếp nhận"), max_length=20, unique=True)
    # A form sent twice (double click, reload) stores one request.
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    kind = models.CharField(_("Loại đề nghị"), max_length=10, choices=RequestKind.choices)
    status = models.CharField(
        _("Trạng thái"),
        max_length=12,
        choices=RequestStatus.choices,
        default=RequestStatus.SUBMITTED,
        db_index=True,
    )
    submitted_at = models.DateTimeField(_("Gửi lúc"), default=timezone.now, db_index=True)
    acknowledge_by = models.DateTimeField(_("Hạn tiếp nhận"))
    due_by = models.DateTimeField(_("Hạn trả lời"), db_index=True)
    legal_basis = models.TextField(_("Căn cứ pháp lý áp dụng"), blank=True)

    # Who asks
    requester_name = models.CharField(_("Họ và tên người đề nghị"), max_length=100)
    requester_phone = models.CharField(_("Số điện thoại"), max_length=20)
    requester_email = models.EmailField(_("Thư điện tử"), blank=True)
    requester_address = models.CharField(_("Địa chỉ liên hệ"), max_length=300)
    relation = models.CharField(
        _("Quan hệ với người được khen thưởng"), max_length=10, choices=Relation.choices
    )

    # The awardee and the award
    awardee_name = models.CharField(_("Họ và tên người được khen thưởng"), max_length=100)
    awardee_birth_year = models.PositiveSmallIntegerField(_("Năm sinh"), null=True, blank=True)
    awardee_native_place = models.CharField(_("Quê quán"), max_length=200, blank=True)
    verification_code = models.CharField(_("Mã xác minh"), max_length=20, blank=True)
    awardee = models.ForeignKey(
        "news.Awardee",
        verbose_name=_("Bản ghi khen thưởng đã công bố"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    award_name = models.CharField(_("Hình thức khen thưởng"), max_length=300, blank=True)
    decision_number = models.CharField(_("Số quyết định"), max_length=100, blank=True)
    award_year = models.PositiveSmallIntegerField(_("Năm khen thưởng"), null=True, blank=True)
    issuing_level = models.CharField(_("Cấp quyết định"), max_length=200, blank=True)

    # Why
    reason = models.TextField(_("Lý do đề nghị"))
    reissue_cause = models.CharField(
        _("Hiện vật bị"), max_length=10, choices=ReissueCause.choices, blank=True
    )
    identity_scan = models.FileField(
        _("Bản chụp giấy tờ tùy thân"),
        storage=private_storage,
        upload_to="de-nghi-khen-thuong/%Y/%m/",
        blank=True,
    )

    # Handling by the office
    acknowledged_at = models.DateTimeField(_("Tiếp nhận lúc"), null=True, blank=True)
    papers_requested = models.TextField(_("Giấy tờ cần bổ sung"), blank=True)
    papers_requested_at = models.DateTimeField(_("Yêu cầu bổ sung lúc"), null=True, blank=True)
    answer = models.TextField(_("Trả lời của cơ quan"), blank=True)
    answer_file = models.FileField(
        _("Văn bản trả lời (PDF)"),
        storage=private_storage,
        upload_to="de-nghi-khen-thuong/tra-loi/%Y/%m/",
        blank=True,
    )
    closed_at = models.DateTimeField(_("Kết thúc lúc"), null=True, blank=True, db_index=True)
    personal_data_erased_at = models.DateTimeField(
        _("Xóa thông tin cá nhân lúc"), null=True, blank=True
    )

    objects = AwardRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("Đề nghị xác nhận, cấp đổi, cấp lại hiện vật khen thưởng")
        verbose_name_plural = _("Đề nghị xác nhận, cấp đổi, cấp lại hiện vật khen thưởng")

    def __str__(self):
        return f"{self.reference_code} – {self.get_kind_display()}"

    def save(self, *args, **kwargs):
        if not self.reference_code:
            self.reference_code = new_reference_code(REFERENCE_PREFIX)
        if not self.due_by:
            self.set_deadlines()
        super().save(*args, **kwargs)

    def set_deadlines(self, calendar=None):
        calendar = calendar or WorkingCalendar()
        rule = KindRule.for_kind(self.kind)
        self.acknowledge_by = calendar.earliest_closing(self.submitted_at, conf.acknowledge_days())
        self.due_by = WorkingCalendar(calendar.holidays).earliest_closing(
            self.submitted_at, rule.answer_working_days
        )
        if not self.legal_basis:
            self.legal_basis = rule.legal_basis

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    def is_overdue(self, now=None):
        now = now or timezone.now()
        if not self.is_open:
            return False
        late_acknowledgement = self.status == RequestStatus.SUBMITTED and self.acknowledge_by < now
        return self.due_by < now or late_acknowledgement
