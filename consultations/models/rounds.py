"""Public consultation rounds (/lay-y-kien/) and the nominees published in each.

Nominees for Huân chương and State honorary titles are published for at least 10 working days
before the council meets (the rule each round cites from the documents library as its legal
basis); citizens give identified opinions on each nominee while the round is open. A round's
status comes from the clock.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Case, IntegerField, Q, Value, When
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction

from consultations.commenting import CommentablePageMixin
from consultations.models.calendar import REQUIRED_WORKING_DAYS, WorkingCalendar
from core import compiled
from core.models import PortalPage, SectionIndexPage, kept_variant, require_alt_text
from core.routing import specific_parent

SUMMARY_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class RoundStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Sắp lấy ý kiến")
    OPEN = "open", _("Đang lấy ý kiến")
    CLOSED = "closed", _("Đã hết hạn lấy ý kiến")
    CONCLUDED = "concluded", _("Đã có kết quả")


class ConsultationIndexPage(SectionIndexPage):
    """/lay-y-kien/: open rounds first, then upcoming, then closed and concluded ones."""

    subpage_types = ["consultations.ConsultationPage"]
    parent_page_types = ["home.HomePage"]
    max_count = 1
    per_page = 10

    class Meta:
        verbose_name = _("Chuyên mục lấy ý kiến nhân dân")

    def rounds(self, now=None):
        now = now or timezone.now()
        return (
            ConsultationPage.objects.live()
            .public()
            .child_of(self)
            .annotate(
                status_order=Case(
                    When(Q(opens_at__lte=now, closes_at__gt=now), then=Value(0)),
                    When(opens_at__gt=now, then=Value(1)),
                    default=Value(2),
                    output_field=IntegerField(),
                )
            )
            .order_by("status_order", "-closes_at", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.rounds(), self.per_page)
        context["rounds"] = paginator.get_page(request.GET.get("trang"))
        return context


class ConsultationPage(PortalPage):
    """One round: the nominees proposed by a body, published for public opinion."""

    # Read with the page when it is served (core.routing): the template shows them all.
    serve_select_related = ("legal_document", "notice_document", "outcome_decision")

    proposing_body = models.CharField(_("Cơ quan đề nghị"), max_length=300)
    # The basis is a document of the library, so a round cites the text in force and its
    # page follows the library when the text is replaced.
    legal_document = models.ForeignKey(
        "news.LegalDocumentPage",
        verbose_name=_("Văn bản làm căn cứ"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultations",
        help_text=_("Chọn văn bản còn hiệu lực trong thư viện văn bản."),
    )
    legal_article = models.CharField(
        _("Điều, khoản được viện dẫn"),
        max_length=120,
        blank=True,
        help_text=_("Ví dụ: khoản 2 Điều 44"),
    )
    legal_basis = models.TextField(
        _("Căn cứ khác (văn bản cũ)"),
        blank=True,
        help_text=_(
            "Chỉ dùng khi văn bản chưa có trong thư viện văn bản; nên chọn “Văn bản làm căn cứ”."
        ),
    )
    description = RichTextField(_("Nội dung thông báo"), features=SUMMARY_FEATURES, blank=True)
    awards_concerned = ParentalManyToManyField(
        "news.AwardForm", verbose_name=_("Hình thức khen thưởng được lấy ý kiến"), blank=True
    )
    opens_at = models.DateTimeField(_("Bắt đầu lấy ý kiến"))
    closes_at = models.DateTimeField(
        _("Kết thúc lấy ý kiến"),
        help_text=_(
            "Ít nhất 10 ngày làm việc sau khi bắt đầu (không tính thứ Bảy, Chủ nhật, "
            "ngày nghỉ lễ). Sau thời điểm này hệ thống tự động không nhận ý kiến."
        ),
    )
    council_meeting_on = models.DateField(_("Ngày họp Hội đồng"))
    written_address = models.TextField(_("Địa chỉ nhận ý kiến bằng văn bản"), blank=True)
    written_email = models.EmailField(_("Thư điện tử nhận ý kiến"), blank=True)
    notice_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Thông báo chính thức (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    show_opinions_publicly = models.BooleanField(
        _("Công khai ý kiến đã duyệt"),
        default=True,
        help_text=_("Bỏ chọn nếu ý kiến chỉ được thu thập để tổng hợp báo cáo Hội đồng."),
    )
    outcome_published = models.BooleanField(_("Công bố kết quả"), default=False)
    outcome_summary = RichTextField(_("Kết quả xét đề nghị"), features=SUMMARY_FEATURES, blank=True)
    outcome_decision = models.ForeignKey(
        "news.AwardDecisionPage",
        verbose_name=_("Quyết định khen thưởng"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    concluded_on = models.DateField(
        _("Ngày công bố kết quả"),
        null=True,
        blank=True,
        help_text=_("Tự điền khi công bố kết quả; dùng để tính thời hạn xóa dữ liệu cá nhân."),
    )
    contacts_erased_at = models.DateTimeField(
        _("Đã xóa thông tin liên hệ của người góp ý lúc"), null=True, blank=True, editable=False
    )
    closing_notice_sent_at = models.DateTimeField(
        _("Đã gửi thông báo kết thúc lấy ý kiến lúc"), null=True, blank=True, editable=False
    )

    parent_page_types = ["consultations.ConsultationIndexPage"]
    subpage_types = ["consultations.NomineePage"]
    search_text_sources = ("title", "proposing_body", "legal_basis", "description")

    content_panels = [
        *Page.content_panels,
        FieldPanel("proposing_body"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        PageChooserPanel("legal_document", "news.LegalDocumentPage"),
                        FieldPanel("legal_article"),
                    ]
                ),
                FieldPanel("legal_basis"),
            ],
            heading=_("Căn cứ pháp lý"),
        ),
        FieldPanel("description"),
        FieldPanel("awards_concerned", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("council_meeting_on"),
                FieldPanel("show_opinions_publicly"),
            ],
            heading=_("Thời gian lấy ý kiến"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("written_address"),
                FieldPanel("written_email"),
                FieldPanel("notice_document"),
            ],
            heading=_("Gửi ý kiến bằng văn bản"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("outcome_published"),
                FieldPanel("outcome_summary"),
                PageChooserPanel("outcome_decision", "news.AwardDecisionPage"),
                FieldPanel("concluded_on"),
            ],
            heading=_("Kết quả"),
        ),
    ]

    class Meta:
        verbose_name = _("Đợt lấy ý kiến")
        verbose_name_plural = _("Đợt lấy ý kiến")

    @property
    def legal_citation(self):
        """The article and document cited, e.g. "khoản 2 Điều 44 Nghị định 152/2025/NĐ-CP";
        empty without a library document."""
        if not self.legal_document_id:
            return ""
        return " ".join(filter(None, [self.legal_article.strip(), self.legal_document.citation]))

    def clean(self):
        super().clean()
        errors = {}
        if not self.legal_document_id and not self.legal_basis.strip():
            errors["legal_document"] = _("Hãy chọn văn bản làm căn cứ lấy ý kiến.")
        elif self.legal_document_id and self.opens_at:
            successor = self.legal_document.replaced_by
            # A round may keep citing a text replaced after it opened, never one replaced before.
            if (
                successor
                and successor.effective_on
                and (successor.effective_on <= timezone.localtime(self.opens_at).date())
            ):
                errors["legal_document"] = _(
                    "Văn bản này đã được thay thế bởi %(successor)s từ ngày %(date)s, trước khi "
                    "đợt lấy ý kiến bắt đầu: hãy chọn văn bản đang có hiệu lực."
                ) % {
                    "successor": successor.citation,
                    "date": formats.date_format(successor.effective_on, "SHORT_DATE_FORMAT"),
                }
        if self.opens_at and self.closes_at:
            earliest = WorkingCalendar().earliest_closing(self.opens_at)
            if self.closes_at < earliest:
                errors["closes_at"] = _(
                    "Thời gian lấy ý kiến phải đủ %(days)s ngày làm việc (không tính thứ Bảy, "
                    "Chủ nhật và ngày nghỉ lễ). Thời điểm kết thúc sớm nhất được phép là "
                    "%(earliest)s."
                ) % {
                    "days": REQUIRED_WORKING_DAYS,
                    "earliest": formats.date_format(
                        timezone.localtime(earliest), "SHORT_DATETIME_FORMAT"
                    ),
                }
            elif (
                self.council_meeting_on
                and self.council_meeting_on <= timezone.localtime(self.closes_at).date()
            ):
                errors["council_meeting_on"] = _(
                    "Hội đồng phải họp sau ngày kết thúc lấy ý kiến (%(closing)s)."
                ) % {"closing": formats.date_format(timezone.localtime(self.closes_at))}
        if self.outcome_published and self.closes_at and self.closes_at > timezone.now():
            errors["outcome_published"] = _("Chỉ công bố kết quả sau khi đã kết thúc lấy ý kiến.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.outcome_published and not self.concluded_on:
            self.concluded_on = timezone.localdate()
        return super().save(*args, **kwargs)

    # Status from the clock -------------------------------------------------------------

    def status_at(self, now=None):
        now = now or timezone.now()
        if now < self.opens_at:
            return RoundStatus.UPCOMING
        if now < self.closes_at:
            return RoundStatus.OPEN
        if self.outcome_published:
            return RoundStatus.CONCLUDED
        return RoundStatus.CLOSED

    @property
    def status(self):
        return self.status_at()

    @property
    def status_label(self):
        return RoundStatus(self.status).label

    def is_open(self, now=None):
        return self.status_at(now) == RoundStatus.OPEN

    @property
    def time_left(self):
        """What is left of an open round, for the reader: '3 ngày 4 giờ'."""
        remaining = self.closes_at - timezone.now()
        if remaining.total_seconds() <= 0:
            return ""
        days, seconds = remaining.days, remaining.seconds
        hours, minutes = seconds // 3600, (seconds % 3600) // 60
        if days:
            return _("%(days)s ngày %(hours)s giờ") % {"days": days, "hours": hours}
        if hours:
            return _("%(hours)s giờ %(minutes)s phút") % {"hours": hours, "minutes": minutes}
        return _("%(minutes)s phút") % {"minutes": max(minutes, 1)}

    def nominees(self):
        return (
            NomineePage.objects.live()
            .public()
            .child_of(self)
            .select_related("proposed_award", "locality", "photo")
            .order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["nominees"] = kept_variant(
            "nominees-listing",
            self.pk,
            lambda: compiled.rows(self.nominees(), ("nominees", self.pk)),
            [
                NomineePage,
                NomineePage._meta.get_field("proposed_award").related_model,
                NomineePage._meta.get_field("locality").related_model,
                PageViewRestriction,
                get_image_model(),
            ],
        )
        context["awards"] = compiled.rows(
            self.awards_concerned.all(), ("round awards", self.pk), public=False
        )
        return context


class NomineeState(models.TextChoices):
    IN_CONSULTATION = "in_consultation", _("Đang lấy ý kiến")
    ON_HOLD = "on_hold", _("Tạm dừng để xác minh")
    PROPOSED = "proposed", _("Được đề nghị khen thưởng")
    NOT_PROPOSED = "not_proposed", _("Không đề nghị khen thưởng")


class NomineePage(CommentablePageMixin, PortalPage):
    """A collective or an individual proposed for an award, with the published achievements.
    Citizens' opinions on it are comments with a stance (consultations.models.comments)."""

    # Read with the page when it is served (core.routing): the template shows them all.
    serve_select_related = ("locality", "proposed_award", "achievement_report", "photo")

    class Kind(models.TextChoices):
        PERSON = "person", _("Cá nhân")
        COLLECTIVE = "collective", _("Tập thể")

    kind = models.CharField(
        _("Cá nhân / tập thể"), max_length=20, choices=Kind.choices, default=Kind.PERSON
    )
    birth_year = models.PositiveSmallIntegerField(_("Năm sinh"), null=True, blank=True)
    position = models.CharField(_("Chức vụ, nghề nghiệp"), max_length=300, blank=True)
    unit = models.CharField(_("Đơn vị"), max_length=300)
    locality = models.ForeignKey(
        "home.Locality",
        verbose_name=_("Địa bàn"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    proposed_award = models.ForeignKey(
        "news.AwardForm",
        verbose_name=_("Hình thức đề nghị khen thưởng"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    achievement_summary = RichTextField(_("Tóm tắt thành tích"), features=SUMMARY_FEATURES)
    achievement_report = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Báo cáo thành tích đầy đủ (PDF)"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Ảnh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt = models.CharField(_("Mô tả ảnh (cho người khiếm thị)"), max_length=250, blank=True)
    state = models.CharField(
        _("Trạng thái"),
        max_length=20,
        choices=NomineeState.choices,
        default=NomineeState.IN_CONSULTATION,
    )

    parent_page_types = ["consultations.ConsultationPage"]
    subpage_types = []
    search_text_sources = ("title", "position", "unit", "achievement_summary")
    comment_kind = "opinion"

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("birth_year")]),
        FieldPanel("position"),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("locality")]),
        FieldPanel("proposed_award"),
        FieldPanel("achievement_summary"),
        FieldPanel("achievement_report"),
        FieldRowPanel([FieldPanel("photo"), FieldPanel("photo_alt")]),
        FieldPanel("state"),
    ]

    class Meta:
        verbose_name = _("Người / tập thể được đề nghị")
        verbose_name_plural = _("Người / tập thể được đề nghị")

    def clean(self):
        super().clean()
        errors = {}
        this_year = timezone.localdate().year
        if self.birth_year and not 1900 <= self.birth_year <= this_year:
            errors["birth_year"] = _("Năm sinh phải từ 1900 đến %(year)s.") % {"year": this_year}
        if self.kind == self.Kind.COLLECTIVE and self.birth_year:
            errors["birth_year"] = _("Tập thể không có năm sinh.")
        if self.achievement_report_id and not self.achievement_report.filename.lower().endswith(
            ".pdf"
        ):
            errors["achievement_report"] = _("Báo cáo thành tích phải là tệp PDF.")
        if errors:
            raise ValidationError(errors)
        require_alt_text(self, "photo", "photo_alt", _("Cần mô tả ảnh cho người khiếm thị."))

    @cached_property
    def consultation(self):
        return specific_parent(self)

    def comments_accepting(self, now=None):
        return self.consultation.is_open(now) and self.state != NomineeState.NOT_PROPOSED

    def comments_shown(self):
        return self.consultation.show_opinions_publicly

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["consultation"] = self.consultation
        return context
