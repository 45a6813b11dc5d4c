"""Award decisions (/khen-thuong/) and their awardees."""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.dispatch import receiver
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
from wagtail.signals import page_published, page_unpublished

from core import compiled
from core.compiled import Paginator
from core.dates import format_day
from core.filters import year_options
from core.models import PortalPage, SectionIndexPage, kept_rows, listing_keeper
from core.text import fold_words
from news.models.catalogue import AwardForm, DecisionLevel


class AwardDecisionPage(PortalPage):
    """A decision awarding collectives and individuals, with its list of awardees."""

    # Read with the page when it is served (core.routing): the template shows them all.
    serve_select_related = ("level", "award_form", "movement", "signed_document")

    number = models.CharField(_("Số quyết định"), max_length=60, help_text=_("Ví dụ: 152/QĐ-UBND"))
    signed_on = models.DateField(_("Ngày ký"))
    level = models.ForeignKey(
        DecisionLevel,
        verbose_name=_("Cấp quyết định"),
        db_column="level",
        on_delete=models.PROTECT,
        related_name="decisions",
    )
    award_form = models.ForeignKey(
        AwardForm,
        verbose_name=_("Hình thức khen thưởng"),
        on_delete=models.PROTECT,
        related_name="decisions",
        help_text=_("Áp dụng cho người được khen thưởng không ghi hình thức riêng."),
    )
    reason = models.TextField(
        _("Lý do khen thưởng"), help_text=_("Ví dụ: đã có thành tích xuất sắc trong…")
    )
    movement = models.ForeignKey(
        "exemplars.MovementPage",
        verbose_name=_("Phong trào thi đua liên quan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signed_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Bản quyết định đã ký (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    search_text = models.TextField(editable=False, blank=True, default="")

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("number"), FieldPanel("signed_on")]),
                FieldRowPanel([FieldPanel("level"), FieldPanel("award_form")]),
                FieldPanel("reason"),
                PageChooserPanel("movement"),
                FieldPanel("signed_document"),
            ],
            _("Quyết định"),
        ),
        InlinePanel("awardees", label=_("Tập thể, cá nhân được khen thưởng")),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.FilterField("level"),
        index.FilterField("signed_on"),
    ]
    # Awardees' names too, so the site search finds a person's decision.
    search_text_sources = ("title", "number", "reason", "awardee_names")
    parent_page_types = ["news.AwardDecisionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Quyết định khen thưởng")
        verbose_name_plural = _("Quyết định khen thưởng")
        indexes = [models.Index(fields=["-signed_on"], name="news_decision_signed_idx")]

    def save(self, *args, **kwargs):
        form = str(self.award_form) if self.award_form_id else ""
        self.search_text = fold_words(" ".join([self.number, self.title, self.reason, form]))
        super().save(*args, **kwargs)
        if kwargs.get("update_fields") is not None:
            # A draft save or revision bookkeeping: the live content and awardees are unchanged.
            return
        # The search index was written when the page row was saved, before the awardees
        # were: index again so their names (awardee_names) are searchable.
        index.insert_or_update_object(self)
        # Awardees carry the decision's date, level and publication for fast lookups and
        # statistics (publishing and unpublishing also reach them through
        # `sync_awardees_publication`, as Wagtail's unpublish may save only some fields).
        if self.pk:
            copied = {"decision_date": self.signed_on, "level": self.level_id}
            copied["decision_live"] = self.live
            Awardee.objects.filter(decision=self).exclude(**copied).update(**copied)
            Awardee.objects.filter(decision=self, award_form__isnull=True).exclude(
                effective_form=self.award_form_id
            ).update(effective_form=self.award_form_id)

    @property
    def display_date(self):
        return self.signed_on

    @property
    def tier(self):
        return self.level.tier

    @property
    def summary(self):
        return self.reason

    def awardee_names(self):
        return " ".join(awardee.full_name for awardee in self.awardees.all())

    def clean(self):
        super().clean()
        errors = {}
        if self.signed_document_id and not self.signed_document.file.name.lower().endswith(".pdf"):
            errors["signed_document"] = _("Bản quyết định đã ký phải là tệp PDF.")
        if self.level_id and self.signed_on and not self.level.in_use_on(self.signed_on):
            # Cấp huyện ended on 1/7/2025: a newer decision names a level in use.
            errors["level"] = _(
                "Cấp “%(level)s” chỉ áp dụng đến ngày %(until)s; quyết định ký ngày %(signed)s "
                "phải chọn một cấp đang áp dụng."
            ) % {
                "level": self.level,
                "until": format_day(self.level.in_use_until),
                "signed": format_day(self.signed_on),
            }
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        awardees = compiled.rows(
            self.awardees.select_related("effective_form").order_by("kind", "sort_order", "pk"),
            ("decision awardees", self.pk),
            public=False,
        )
        context["collectives"] = [a for a in awardees if a.kind == Awardee.Kind.COLLECTIVE]
        context["individuals"] = [a for a in awardees if a.kind == Awardee.Kind.INDIVIDUAL]
        context["lookup_url"] = lookup_page_url(request)
        return context


def lookup_page_url(request):
    """Where an awardee's permalink lives (/tra-cuu/<id>/)."""
    # By name: the lookup page's module imports this one (its results are awardees).
    lookup_page = apps.get_model("news", "AwardLookupPage")
    found = kept_rows(
        "award-lookup-page",
        lambda: lookup_page.objects.live().only("id", "url_path", "path", "depth")[:1],
        [lookup_page],
    )
    return found[0].get_url(request) if found else ""


class Awardee(Orderable):
    """A collective or an individual named in an award decision."""

    class Kind(models.TextChoices):
        INDIVIDUAL = "individual", _("Cá nhân")
        COLLECTIVE = "collective", _("Tập thể")

    decision = ParentalKey(AwardDecisionPage, related_name="awardees", on_delete=models.CASCADE)
    kind = models.CharField(_("Loại"), max_length=20, choices=Kind.choices, default=Kind.INDIVIDUAL)
    full_name = models.CharField(_("Họ và tên / tên tập thể"), max_length=255)
    position = models.CharField(_("Chức vụ, nghề nghiệp"), max_length=255, blank=True)
    unit = models.CharField(_("Đơn vị"), max_length=255, blank=True)
    locality = models.CharField(_("Địa phương"), max_length=150, blank=True)
    # Never published (not on pages, look-up, exports or open data): it tells two people of
    # the same name apart when the office checks an award history.
    birth_year = models.PositiveSmallIntegerField(
        _("Năm sinh (không công bố)"),
        null=True,
        blank=True,
        help_text=_("Chỉ dùng để đối chiếu lịch sử khen thưởng khi thẩm định hồ sơ."),
    )
    award_form = models.ForeignKey(
        AwardForm,
        verbose_name=_("Hình thức riêng"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Để trống nếu giống hình thức của quyết định."),
    )
    small_collective = models.BooleanField(_("Tập thể nhỏ"), default=False)
    grassroots_unit = models.BooleanField(_("Đơn vị cơ sở"), default=False)
    direct_worker = models.BooleanField(_("Người lao động trực tiếp"), default=False)
    worker = models.BooleanField(_("Công nhân"), default=False)
    farmer = models.BooleanField(_("Nông dân"), default=False)
    exemplar = models.ForeignKey(
        "exemplars.ExemplarPage",
        verbose_name=_("Bài gương điển hình"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="awardees",
    )

    # An award revoked by a later decision stays on its decision's list; the verification
    # page says it was revoked, by which decision and when.
    revoked_on = models.DateField(_("Ngày hủy bỏ"), null=True, blank=True)
    revocation_reference = models.CharField(
        _("Quyết định hủy bỏ"),
        max_length=120,
        blank=True,
        help_text=_("Số, ký hiệu của quyết định hủy bỏ khen thưởng, ví dụ 512/QĐ-UBND."),
    )

    # Copied from the decision (kept in step by AwardDecisionPage.save) for fast lookups.
    effective_form = models.ForeignKey(
        AwardForm, null=True, editable=False, on_delete=models.PROTECT, related_name="awardees"
    )
    decision_date = models.DateField(null=True, editable=False, db_index=True)
    level = models.CharField(max_length=30, blank=True, editable=False, db_index=True)
    # The decision is published: the lookup and the statistics filter on this column rather
    # than joining every awardee to its page.
    decision_live = models.BooleanField(default=False, editable=False)
    search_name = models.TextField(editable=False, blank=True, default="")
    search_unit = models.TextField(editable=False, blank=True, default="")

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("full_name")]),
        FieldRowPanel([FieldPanel("position"), FieldPanel("unit")]),
        FieldRowPanel([FieldPanel("locality"), FieldPanel("birth_year"), FieldPanel("award_form")]),
        FieldRowPanel(
            [
                FieldPanel("small_collective"),
                FieldPanel("grassroots_unit"),
                FieldPanel("direct_worker"),
                FieldPanel("worker"),
                FieldPanel("farmer"),
            ],
            heading=_("Nhóm đối tượng"),
        ),
        PageChooserPanel("exemplar"),
        FieldRowPanel(
            [FieldPanel("revoked_on"), FieldPanel("revocation_reference")],
            heading=_("Hủy bỏ khen thưởng"),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Người được khen thưởng")
        verbose_name_plural = _("Tập thể, cá nhân được khen thưởng")
        indexes = [
            # The lookup's order, over published awardees only: a year's count reads the
            # index alone, and the newest matches come first without sorting.
            models.Index(
                fields=["-decision_date", "-id"],
                condition=models.Q(decision_live=True),
                name="news_awardee_live_date_idx",
            ),
            models.Index(fields=["effective_form", "-decision_date"], name="news_awardee_form_idx"),
        ]

    def __str__(self):
        return self.full_name

    def clean(self):
        super().clean()
        errors = {}
        if self.kind == self.Kind.COLLECTIVE and (self.direct_worker or self.worker or self.farmer):
            errors["direct_worker"] = _(
                "Người lao động trực tiếp, công nhân, nông dân chỉ áp dụng cho cá nhân."
            )
        if self.kind == self.Kind.INDIVIDUAL and (self.small_collective or self.grassroots_unit):
            errors["small_collective"] = _("Tập thể nhỏ, đơn vị cơ sở chỉ áp dụng cho tập thể.")
        form = self.award_form if self.award_form_id else None
        if form is not None and not form.accepts(self.kind):
            errors["award_form"] = _("Hình thức “%(form)s” không áp dụng cho %(kind)s.") % {
                "form": form,
                "kind": self.get_kind_display().lower(),
            }
        if bool(self.revoked_on) != bool(self.revocation_reference.strip()):
            errors["revocation_reference" if self.revoked_on else "revoked_on"] = _(
                "Hủy bỏ khen thưởng cần cả số quyết định hủy bỏ và ngày hủy bỏ."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def revoked(self):
        return self.revoked_on is not None

    def save(self, *args, **kwargs):
        # A worker or a farmer is a direct worker too.
        if self.worker or self.farmer:
            self.direct_worker = True
        decision = self.decision
        self.effective_form_id = self.award_form_id or decision.award_form_id
        self.decision_date = decision.signed_on
        self.level = decision.level_id
        self.decision_live = decision.live
        self.search_name = fold_words(self.full_name)
        self.search_unit = fold_words(f"{self.unit} {self.locality}")
        super().save(*args, **kwargs)

    @property
    def form(self):
        return self.effective_form


@receiver(page_published, sender=AwardDecisionPage)
@receiver(page_unpublished, sender=AwardDecisionPage)
def sync_awardees_publication(sender, instance, **kwargs):
    """Keep `Awardee.decision_live` in step when a decision is published or unpublished
    (including by a scheduled expiry), whichever fields the save touched."""
    Awardee.objects.filter(decision_id=instance.pk).exclude(decision_live=instance.live).update(
        decision_live=instance.live
    )


def with_awardee_counts(decisions):
    """Decisions with `awardee_count`, counted in the same query for the rows shown only: a
    subquery per row, which PostgreSQL evaluates after the page's LIMIT. Grouping the listing
    by its awardees would count all 100,000 awardees of 2,000 decisions for every page."""
    counts = (
        Awardee.objects.filter(decision=OuterRef("pk"))
        .order_by()
        .values("decision")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return decisions.annotate(awardee_count=Coalesce(Subquery(counts), 0))


class AwardDecisionIndexPage(SectionIndexPage):
    """/khen-thuong/: decisions, newest first, filters by level, award form, year and text."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.AwardDecisionPage"]
    max_count = 1
    per_page = 20

    class Meta:
        verbose_name = _("Chuyên mục quyết định khen thưởng")

    def get_context(self, request, *args, **kwargs):
        from news.filters import DecisionFilterSet  # the filters module imports the models

        context = super().get_context(request, *args, **kwargs)
        forms = kept_rows("award-forms", AwardForm.objects.all, [AwardForm])
        levels = kept_rows("decision-levels", DecisionLevel.objects.all, [DecisionLevel])
        decisions = (
            AwardDecisionPage.objects.live()
            .public()
            .child_of(self)
            .select_related("award_form", "level")
            .order_by("-signed_on", "-pk")
        )
        decisions = with_awardee_counts(decisions)
        filterset = DecisionFilterSet(
            request.GET, decisions, options={"cap": levels, "hinh_thuc": forms}
        )

        decisions_page = Paginator(
            filterset.qs,
            self.per_page,
            key=("decisions", self.pk, filterset.compiled_key()),
            # The awardee counts are part of each row: an awardee's change is one too.
            keep=listing_keeper(
                "decisions-listing",
                [AwardDecisionPage, Awardee, AwardForm, DecisionLevel, PageViewRestriction],
            ),
        ).get_page(request.GET.get("trang"))
        context.update(
            decisions_page=decisions_page,
            levels=[(row.code, row.name) for row in levels],
            form_options=[(form.pk, str(form)) for form in forms],
            year_options=kept_rows(
                f"decision-years:{self.pk}",
                lambda: year_options(AwardDecisionPage.objects.live().child_of(self), "signed_on"),
                [AwardDecisionPage],
            ),
            filters=filterset.filter_values(),
            filter_query=filterset.query_string(),
        )
        return context
