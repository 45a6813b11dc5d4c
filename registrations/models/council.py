"""The council's meeting on a proposal round and its secret ballot: per nominee only the
totals are kept, compared with the threshold of its award (a share of all the council's
members, as data)."""

from decimal import ROUND_CEILING, Decimal

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from news.models import AwardForm
from registrations.models.proposals import ProposalRound, ProposedNominee

# Lạng Sơn's council rules: at least 70 % of all members for every case.
DEFAULT_THRESHOLD = Decimal("70")


class VoteThreshold(models.Model):
    """The share of all the council's members an award needs (90 % for Chiến sĩ thi đua cấp
    tỉnh and toàn quốc and the State honorary titles; 70 % for the rest, the row without
    an award)."""

    award_form = models.ForeignKey(
        AwardForm,
        verbose_name=_("Hình thức khen thưởng"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Để trống: ngưỡng chung cho mọi hình thức không có ngưỡng riêng."),
    )
    percent = models.DecimalField(
        _("Tỷ lệ phiếu đồng ý tối thiểu (% tổng số thành viên)"),
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("50")), MaxValueValidator(Decimal("100"))],
    )
    legal_basis = models.CharField(_("Căn cứ"), max_length=300, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("award_form"), FieldPanel("percent")]),
        FieldPanel("legal_basis"),
    ]

    class Meta:
        verbose_name = _("Ngưỡng phiếu bầu của Hội đồng")
        verbose_name_plural = _("Ngưỡng phiếu bầu của Hội đồng")
        ordering = ["award_form__sort_order", "pk"]
        constraints = [
            # One row per award and one general row (no award): NULL counted as 0.
            models.UniqueConstraint(
                Coalesce("award_form", 0), name="registrations_one_threshold_per_award"
            )
        ]

    def __str__(self):
        return f"{self.award_label()}: {self.percent:g}%"

    @admin.display(description=_("Hình thức khen thưởng"), ordering="award_form")
    def award_label(self):
        return (
            str(self.award_form) if self.award_form_id else str(_("Mọi hình thức (ngưỡng chung)"))
        )

    @classmethod
    def percent_for(cls, award_form_id, thresholds=None):
        """The threshold of an award: its own row, else the general row, else 70 %."""
        rows = (
            thresholds
            if thresholds is not None
            else {row.award_form_id: row.percent for row in cls.objects.all()}
        )
        return rows.get(award_form_id, rows.get(None, DEFAULT_THRESHOLD))


def votes_needed(members_total, percent):
    """The fewest votes that reach `percent` of all members (70 % of 17 → 12)."""
    return int((Decimal(members_total) * Decimal(percent) / 100).to_integral_value(ROUND_CEILING))


class CouncilMeeting(models.Model):
    """A meeting of the Hội đồng Thi đua – Khen thưởng tỉnh on a proposal round."""

    round = models.ForeignKey(
        ProposalRound,
        verbose_name=_("Đợt đề nghị"),
        on_delete=models.PROTECT,
        related_name="meetings",
    )
    held_on = models.DateField(_("Ngày họp"))
    place = models.CharField(_("Địa điểm"), max_length=255, blank=True)
    chair = models.CharField(_("Chủ trì"), max_length=255, blank=True)
    members_total = models.PositiveSmallIntegerField(
        _("Tổng số thành viên Hội đồng"), validators=[MinValueValidator(1)]
    )
    members_present = models.PositiveSmallIntegerField(_("Số thành viên có mặt"))
    note = models.TextField(_("Ghi chú"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("Phiên họp Hội đồng")
        verbose_name_plural = _("Phiên họp Hội đồng")
        ordering = ["-held_on", "-pk"]

    def __str__(self):
        return _("Phiên họp ngày %(day)s") % {"day": self.held_on.strftime("%d/%m/%Y")}

    def clean(self):
        if (
            self.members_total is not None
            and self.members_present is not None
            and self.members_present > self.members_total
        ):
            raise ValidationError(
                {"members_present": _("Số có mặt không được lớn hơn tổng số thành viên.")}
            )


class Ballot(models.Model):
    """The totals of the secret ballot on one nominee (never who voted how)."""

    meeting = models.ForeignKey(CouncilMeeting, on_delete=models.CASCADE, related_name="ballots")
    nominee = models.OneToOneField(ProposedNominee, on_delete=models.CASCADE, related_name="ballot")
    votes_for = models.PositiveSmallIntegerField(_("Số phiếu đồng ý"))
    votes_against = models.PositiveSmallIntegerField(_("Số phiếu không đồng ý"), default=0)
    votes_invalid = models.PositiveSmallIntegerField(_("Số phiếu không hợp lệ"), default=0)
    # Kept as they were at the vote: a later change of the rules does not rewrite it.
    threshold_percent = models.DecimalField(_("Ngưỡng áp dụng (%)"), max_digits=5, decimal_places=2)
    passed = models.BooleanField(_("Đạt"))
    recorded_at = models.DateTimeField(default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("Kết quả bỏ phiếu")
        verbose_name_plural = _("Kết quả bỏ phiếu")
        ordering = ["nominee__proposal__unit__name", "nominee__sort_order", "nominee__pk"]

    def __str__(self):
        return f"{self.nominee}: {self.votes_for}/{self.meeting.members_total}"

    @property
    def needed(self):
        return votes_needed(self.meeting.members_total, self.threshold_percent)

    @property
    def share(self):
        """Votes for as a percentage of all members (one decimal)."""
        total = self.meeting.members_total
        return (Decimal(self.votes_for) * 100 / total).quantize(Decimal("0.1")) if total else None

    def clean(self):
        present = self.meeting.members_present if self.meeting_id else None
        cast = (self.votes_for or 0) + (self.votes_against or 0) + (self.votes_invalid or 0)
        if present is not None and cast > present:
            raise ValidationError(
                _("Tổng số phiếu (%(cast)s) lớn hơn số thành viên có mặt (%(present)s).")
                % {"cast": cast, "present": present}
            )

    def decide(self):
        self.passed = self.votes_for >= votes_needed(
            self.meeting.members_total, self.threshold_percent
        )
        return self.passed
