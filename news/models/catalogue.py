"""The award catalogue: who decides an award (decision levels and their tiers) and the award
forms and emulation titles."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from core.models import CodedListItem


class Tier(models.TextChoices):
    """What the statistics and targets count by: who decided the award."""

    STATE = "state", _("Cấp Nhà nước")
    PROVINCE = "province", _("Cấp tỉnh")
    BASE = "base", _("Cấp sở, ngành, địa phương")


class DecisionLevel(CodedListItem):
    """Who decides an award (Chủ tịch nước, Chủ tịch UBND tỉnh, Chủ tịch UBND xã…): data the
    secretariat edits when the law moves a power, each level counted under one tier by the
    statistics and the targets. A level the law ended keeps its rows for older decisions and
    its end date refuses newer ones (cấp huyện ended on 1/7/2025)."""

    # The codes of the levels the migrations create: the look-up's ?cap= links, imports and the
    # demo name them. A level added in the admin gets its code from its name.
    PRESIDENT = "chu_tich_nuoc"
    PRIME_MINISTER = "thu_tuong"
    PROVINCIAL_CHAIR = "chu_tich_ubnd_tinh"
    DEPARTMENT_HEAD = "thu_truong_so_nganh"
    DISTRICT_CHAIR = "chu_tich_ubnd_co_so"
    COMMUNE_CHAIR = "chu_tich_ubnd_xa"

    name = models.CharField(_("Cấp quyết định"), max_length=150, unique=True)
    tier = models.CharField(
        _("Thống kê vào"),
        max_length=20,
        choices=Tier.choices,
        help_text=_("Nhóm dùng cho thống kê và chỉ tiêu khen thưởng."),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("tier"), FieldPanel("in_use_until"), FieldPanel("sort_order")]),
    ]

    class Meta(CodedListItem.Meta):
        verbose_name = _("Cấp quyết định khen thưởng")
        verbose_name_plural = _("Cấp quyết định khen thưởng")

    @classmethod
    def tiers(cls):
        """{code: tier} of every level (one query)."""
        return dict(cls.objects.values_list("code", "tier"))


class Recipients(models.TextChoices):
    INDIVIDUAL = "individual", _("Cá nhân")
    COLLECTIVE = "collective", _("Tập thể")
    BOTH = "both", _("Cá nhân và tập thể")


class AwardForm(models.Model):
    """The editable catalogue of award forms and emulation titles (its snippet, searched without
    diacritics: news.wagtail_hooks)."""

    class Group(models.TextChoices):
        ORDER = "huan_chuong", _("Huân chương")
        MEDAL = "huy_chuong", _("Huy chương")
        HONORARY_TITLE = "danh_hieu_vinh_du", _("Danh hiệu vinh dự nhà nước")
        PRIZE = "giai_thuong", _("Giải thưởng")
        COMMEMORATIVE = "ky_niem_chuong", _("Kỷ niệm chương")
        CERTIFICATE = "bang_khen", _("Bằng khen")
        MERIT = "giay_khen", _("Giấy khen")
        EMULATION_TITLE = "danh_hieu_thi_dua", _("Danh hiệu thi đua")
        EMULATION_FLAG = "co_thi_dua", _("Cờ thi đua")

    name = models.CharField(_("Tên hình thức"), max_length=200)
    rank = models.CharField(_("Hạng"), max_length=30, blank=True, help_text=_("Ví dụ: hạng Ba"))
    group = models.CharField(_("Nhóm"), max_length=30, choices=Group.choices)
    recipients = models.CharField(
        _("Đối tượng"), max_length=20, choices=Recipients.choices, default=Recipients.BOTH
    )
    sort_order = models.PositiveIntegerField(_("Thứ tự"), default=0)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("rank")]),
        FieldRowPanel([FieldPanel("group"), FieldPanel("recipients")]),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("Hình thức khen thưởng")
        verbose_name_plural = _("Danh mục hình thức khen thưởng")
        ordering = ["sort_order", "name", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["name", "rank"], name="news_awardform_name_rank_unique")
        ]

    def __str__(self):
        return f"{self.name} {self.rank}".strip()

    def accepts(self, kind):
        return self.recipients in (Recipients.BOTH, kind)
