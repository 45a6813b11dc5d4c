"""Units that take part in the province's emulation, their officers, and the clusters and
blocks (cụm, khối thi đua) that group them each year with a criteria table to score by."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from core.dates import format_day
from core.models import CodedListItem


class UnitKind(CodedListItem):
    """A kind of unit (sở, ban, ngành; xã, phường, đặc khu; doanh nghiệp…): data the secretariat
    edits. A kind the law ended (the district level, 1/7/2025) keeps its units for older
    records and its end date refuses new units."""

    # The codes of the kinds the migrations create; the units' import and the demo name them.
    DEPARTMENT = "so_nganh"
    COMMUNE = "xa_phuong"
    DISTRICT = "huyen"
    ENTERPRISE = "doanh_nghiep"
    MASS_ORGANISATION = "doan_the"

    name = models.CharField(_("Loại đơn vị"), max_length=100, unique=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("in_use_until"), FieldPanel("sort_order")]),
    ]

    class Meta(CodedListItem.Meta):
        verbose_name = _("Loại đơn vị")
        verbose_name_plural = _("Loại đơn vị")


class Unit(models.Model):
    """A unit that takes part in the province's emulation (sở, xã, phường, doanh nghiệp, đoàn
    thể)."""

    name = models.CharField(_("Tên đơn vị"), max_length=255)
    short_name = models.CharField(_("Tên viết tắt"), max_length=50, blank=True)
    code = models.SlugField(_("Mã đơn vị"), max_length=30, unique=True)
    kind = models.ForeignKey(
        UnitKind,
        verbose_name=_("Loại đơn vị"),
        db_column="kind",
        on_delete=models.PROTECT,
        related_name="units",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("Đơn vị cấp trên"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    locality = models.ForeignKey(
        "home.Locality",
        verbose_name=_("Địa bàn"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    address = models.CharField(_("Địa chỉ"), max_length=300, blank=True)
    phone = models.CharField(_("Điện thoại"), max_length=30, blank=True)
    email = models.EmailField(
        _("Thư điện tử của đơn vị"), blank=True, help_text=_("Nhận thư nhắc hạn cùng cán bộ.")
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("short_name")]),
        FieldRowPanel([FieldPanel("code"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("parent"), FieldPanel("locality")]),
        MultiFieldPanel(
            [FieldPanel("address"), FieldRowPanel([FieldPanel("phone"), FieldPanel("email")])],
            heading=_("Liên hệ"),
        ),
    ]

    class Meta:
        verbose_name = _("Đơn vị")
        verbose_name_plural = _("Đơn vị")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        today = timezone.localdate()
        if self._state.adding and self.kind_id and not self.kind.in_use_on(today):
            raise ValidationError(
                {
                    "kind": _("Loại “%(kind)s” chỉ áp dụng đến ngày %(until)s.")
                    % {"kind": self.kind, "until": format_day(self.kind.in_use_until)}
                }
            )
        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk == self.pk:
                raise ValidationError({"parent": _("Đơn vị không thể là cấp trên của chính nó.")})
            ancestor = ancestor.parent

    @property
    def display_name(self):
        return self.short_name or self.name

    def contact_emails(self):
        """Where reminders go: every officer's address and the unit's own."""
        emails = [officer.user.email for officer in self.officers.select_related("user")]
        if self.email:
            emails.append(self.email)
        return sorted({email for email in emails if email})


class UnitOfficer(models.Model):
    """A unit officer's account belongs to exactly one unit."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="unit_officer"
    )
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="officers")
    position = models.CharField(_("Chức vụ"), max_length=150, blank=True)
    invited_at = models.DateTimeField(_("Gửi thư mời lúc"), null=True, blank=True)

    class Meta:
        verbose_name = _("Cán bộ thi đua của đơn vị")
        verbose_name_plural = _("Cán bộ thi đua của đơn vị")

    def __str__(self):
        return f"{self.user.get_full_name() or self.user.get_username()} ({self.unit})"


class ClusterForm(WagtailAdminModelForm):
    """A unit belongs to at most one cluster or block a year; head and deputy are members."""

    def clean(self):
        cleaned = super().clean()
        members = set(cleaned.get("members") or [])
        for role in ("head_unit", "deputy_unit"):
            unit = cleaned.get(role)
            if unit and unit not in members:
                self.add_error(role, _("Đơn vị này chưa có trong danh sách thành viên."))
        if cleaned.get("head_unit") and cleaned.get("head_unit") == cleaned.get("deputy_unit"):
            self.add_error("deputy_unit", _("Đơn vị phó khối phải khác đơn vị trưởng khối."))
        year = cleaned.get("year")
        if year and members:
            taken = (
                Unit.objects.filter(clusters__year=year, pk__in=[unit.pk for unit in members])
                .exclude(clusters__pk=self.instance.pk)
                .values_list("name", flat=True)
            )
            if taken:
                self.add_error(
                    "members",
                    _("Đã thuộc cụm, khối khác trong năm %(year)s: %(units)s.")
                    % {"year": year, "units": ", ".join(sorted(set(taken)))},
                )
        return cleaned


class Cluster(ClusterableModel):
    """A cluster (by locality) or block (by sector) of units for one year."""

    class Kind(models.TextChoices):
        CLUSTER = "cum", _("Cụm thi đua")
        BLOCK = "khoi", _("Khối thi đua")

    name = models.CharField(_("Tên cụm, khối"), max_length=200)
    kind = models.CharField(_("Loại"), max_length=10, choices=Kind.choices, default=Kind.BLOCK)
    year = models.PositiveIntegerField(_("Năm"))
    members = ParentalManyToManyField(
        Unit, verbose_name=_("Đơn vị thành viên"), related_name="clusters", blank=True
    )
    head_unit = models.ForeignKey(
        Unit,
        verbose_name=_("Đơn vị trưởng khối"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    deputy_unit = models.ForeignKey(
        Unit,
        verbose_name=_("Đơn vị phó khối"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    base_form_class = ClusterForm
    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("kind"), FieldPanel("year")]),
        FieldPanel("members"),
        FieldRowPanel([FieldPanel("head_unit"), FieldPanel("deputy_unit")]),
        InlinePanel("criteria", heading=_("Bảng tiêu chí chấm điểm"), label=_("Tiêu chí")),
    ]

    class Meta:
        verbose_name = _("Cụm, khối thi đua")
        verbose_name_plural = _("Cụm, khối thi đua")
        ordering = ["-year", "name"]
        constraints = [
            models.UniqueConstraint(fields=["year", "name"], name="registrations_cluster_year_name")
        ]

    def __str__(self):
        return f"{self.name} ({self.year})"

    @property
    def max_total(self):
        return sum(criterion.max_points for criterion in self.criteria.all())


class ClusterCriterion(Orderable):
    """One line of a cluster's criteria table: what is scored and its maximum points."""

    cluster = ParentalKey(Cluster, on_delete=models.CASCADE, related_name="criteria")
    content = models.CharField(_("Tiêu chí"), max_length=500)
    max_points = models.DecimalField(_("Điểm tối đa"), max_digits=6, decimal_places=2)

    panels = [FieldPanel("content"), FieldPanel("max_points")]

    class Meta(Orderable.Meta):
        verbose_name = _("Tiêu chí chấm điểm")
        verbose_name_plural = _("Tiêu chí chấm điểm")

    def __str__(self):
        return self.content

    def clean(self):
        if self.max_points is not None and self.max_points <= 0:
            raise ValidationError({"max_points": _("Điểm tối đa phải lớn hơn 0.")})
