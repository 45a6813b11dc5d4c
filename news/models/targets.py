"""Award targets of a plan period (chỉ tiêu khen thưởng), measured by the statistics."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.snippets.models import register_snippet

from news.models.catalogue import Tier


@register_snippet
class AwardTarget(models.Model):
    """A target of a plan: e.g. State-level awards, small collectives ≥ 60 % (2021–2025)."""

    class Group(models.TextChoices):
        SMALL_COLLECTIVE = "small_collective", _("Tập thể nhỏ (trên tổng số tập thể)")
        SMALL_OR_GRASSROOTS = (
            "small_collective_or_grassroots",
            _("Tập thể nhỏ, đơn vị cơ sở (trên tổng số tập thể)"),
        )
        DIRECT_WORKER = "direct_worker", _("Người lao động trực tiếp (trên tổng số cá nhân)")
        WORKER_FARMER = "worker_farmer", _("Công nhân, nông dân (trên tổng số cá nhân)")

    class Comparison(models.TextChoices):
        AT_LEAST = "gte", "≥"
        MORE_THAN = "gt", ">"

    plan = models.CharField(_("Kế hoạch, đề án"), max_length=200)
    period_start = models.PositiveIntegerField(_("Từ năm"))
    period_end = models.PositiveIntegerField(_("Đến năm"))
    tier = models.CharField(
        _("Cấp khen thưởng"),
        max_length=20,
        choices=[(Tier.STATE, Tier.STATE.label), (Tier.PROVINCE, Tier.PROVINCE.label)],
    )
    group = models.CharField(_("Nhóm đối tượng"), max_length=40, choices=Group.choices)
    comparison = models.CharField(
        _("So sánh"), max_length=3, choices=Comparison.choices, default=Comparison.AT_LEAST
    )
    threshold = models.DecimalField(_("Chỉ tiêu (%)"), max_digits=5, decimal_places=2)
    note = models.CharField(_("Ghi chú"), max_length=300, blank=True)
    sort_order = models.PositiveIntegerField(_("Thứ tự"), default=0)

    panels = [
        FieldPanel("plan"),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
        FieldRowPanel([FieldPanel("tier"), FieldPanel("group")]),
        FieldRowPanel([FieldPanel("comparison"), FieldPanel("threshold")]),
        FieldPanel("note"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("Chỉ tiêu khen thưởng")
        verbose_name_plural = _("Chỉ tiêu khen thưởng")
        ordering = ["-period_start", "tier", "sort_order"]

    def __str__(self):
        return (
            f"{self.get_tier_display()}: {self.get_group_display()} "
            f"{self.get_comparison_display()} {self.threshold}%"
        )

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("Năm kết thúc không thể trước năm bắt đầu.")})
        if self.threshold is not None and not (Decimal(0) <= self.threshold <= Decimal(100)):
            raise ValidationError({"threshold": _("Chỉ tiêu là một tỷ lệ phần trăm từ 0 đến 100.")})

    @property
    def period_label(self):
        return f"{self.period_start} – {self.period_end}"

    def is_met(self, ratio):
        if ratio is None:
            return False
        if self.comparison == self.Comparison.MORE_THAN:
            return ratio > self.threshold
        return ratio >= self.threshold
