"""Citizens' questions, suggestions and complaints (/hoi-dap/), how the office handles them, the
published answers, and the professional exchange for unit officers (/hoi-dap/nghiep-vu/).

A `Question` is what a person sent: private, handled in the admin. When the office publishes
an answer, a separate `AnsweredQuestionPage` is written from the public version only (no
e-mail, no phone, the name shortened or hidden), so a public page cannot leak what it never
held."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from consultations.models.calendar import WorkingCalendar
from core.blocks import BodyBlock
from core.codes import new_reference_code
from core.models import ListItem, PortalPage, SectionIndexPage
from core.routing import URLconfRoutablePageMixin
from core.uploads import private_storage  # noqa: F401  (named by migration 0003)

ANSWER_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class QuestionTopic(ListItem):
    """Chế độ khen thưởng, thủ tục hồ sơ, danh hiệu thi đua, … (edited by the secretariat)."""

    class Meta(ListItem.Meta):
        verbose_name = _("Chủ đề hỏi đáp")
        verbose_name_plural = _("Chủ đề hỏi đáp")


class QuestionKind(models.TextChoices):
    QUESTION = "question", _("Câu hỏi")
    SUGGESTION = "suggestion", _("Kiến nghị, đề xuất")
    COMPLAINT = "complaint", _("Phản ánh")


class QuestionState(models.TextChoices):
    RECEIVED = "received", _("Đã tiếp nhận")
    IN_PROGRESS = "in_progress", _("Đang xử lý")
    ANSWERED = "answered", _("Đã trả lời")
    FORWARDED = "forwarded", _("Đã chuyển cơ quan có thẩm quyền")


class NameDisplay(models.TextChoices):
    INITIALS = "initials", _("Viết tắt họ tên (ví dụ: N.V.A.)")
    HIDDEN = "hidden", _("Ẩn tên")


def initials(name):
    """'Nguyễn Văn An' -> 'N.V.A.'"""
    return "".join(f"{word[0].upper()}." for word in name.split() if word)


class Question(models.Model):
    reference_code = models.CharField(_("Mã tiếp nhận"), max_length=20, unique=True)
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    kind = models.CharField(
        _("Loại"), max_length=12, choices=QuestionKind.choices, default=QuestionKind.QUESTION
    )
    topic = models.ForeignKey(
        QuestionTopic,
        verbose_name=_("Chủ đề"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    name = models.CharField(_("Họ và tên"), max_length=100)
    email = models.EmailField(_("Thư điện tử"))
    phone = models.CharField(_("Số điện thoại"), max_length=20, blank=True)
    text = models.TextField(_("Nội dung"))
    attachment = models.FileField(
        _("Tệp đính kèm"), storage=private_storage, upload_to="hoi-dap/%Y/%m/", blank=True
    )
    consent_at = models.DateTimeField(_("Đồng ý xử lý dữ liệu cá nhân lúc"), null=True)
    submitted_at = models.DateTimeField(_("Gửi lúc"), default=timezone.now, db_index=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)

    # Handling by the office
    state = models.CharField(
        _("Trạng thái"),
        max_length=12,
        choices=QuestionState.choices,
        default=QuestionState.RECEIVED,
        db_index=True,
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Người xử lý"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    internal_notes = models.TextField(
        _("Ghi chú nội bộ"), blank=True, help_text=_("Không gửi cho người hỏi, không công khai.")
    )
    forwarded_to = models.CharField(_("Chuyển tới cơ quan"), max_length=300, blank=True)
    answer = RichTextField(_("Nội dung trả lời"), features=ANSWER_FEATURES, blank=True)
    answered_at = models.DateTimeField(_("Trả lời lúc"), null=True, blank=True)
    answer_emailed_at = models.DateTimeField(null=True, blank=True, editable=False)

    # Publication
    publish = models.BooleanField(
        _("Công khai câu hỏi và trả lời"),
        default=False,
        help_text=_(
            "Chỉ công khai khi đã trả lời. Trang công khai không có thư điện tử, "
            "số điện thoại hay tệp đính kèm."
        ),
    )
    public_title = models.CharField(
        _("Tiêu đề công khai"),
        max_length=200,
        blank=True,
        help_text=_("Để trống: lấy câu đầu của nội dung công khai."),
    )
    public_text = models.TextField(
        _("Nội dung câu hỏi công khai"),
        blank=True,
        help_text=_("Để trống: dùng nguyên nội dung người hỏi gửi. Hãy lược bỏ thông tin cá nhân."),
    )
    name_display = models.CharField(
        _("Hiển thị tên người hỏi"),
        max_length=10,
        choices=NameDisplay.choices,
        default=NameDisplay.INITIALS,
        help_text=_("Chỉ ghi tên viết tắt khi người hỏi đã đồng ý công khai."),
    )
    # A purpose of its own, asked by its own unticked box on the form (privacy.ConsentRecord
    # keeps the proof); withdrawn when the person asks for their data to be erased.
    publication_consent = models.BooleanField(
        _("Người hỏi đồng ý công khai, ghi tên viết tắt"),
        default=False,
        editable=False,
        choices=[(True, _("Có")), (False, _("Không"))],  # shown read-only in the admin
    )
    is_faq = models.BooleanField(
        _("Câu hỏi thường gặp"), default=False, help_text=_("Hiện trên trang chủ.")
    )
    public_page = models.OneToOneField(
        "consultations.AnsweredQuestionPage",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="source_question",
    )

    submission_panels = [
        FieldRowPanel([FieldPanel("reference_code", read_only=True), FieldPanel("kind")]),
        FieldPanel("topic"),
        FieldRowPanel(
            [
                FieldPanel("name", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("phone", read_only=True),
            ]
        ),
        FieldPanel("submitted_at", read_only=True),
        FieldPanel("text", read_only=True),
        FieldPanel("attachment", read_only=True),
    ]
    handling_panels = [
        FieldRowPanel([FieldPanel("state"), FieldPanel("assigned_to")]),
        FieldPanel("forwarded_to"),
        FieldPanel("answer"),
        FieldPanel("internal_notes"),
    ]
    publication_panels = [
        FieldPanel("publish"),
        FieldPanel("public_title"),
        FieldPanel("public_text"),
        FieldRowPanel(
            [
                FieldPanel("name_display"),
                FieldPanel("publication_consent", read_only=True),
                FieldPanel("is_faq"),
            ]
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    MultiFieldPanel(submission_panels, heading=_("Người hỏi gửi")),
                    MultiFieldPanel(handling_panels, heading=_("Xử lý")),
                ],
                heading=_("Xử lý"),
            ),
            ObjectList(publication_panels, heading=_("Công khai")),
        ]
    )

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("Câu hỏi, kiến nghị")
        verbose_name_plural = _("Câu hỏi, kiến nghị")

    def __str__(self):
        return f"{self.reference_code} – {Truncator(self.text).words(12)}"

    def save(self, *args, **kwargs):
        if not self.reference_code:
            self.reference_code = new_reference_code("HD")
        if self.state == QuestionState.ANSWERED and not self.answered_at:
            self.answered_at = timezone.now()
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if (
            self.publish
            and self.name_display == NameDisplay.INITIALS
            and not self.publication_consent
        ):
            raise ValidationError(
                {
                    "name_display": _(
                        "Người hỏi không đồng ý ghi tên khi công khai: hãy chọn “Ẩn tên”."
                    )
                }
            )

    # Handling figures --------------------------------------------------------------------

    @property
    def is_open(self):
        return self.state in (QuestionState.RECEIVED, QuestionState.IN_PROGRESS)

    def working_days_open(self, calendar=None, now=None):
        calendar = calendar or WorkingCalendar.cached()
        end = now or timezone.now()
        if not self.is_open:
            end = self.answered_at or end
        return calendar.working_days_between(self.submitted_at, end)

    @property
    def days_open(self):
        """Working days since it arrived (until answered), one decimal: for lists and exports."""
        return round(self.working_days_open(), 1)

    def is_overdue(self, calendar=None, now=None):
        return self.is_open and (
            self.working_days_open(calendar, now) > settings.QUESTION_ANSWER_WORKING_DAYS
        )

    # The public version -----------------------------------------------------------------

    @property
    def public_name(self):
        if self.name_display == NameDisplay.INITIALS and self.publication_consent:
            return initials(self.name)
        return ""

    @property
    def public_question(self):
        return (self.public_text or self.text).strip()

    @property
    def public_heading(self):
        return self.public_title or Truncator(self.public_question).chars(150)

    @property
    def answer_text(self):
        """The answer as plain text, for the e-mail."""
        return strip_tags(self.answer.replace("</p>", "</p>\n\n")).strip()


class QuestionIndexPage(URLconfRoutablePageMixin, SectionIndexPage):
    """/hoi-dap/: published answers by topic, the form to ask, tracking by code. The routes and
    their views are in consultations.question_urls and consultations.views."""

    per_page = 15
    subpage_urlconf = "consultations.question_urls"

    parent_page_types = ["home.HomePage"]
    subpage_types = ["consultations.AnsweredQuestionPage", "consultations.GuidanceIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Chuyên mục hỏi đáp")


class AnsweredQuestionPage(PortalPage):
    """A published question and its answer: written from the public version of a Question."""

    kind = models.CharField(_("Loại"), max_length=12, choices=QuestionKind.choices)
    topic = models.ForeignKey(
        QuestionTopic,
        verbose_name=_("Chủ đề"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    asker = models.CharField(_("Người hỏi (đã ẩn danh)"), max_length=60, blank=True)
    question_text = models.TextField(_("Câu hỏi"))
    answer = RichTextField(_("Trả lời"), features=ANSWER_FEATURES)
    asked_on = models.DateField(_("Ngày hỏi"))
    answered_on = models.DateField(_("Ngày trả lời"))
    is_faq = models.BooleanField(_("Câu hỏi thường gặp"), default=False)

    parent_page_types = ["consultations.QuestionIndexPage"]
    subpage_types = []
    search_text_sources = ("title", "question_text", "answer")
    search_fields = [*PortalPage.search_fields, index.FilterField("topic_id")]

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("topic")]),
        FieldPanel("asker"),
        FieldPanel("question_text"),
        FieldPanel("answer"),
        FieldRowPanel([FieldPanel("asked_on"), FieldPanel("answered_on")]),
        FieldPanel("is_faq"),
    ]

    class Meta:
        verbose_name = _("Câu hỏi đã trả lời")
        verbose_name_plural = _("Câu hỏi đã trả lời")

    @property
    def display_date(self):
        return self.answered_on


class GuidanceIndexPage(SectionIndexPage):
    """/hoi-dap/nghiep-vu/: guidance and templates for units' emulation officers."""

    parent_page_types = ["consultations.QuestionIndexPage"]
    subpage_types = ["consultations.GuidancePage"]
    max_count = 1

    class Meta:
        verbose_name = _("Trao đổi nghiệp vụ")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = (
            GuidancePage.objects.live().public().child_of(self).order_by("-date", "-pk")
        )
        return context


class GuidancePage(PortalPage):
    """A guidance article or a set of templates (DOCX/PDF) editors maintain."""

    class Kind(models.TextChoices):
        GUIDANCE = "guidance", _("Hướng dẫn nghiệp vụ")
        TEMPLATE = "template", _("Biểu mẫu")

    kind = models.CharField(_("Loại"), max_length=10, choices=Kind.choices, default=Kind.GUIDANCE)
    date = models.DateField(_("Ngày đăng"), default=timezone.localdate)
    lead = models.TextField(_("Tóm tắt"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("Nội dung"), blank=True)

    parent_page_types = ["consultations.GuidanceIndexPage"]
    subpage_types = []
    search_text_sources = ("title", "lead", "body")

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
        FieldPanel("lead"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("Bài hướng dẫn, biểu mẫu")
        verbose_name_plural = _("Bài hướng dẫn, biểu mẫu")

    @property
    def display_date(self):
        return self.date
