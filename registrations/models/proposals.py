"""Award proposals (hồ sơ đề nghị khen thưởng): the rounds the office opens, the awards and
dossier checklist of each, and what a unit sends in one: its nominees, their achievements and
the dossier's documents. A proposal follows the registrations' flow (draft → sent → returned
with reasons per nominee → accepted), enforced in `registrations.workflow` and kept as
versions; the office then decides per nominee, and the accepted ones go on to the
consultation, the council's vote and the decision (`registrations.models.council`)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from core.uploads import private_storage
from news.models import AwardForm
from registrations.models.campaigns import Window
from registrations.models.submissions import Submission

# Provincial procedures: about 25 working days from a complete dossier to the decision.
DEFAULT_PROCESSING_DAYS = 25


class ProposalRound(Window, ClusterableModel):
    """An đợt đề nghị khen thưởng: year-end, by theme or occasion, or ad hoc."""

    class Kind(models.TextChoices):
        YEAR_END = "tong_ket_nam", _("Tổng kết năm")
        THEMATIC = "chuyen_de", _("Theo chuyên đề, dịp kỷ niệm")
        AD_HOC = "dot_xuat", _("Đột xuất")

    title = models.CharField(_("Tên đợt đề nghị"), max_length=255)
    kind = models.CharField(_("Loại đợt"), max_length=20, choices=Kind.choices)
    year = models.PositiveIntegerField(_("Năm"))
    opens_at = models.DateTimeField(_("Nhận hồ sơ từ"))
    deadline = models.DateTimeField(
        _("Hạn cuối nộp hồ sơ"),
        help_text=_("Giờ Việt Nam; sau thời điểm này đơn vị không gửi được."),
    )
    processing_days = models.PositiveSmallIntegerField(
        _("Thời hạn xử lý (ngày làm việc)"),
        default=DEFAULT_PROCESSING_DAYS,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_("Tính từ ngày hồ sơ đầy đủ đến khi có quyết định."),
    )
    instructions = RichTextField(
        _("Hướng dẫn"), blank=True, features=["bold", "italic", "ol", "ul", "link"]
    )

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("kind"), FieldPanel("year")]),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("deadline")]),
        FieldPanel("processing_days"),
        FieldPanel("instructions"),
        InlinePanel("awards", heading=_("Hình thức được đề nghị"), label=_("Hình thức")),
        InlinePanel("checklist", heading=_("Thành phần hồ sơ"), label=_("Thành phần hồ sơ")),
    ]

    class Meta:
        verbose_name = _("Đợt đề nghị khen thưởng")
        verbose_name_plural = _("Đợt đề nghị khen thưởng")
        ordering = ["-year", "-opens_at"]
        permissions = [
            ("review_proposal", _("Thẩm định hồ sơ đề nghị khen thưởng")),
            ("record_council_vote", _("Ghi kết quả bỏ phiếu của Hội đồng")),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        self.clean_window()

    @classmethod
    def open_now(cls, now=None):
        now = now or timezone.now()
        return cls.objects.filter(opens_at__lte=now, deadline__gt=now).order_by("deadline")


class RoundAward(Orderable):
    """An award that units may propose in the round."""

    round = ParentalKey(ProposalRound, on_delete=models.CASCADE, related_name="awards")
    award_form = models.ForeignKey(
        AwardForm,
        verbose_name=_("Hình thức khen thưởng"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    needs_consultation = models.BooleanField(
        _("Phải lấy ý kiến nhân dân"),
        default=False,
        help_text=_(
            "Khen thưởng cấp Nhà nước (Huân chương, danh hiệu vinh dự, Chiến sĩ thi đua toàn "
            "quốc…): đăng trên Cổng ít nhất 10 ngày làm việc trước khi Hội đồng họp."
        ),
    )

    panels = [FieldRowPanel([FieldPanel("award_form"), FieldPanel("needs_consultation")])]

    class Meta(Orderable.Meta):
        verbose_name = _("Hình thức được đề nghị")
        verbose_name_plural = _("Hình thức được đề nghị")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "award_form"], name="registrations_round_award_once"
            )
        ]

    def __str__(self):
        return str(self.award_form)


class ChecklistItem(Orderable):
    """One document of the dossier: for the whole proposal or for each nominee, for every award
    of the round or for one; a template to follow; signed and stamped or not."""

    round = ParentalKey(ProposalRound, on_delete=models.CASCADE, related_name="checklist")
    code = models.SlugField(
        _("Mã"),
        max_length=40,
        help_text=_("Tiêu chuẩn khen thưởng nhắc đến tài liệu bằng mã này, ví dụ: sang-kien."),
    )
    title = models.CharField(_("Tên tài liệu"), max_length=255)
    per_nominee = models.BooleanField(_("Mỗi người, tập thể một bản"), default=False)
    award_form = models.ForeignKey(
        AwardForm,
        verbose_name=_("Chỉ với hình thức"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Để trống: mọi hình thức của đợt."),
    )
    template = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Mẫu"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signed = models.BooleanField(_("Có chữ ký, đóng dấu"), default=True)
    required = models.BooleanField(_("Bắt buộc"), default=True)

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("title")]),
        FieldRowPanel(
            [
                FieldPanel("per_nominee"),
                FieldPanel("award_form"),
                FieldPanel("signed"),
                FieldPanel("required"),
            ]
        ),
        FieldPanel("template"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Thành phần hồ sơ")
        verbose_name_plural = _("Thành phần hồ sơ")
        constraints = [
            models.UniqueConstraint(fields=["round", "code"], name="registrations_checklist_code")
        ]

    def __str__(self):
        return self.title

    def applies_to(self, nominee=None):
        """Whether the item is asked of the proposal (nominee None) or of this nominee."""
        if nominee is None:
            return not self.per_nominee
        return self.per_nominee and self.award_form_id in (None, nominee.award_form_id)


class Gender(models.TextChoices):
    MALE = "nam", _("Nam")
    FEMALE = "nu", _("Nữ")


class NomineeDecision(models.TextChoices):
    PENDING = "pending", _("Chờ thẩm định")
    RETURNED = "returned", _("Trả lại để bổ sung")
    ACCEPTED = "accepted", _("Đủ điều kiện trình Hội đồng")
    NOT_ACCEPTED = "not_accepted", _("Không đủ điều kiện")


class Proposal(Submission):
    """A unit's award proposal in a round (one per unit and round): the tờ trình, the
    minutes of the unit's own council and its vote, and the nominees."""

    round = models.ForeignKey(
        ProposalRound,
        verbose_name=_("Đợt đề nghị"),
        on_delete=models.PROTECT,
        related_name="proposals",
    )
    cover_number = models.CharField(_("Số tờ trình"), max_length=60, blank=True)
    cover_date = models.DateField(_("Ngày tờ trình"), null=True, blank=True)
    council_members = models.PositiveSmallIntegerField(
        _("Số thành viên Hội đồng TĐKT của đơn vị"), null=True, blank=True
    )
    council_in_favour = models.PositiveSmallIntegerField(
        _("Số thành viên đồng ý"), null=True, blank=True
    )
    signer_name = models.CharField(_("Người ký"), max_length=150, blank=True)
    signer_position = models.CharField(_("Chức vụ người ký"), max_length=150, blank=True)
    # The processing clock runs from the day the office finds the dossier complete.
    complete_on = models.DateField(_("Hồ sơ đầy đủ từ ngày"), null=True, blank=True)

    CODE_PREFIX = "DN"

    class Meta:
        verbose_name = _("Hồ sơ đề nghị khen thưởng")
        verbose_name_plural = _("Hồ sơ đề nghị khen thưởng")
        ordering = ["unit__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "unit"], name="registrations_one_proposal_per_unit"
            )
        ]

    def __str__(self):
        return f"{self.unit} – {self.round}"

    @property
    def period(self):
        return self.round

    def clean(self):
        if (
            self.council_members is not None
            and self.council_in_favour is not None
            and self.council_in_favour > self.council_members
        ):
            raise ValidationError(
                {"council_in_favour": _("Số đồng ý không được lớn hơn số thành viên.")}
            )

    def snapshot(self):
        return {
            "cover_number": self.cover_number,
            "cover_date": self.cover_date.isoformat() if self.cover_date else "",
            "council_members": self.council_members,
            "council_in_favour": self.council_in_favour,
            "signer_name": self.signer_name,
            "signer_position": self.signer_position,
            "nominees": [
                nominee.snapshot() for nominee in self.nominees.select_related("award_form")
            ],
            "documents": [
                {
                    "item": document.checklist_item.title if document.checklist_item_id else "",
                    "nominee": document.nominee.full_name if document.nominee_id else "",
                    "name": document.original_name,
                    "size": document.size,
                }
                for document in self.documents.select_related("checklist_item", "nominee")
            ],
        }


class ProposedNominee(models.Model):
    """A collective or an individual proposed in a dossier, with the award asked for, the
    groups the statistics count, the achievements, and what the office decided."""

    class Kind(models.TextChoices):
        INDIVIDUAL = "individual", _("Cá nhân")
        COLLECTIVE = "collective", _("Tập thể")

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="nominees")
    kind = models.CharField(
        _("Cá nhân / tập thể"), max_length=20, choices=Kind.choices, default=Kind.INDIVIDUAL
    )
    full_name = models.CharField(_("Họ và tên / tên tập thể"), max_length=255)
    birth_year = models.PositiveSmallIntegerField(
        _("Năm sinh"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    gender = models.CharField(_("Giới tính"), max_length=5, choices=Gender.choices, blank=True)
    position = models.CharField(_("Chức vụ, nghề nghiệp"), max_length=255, blank=True)
    workplace = models.CharField(_("Đơn vị công tác"), max_length=255, blank=True)
    award_form = models.ForeignKey(
        AwardForm,
        verbose_name=_("Hình thức đề nghị"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    # The groups the §1.2 targets count (as on news.Awardee).
    small_collective = models.BooleanField(_("Tập thể nhỏ"), default=False)
    grassroots_unit = models.BooleanField(_("Đơn vị cơ sở"), default=False)
    direct_worker = models.BooleanField(_("Người lao động trực tiếp"), default=False)
    worker = models.BooleanField(_("Công nhân"), default=False)
    farmer = models.BooleanField(_("Nông dân"), default=False)
    # A collective's members, for criteria that ask a share of them.
    members_total = models.PositiveIntegerField(_("Tổng số thành viên"), null=True, blank=True)
    members_titled = models.PositiveIntegerField(
        _("Số thành viên đạt danh hiệu thi đua"), null=True, blank=True
    )
    summary = models.TextField(_("Tóm tắt thành tích"))
    report_text = models.TextField(
        _("Báo cáo thành tích"),
        blank=True,
        help_text=_("Viết theo mẫu, hoặc tải lên bản PDF đã ký trong phần hồ sơ."),
    )
    sort_order = models.PositiveIntegerField(default=0)

    # The office's decision on this nominee.
    decision = models.CharField(
        _("Kết quả thẩm định"),
        max_length=20,
        choices=NomineeDecision.choices,
        default=NomineeDecision.PENDING,
        db_index=True,
    )
    decision_note = models.TextField(_("Ý kiến thẩm định"), blank=True)
    decided_at = models.DateTimeField(_("Thẩm định lúc"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # What became of it: its consultation page, the decision that awarded it, or why it closed.
    nominee_page = models.ForeignKey(
        "consultations.NomineePage",
        verbose_name=_("Trang lấy ý kiến"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    award_decision = models.ForeignKey(
        "news.AwardDecisionPage",
        verbose_name=_("Quyết định khen thưởng"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    closed_reason = models.TextField(_("Lý do kết thúc"), blank=True)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("Người, tập thể được đề nghị")
        verbose_name_plural = _("Người, tập thể được đề nghị")

    def __str__(self):
        return self.full_name

    def clean(self):
        errors = {}
        if self.award_form_id and not self.award_form.accepts(self.kind):
            errors["award_form"] = _("Hình thức này không dành cho %(kind)s.") % {
                "kind": self.get_kind_display().lower()
            }
        if self.kind == self.Kind.COLLECTIVE and (self.birth_year or self.gender):
            errors["birth_year"] = _("Tập thể không có năm sinh, giới tính.")
        if (
            self.members_total is not None
            and self.members_titled is not None
            and self.members_titled > self.members_total
        ):
            errors["members_titled"] = _("Không được lớn hơn tổng số thành viên.")
        if errors:
            raise ValidationError(errors)

    def snapshot(self):
        return {
            "kind": self.kind,
            "full_name": self.full_name,
            "birth_year": self.birth_year,
            "gender": self.gender,
            "position": self.position,
            "workplace": self.workplace,
            "award": str(self.award_form),
            "groups": [
                name
                for name in (
                    "small_collective",
                    "grassroots_unit",
                    "direct_worker",
                    "worker",
                    "farmer",
                )
                if getattr(self, name)
            ],
            "members_total": self.members_total,
            "members_titled": self.members_titled,
            "summary": self.summary,
            "report_text": self.report_text,
        }


class ProposalDocument(models.Model):
    """A file of the dossier (PDF): for the proposal, or for one nominee; private."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="documents")
    nominee = models.ForeignKey(
        ProposedNominee, null=True, blank=True, on_delete=models.CASCADE, related_name="documents"
    )
    checklist_item = models.ForeignKey(
        ChecklistItem,
        verbose_name=_("Thành phần hồ sơ"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    file = models.FileField(storage=private_storage, upload_to="de-nghi-khen-thuong/%Y/")
    original_name = models.CharField(_("Tên tệp"), max_length=255)
    size = models.PositiveIntegerField(_("Dung lượng (byte)"))
    uploaded_at = models.DateTimeField(default=timezone.now)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("Tài liệu hồ sơ đề nghị")
        verbose_name_plural = _("Tài liệu hồ sơ đề nghị")

    def __str__(self):
        return self.original_name


class DossierCheck(models.Model):
    """The office's tick for one checklist item of a proposal (or of one of its nominees)."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="checks")
    item = models.ForeignKey(ChecklistItem, on_delete=models.CASCADE, related_name="+")
    nominee = models.ForeignKey(
        ProposedNominee, null=True, blank=True, on_delete=models.CASCADE, related_name="checks"
    )
    present = models.BooleanField(_("Có, đúng mẫu"), default=False)
    note = models.CharField(_("Ghi chú"), max_length=500, blank=True)
    checked_at = models.DateTimeField(default=timezone.now)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "item", "nominee"],
                condition=models.Q(nominee__isnull=False),
                name="registrations_nominee_check_once",
            ),
            models.UniqueConstraint(
                fields=["proposal", "item"],
                condition=models.Q(nominee__isnull=True),
                name="registrations_proposal_check_once",
            ),
        ]

    def __str__(self):
        return f"{self.item}: {'có' if self.present else 'thiếu'}"


class AwardCriterion(models.Model):
    """One criterion of an award, as the legal text it comes from states it. Criteria are
    data: when the law changes, the old rows keep their dates and new ones are added. The
    office sees each as met, missing or unknown, with its reason: a warning, never a refusal.

    Kinds:
    - titles in years: `years` consecutive years of `title` up to the round's year (e.g. 3
      years Chiến sĩ thi đua cơ sở for Chiến sĩ thi đua cấp tỉnh), or `years` of the last
      `within_years` (3 times in 5 years, for the Prime Minister's Bằng khen);
    - earlier award: `title` received at least `years` years before (e.g. a provincial Bằng
      khen 5 years before for the Prime Minister's);
    - document: the dossier holds the checklist item `document_code` (e.g. sang-kien);
    - member share: at least `share` percent of the collective's members hold a title."""

    class Kind(models.TextChoices):
        CONSECUTIVE_TITLES = "consecutive_titles", _("Số năm đạt danh hiệu")
        EARLIER_AWARD = "earlier_award", _("Đã được khen thưởng trước đó")
        DOCUMENT = "document", _("Có tài liệu trong hồ sơ")
        MEMBER_SHARE = "member_share", _("Tỷ lệ thành viên đạt danh hiệu")

    award_form = models.ForeignKey(
        AwardForm,
        verbose_name=_("Tiêu chuẩn của hình thức"),
        on_delete=models.CASCADE,
        related_name="criteria",
    )
    kind = models.CharField(_("Loại tiêu chuẩn"), max_length=30, choices=Kind.choices)
    label = models.CharField(_("Tiêu chuẩn"), max_length=300)
    title = models.ForeignKey(
        AwardForm,
        verbose_name=_("Danh hiệu, hình thức cần có"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    years = models.PositiveSmallIntegerField(_("Số năm"), null=True, blank=True)
    within_years = models.PositiveSmallIntegerField(
        _("Trong số năm gần nhất"),
        null=True,
        blank=True,
        help_text=_("Ví dụ: 3 lần trong 5 năm. Để trống: các năm phải liên tục."),
    )
    option = models.CharField(
        _("Phương án"),
        max_length=60,
        blank=True,
        help_text=_(
            "Tiêu chuẩn cùng phương án được xét cùng nhau; đạt đủ một phương án là đạt. "
            "Để trống: áp dụng cho mọi phương án."
        ),
    )
    document_code = models.SlugField(_("Mã thành phần hồ sơ"), max_length=40, blank=True)
    share = models.DecimalField(
        _("Tỷ lệ tối thiểu (%)"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    legal_basis = models.CharField(
        _("Căn cứ"), max_length=300, help_text=_("Ví dụ: khoản 2 Điều 21 Luật TĐKT 2022.")
    )
    legal_document = models.ForeignKey(
        "news.LegalDocumentPage",
        verbose_name=_("Văn bản"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    valid_from = models.DateField(_("Áp dụng từ ngày"))
    valid_until = models.DateField(_("Áp dụng đến ngày"), null=True, blank=True)
    sort_order = models.PositiveIntegerField(_("Thứ tự"), default=0)

    panels = [
        FieldRowPanel([FieldPanel("award_form"), FieldPanel("kind")]),
        FieldPanel("label"),
        MultiFieldPanel(
            [
                FieldPanel("option"),
                FieldRowPanel(
                    [FieldPanel("title"), FieldPanel("years"), FieldPanel("within_years")]
                ),
                FieldRowPanel([FieldPanel("document_code"), FieldPanel("share")]),
            ],
            heading=_("Điều kiện"),
        ),
        FieldRowPanel([FieldPanel("legal_basis"), FieldPanel("legal_document")]),
        FieldRowPanel(
            [FieldPanel("valid_from"), FieldPanel("valid_until"), FieldPanel("sort_order")]
        ),
    ]

    class Meta:
        verbose_name = _("Tiêu chuẩn khen thưởng")
        verbose_name_plural = _("Tiêu chuẩn khen thưởng")
        ordering = ["award_form", "sort_order", "pk"]

    def __str__(self):
        return f"{self.award_form}: {self.label}"

    REQUIRED = {
        Kind.CONSECUTIVE_TITLES: ("title", "years"),
        Kind.EARLIER_AWARD: ("title", "years"),
        Kind.DOCUMENT: ("document_code",),
        Kind.MEMBER_SHARE: ("share",),
    }

    def clean(self):
        errors = {}
        for name in self.REQUIRED.get(self.kind, ()):
            if getattr(self, name) in (None, ""):
                errors[name] = _("Loại tiêu chuẩn này cần trường này.")
        if self.within_years is not None and self.years and self.within_years < self.years:
            errors["within_years"] = _("Phải từ %(years)s năm trở lên.") % {"years": self.years}
        if self.valid_until and self.valid_from and self.valid_until < self.valid_from:
            errors["valid_until"] = _("Ngày kết thúc phải sau ngày bắt đầu áp dụng.")
        if errors:
            raise ValidationError(errors)

    def applies_on(self, day):
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)
