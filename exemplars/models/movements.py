"""Emulation movements: who launched them, the plan behind them, and what they gathered."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction

from core import compiled
from core.blocks import RICH_TEXT_FEATURES
from core.compiled import Paginator
from core.models import PortalPage, SectionIndexPage, kept_variant
from exemplars.models.exemplars import ExemplarGroup, ExemplarPage, with_photo_renditions
from home.models import Locality
from news.models import AwardDecisionPage, Awardee, AwardForm, NewsPage
from news.models.decisions import with_awardee_counts


class MovementPage(PortalPage):
    # Read with the page when it is served (core.routing): the template shows it.
    serve_select_related = ("plan_document",)

    class Scope(models.TextChoices):
        PROVINCE = "province", _("Toàn tỉnh")
        SECTOR = "sector", _("Ngành, lĩnh vực")
        CLUSTER = "cluster", _("Cụm, khối thi đua")

    class Status(models.TextChoices):
        ONGOING = "ongoing", _("Đang triển khai")
        REVIEWED = "reviewed", _("Đã sơ kết, tổng kết")

    launched_by = models.CharField(_("Cơ quan phát động"), max_length=200)
    plan_document = models.ForeignKey(
        "news.LegalDocumentPage",
        verbose_name=_("Kế hoạch, quyết định phát động"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="movements",
    )
    start_date = models.DateField(_("Từ ngày"))
    end_date = models.DateField(_("Đến ngày"), null=True, blank=True)
    scope = models.CharField(
        _("Phạm vi"), max_length=20, choices=Scope.choices, default=Scope.PROVINCE
    )
    status = models.CharField(
        _("Tình trạng"), max_length=20, choices=Status.choices, default=Status.ONGOING
    )
    intro = models.TextField(_("Giới thiệu"))
    goals = RichTextField(_("Mục tiêu"), features=RICH_TEXT_FEATURES, blank=True)
    criteria = RichTextField(
        _("Nội dung, tiêu chí thi đua"), features=RICH_TEXT_FEATURES, blank=True
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("launched_by"),
                PageChooserPanel("plan_document"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("scope"), FieldPanel("status")]),
            ],
            _("Phong trào"),
        ),
        FieldPanel("intro"),
        FieldPanel("goals"),
        FieldPanel("criteria"),
    ]
    search_text_sources = ("title", "intro", "launched_by", "goals", "criteria")
    parent_page_types = ["exemplars.MovementIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Phong trào thi đua")
        verbose_name_plural = _("Phong trào thi đua")

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Ngày kết thúc không thể trước ngày bắt đầu.")})

    @property
    def display_date(self):
        return self.start_date

    @property
    def summary(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        """The news, exemplars and award decisions tied to the movement (a query each)."""
        context = super().get_context(request, *args, **kwargs)
        # Kept until one of what they show changes (core.models.kept_variant).
        context.update(
            kept_variant(
                "movement-lists",
                self.pk,
                self.tied_rows,
                [
                    NewsPage,
                    ExemplarPage,
                    AwardDecisionPage,
                    Awardee,
                    AwardForm,
                    ExemplarGroup,
                    Locality,
                    PageViewRestriction,
                    get_image_model(),
                ],
            )
        )
        return context

    def tied_rows(self):
        """The news, stories and decisions of the movement, as the template names them."""
        return {
            "movement_news": compiled.rows(
                NewsPage.objects.live().public().filter(movement=self).order_by("-date")[:10],
                ("movement news", self.pk),
            ),
            "movement_exemplars": compiled.rows(
                with_photo_renditions(ExemplarPage.objects.live().public().filter(movement=self))
                .select_related("group", "locality")
                .order_by("-date"),
                ("movement stories", self.pk),
            ),
            "movement_decisions": compiled.rows(
                with_awardee_counts(
                    AwardDecisionPage.objects.live()
                    .public()
                    .filter(movement=self)
                    .select_related("award_form")
                    .order_by("-signed_on")
                ),
                ("movement decisions", self.pk),
            ),
        }


class MovementIndexPage(SectionIndexPage):
    """/phong-trao/: ongoing movements first, newest first."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["exemplars.MovementPage"]
    max_count = 1
    per_page = 12

    class Meta:
        verbose_name = _("Chuyên mục phong trào thi đua")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        movements = (
            MovementPage.objects.live()
            .public()
            .child_of(self)
            .select_related("plan_document")
            .annotate(
                ongoing_first=Case(
                    When(status=MovementPage.Status.ONGOING, then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
            )
            .order_by("ongoing_first", "-start_date")
        )
        context["movements_page"] = Paginator(
            movements, self.per_page, key=("movements", self.pk)
        ).get_page(request.GET.get("trang"))
        return context
