from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import SectionIndexPage


class Unit(models.Model):
    """A unit that takes part in the province's emulation (sở, huyện, doanh nghiệp, đoàn thể)."""

    class Kind(models.TextChoices):
        DEPARTMENT = "so_nganh", _("Sở, ban, ngành")
        DISTRICT = "huyen", _("Huyện, thành phố")
        ENTERPRISE = "doanh_nghiep", _("Doanh nghiệp")
        MASS_ORGANISATION = "doan_the", _("Đoàn thể")

    name = models.CharField(_("Tên đơn vị"), max_length=255)
    short_name = models.CharField(_("Tên viết tắt"), max_length=50, blank=True)
    code = models.SlugField(_("Mã đơn vị"), max_length=30, unique=True)
    kind = models.CharField(_("Loại đơn vị"), max_length=20, choices=Kind.choices)

    class Meta:
        verbose_name = _("Đơn vị")
        verbose_name_plural = _("Đơn vị")
        ordering = ["name"]

    def __str__(self):
        return self.name


class UnitOfficer(models.Model):
    """A unit officer's account belongs to exactly one unit."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="unit_officer"
    )
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="officers")

    class Meta:
        verbose_name = _("Cán bộ thi đua của đơn vị")
        verbose_name_plural = _("Cán bộ thi đua của đơn vị")

    def __str__(self):
        return f"{self.user.get_full_name() or self.user.get_username()} ({self.unit})"


class RegistrationPortalPage(SectionIndexPage):
    """/dang-ky-thi-dua/: the units' area (registration and result reports)."""

    template = "registrations/registration_portal_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("Khu vực đăng ký thi đua")

    def get_sitemap_urls(self, request=None):
        return []  # the units' area is for signed-in officers, not for search engines

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        officer = (
            getattr(request.user, "unit_officer", None) if request.user.is_authenticated else None
        )
        context["officer_unit"] = officer.unit if officer else None
        return context
