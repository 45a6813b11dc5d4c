"""The documents library (/van-ban/): laws, decrees, decisions, plans… with their files."""

from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from core import compiled
from core.compiled import Paginator
from core.filters import year_options
from core.models import PortalPage, SectionIndexPage, kept_rows, listing_keeper
from core.text import fold_words

DOCUMENT_FILE_EXTENSIONS = {".pdf", ".doc", ".docx"}


@register_snippet
class IssuingBody(models.Model):
    """Quốc hội, Chính phủ, UBND tỉnh… (cơ quan ban hành)."""

    name = models.CharField(_("Tên cơ quan"), max_length=200, unique=True)
    short_name = models.CharField(_("Tên viết tắt"), max_length=50, blank=True)
    sort_order = models.PositiveIntegerField(_("Thứ tự"), default=0)

    panels = [FieldPanel("name"), FieldPanel("short_name"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = _("Cơ quan ban hành")
        verbose_name_plural = _("Cơ quan ban hành")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class DocumentType(models.TextChoices):
    LAW = "luat", _("Luật")
    RESOLUTION = "nghi_quyet", _("Nghị quyết")
    DECREE = "nghi_dinh", _("Nghị định")
    CIRCULAR = "thong_tu", _("Thông tư")
    DECISION = "quyet_dinh", _("Quyết định")
    DIRECTIVE = "chi_thi", _("Chỉ thị")
    CONCLUSION = "ket_luan", _("Kết luận")
    PLAN = "ke_hoach", _("Kế hoạch")
    OFFICIAL_LETTER = "cong_van", _("Công văn")
    GUIDANCE = "huong_dan", _("Hướng dẫn")
    OTHER = "khac", _("Văn bản khác")


class DocumentStatus(models.TextChoices):
    """Validity as the official legal database states it. Replacement is a link
    (replaced_by), not a state: a replaced text is "hết hiệu lực" (or partly so)."""

    IN_FORCE = "in_force", _("Còn hiệu lực")
    PARTLY_EXPIRED = "partly_expired", _("Hết hiệu lực một phần")
    EXPIRED = "expired", _("Hết hiệu lực")


class LegalDocumentPage(PortalPage):
    """One document of the library: number, type, issuer, dates, status, abstract, files."""

    # Read with the page when it is served (core.routing): the template shows them all.
    serve_select_related = ("issuer", "replaced_by")

    number = models.CharField(_("Số ký hiệu"), max_length=60, help_text=_("Ví dụ: 1657/QĐ-UBND"))
    doc_type = models.CharField(_("Loại văn bản"), max_length=20, choices=DocumentType.choices)
    issuer = models.ForeignKey(
        IssuingBody,
        verbose_name=_("Cơ quan ban hành"),
        on_delete=models.PROTECT,
        related_name="documents",
    )
    signer = models.CharField(_("Người ký"), max_length=200, blank=True)
    issued_on = models.DateField(_("Ngày ban hành"))
    effective_on = models.DateField(_("Ngày có hiệu lực"), null=True, blank=True)
    status = models.CharField(
        _("Tình trạng"),
        max_length=20,
        choices=DocumentStatus.choices,
        default=DocumentStatus.IN_FORCE,
    )
    replaced_by = models.ForeignKey(
        "self",
        verbose_name=_("Được thay thế bởi"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaces",
    )
    field = models.CharField(_("Lĩnh vực"), max_length=200, blank=True)
    abstract = models.TextField(_("Trích yếu"))
    # Folded number, title, abstract, issuer and signer: the library's own search column.
    search_text = models.TextField(editable=False, blank=True, default="")

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("number"), FieldPanel("doc_type")]),
                FieldRowPanel([FieldPanel("issuer"), FieldPanel("signer")]),
                FieldRowPanel([FieldPanel("issued_on"), FieldPanel("effective_on")]),
                FieldRowPanel(
                    [
                        FieldPanel("status"),
                        PageChooserPanel("replaced_by", "news.LegalDocumentPage"),
                    ]
                ),
                FieldPanel("field"),
            ],
            _("Thông tin văn bản"),
        ),
        FieldPanel("abstract"),
        InlinePanel("files", label=_("Tệp văn bản (PDF, DOC, DOCX)"), min_num=0),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.FilterField("doc_type"),
        index.FilterField("status"),
        index.FilterField("issued_on"),
    ]
    search_text_sources = ("title", "number", "abstract", "signer", "field")
    parent_page_types = ["news.DocumentIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Văn bản")
        verbose_name_plural = _("Văn bản")
        indexes = [models.Index(fields=["-issued_on"], name="news_legaldoc_issued_idx")]

    def clean(self):
        super().clean()
        errors = {}
        if self.replaced_by_id and self.status == DocumentStatus.IN_FORCE:
            errors["status"] = _(
                "Văn bản đã có văn bản thay thế thì không còn hiệu lực: hãy chọn “Hết hiệu lực” "
                "hoặc “Hết hiệu lực một phần”."
            )
        if self.replaced_by_id and self.pk and self.replaced_by_id == self.pk:
            errors["replaced_by"] = _("Văn bản không thể thay thế chính nó.")
        if self.effective_on and self.issued_on and self.effective_on < self.issued_on:
            errors["effective_on"] = _("Ngày có hiệu lực không thể trước ngày ban hành.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        issuer = self.issuer.name if self.issuer_id else ""
        self.search_text = fold_words(
            " ".join([self.number, self.title, self.abstract, issuer, self.signer, self.field])
        )
        super().save(*args, **kwargs)

    @property
    def display_date(self):
        return self.issued_on

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Both directions of replacement are shown on the page.
        context["replaces"] = compiled.rows(
            self.replaces.live().public().order_by("-issued_on", "-pk"), ("replaces", self.pk)
        )
        context["files"] = compiled.rows(
            self.files.select_related("document"), ("document files", self.pk), public=False
        )
        return context

    @property
    def in_force(self):
        return self.status == DocumentStatus.IN_FORCE

    @property
    def document_status_label(self):
        """The validity badge shown wherever the document is listed (site search too)."""
        return self.get_status_display()

    @property
    def citation(self):
        """How other texts name it: "Nghị định 152/2025/NĐ-CP"."""
        return f"{self.get_doc_type_display()} {self.number}"

    @property
    def summary(self):
        return self.abstract


class LegalDocumentFile(Orderable):
    page = ParentalKey(LegalDocumentPage, related_name="files", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("Tệp"), on_delete=models.CASCADE, related_name="+"
    )
    label = models.CharField(_("Tên hiển thị"), max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("Tệp văn bản")

    def clean(self):
        super().clean()
        if self.document_id:
            extension = PurePosixPath(self.document.file.name).suffix.lower()
            if extension not in DOCUMENT_FILE_EXTENSIONS:
                raise ValidationError({"document": _("Chỉ nhận tệp PDF, DOC hoặc DOCX.")})


class DocumentIndexPage(SectionIndexPage):
    """/van-ban/: filters by type, issuer, year and status; search by number and abstract."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.LegalDocumentPage"]
    max_count = 1
    per_page = 20

    class Meta:
        verbose_name = _("Thư viện văn bản")

    def get_context(self, request, *args, **kwargs):
        from news.filters import DocumentFilterSet  # the filters module imports the models

        context = super().get_context(request, *args, **kwargs)
        issuers = kept_rows("document-issuers", IssuingBody.objects.all, [IssuingBody])
        documents = (
            LegalDocumentPage.objects.live()
            .public()
            .child_of(self)
            .select_related("issuer", "replaced_by")
            .order_by("-issued_on", "-pk")
        )
        filterset = DocumentFilterSet(request.GET, documents, options={"co_quan": issuers})

        context.update(
            documents_page=Paginator(
                filterset.qs,
                self.per_page,
                key=("documents", self.pk, filterset.compiled_key()),
                keep=listing_keeper(
                    "documents-listing", [LegalDocumentPage, IssuingBody, PageViewRestriction]
                ),
            ).get_page(request.GET.get("trang")),
            document_types=DocumentType.choices,
            document_statuses=DocumentStatus.choices,
            issuer_options=[(issuer.pk, issuer.name) for issuer in issuers],
            year_options=kept_rows(
                f"document-years:{self.pk}",
                lambda: year_options(LegalDocumentPage.objects.live().child_of(self), "issued_on"),
                [LegalDocumentPage],
            ),
            filters=filterset.filter_values(),
            filter_query=filterset.query_string(),
        )
        return context
