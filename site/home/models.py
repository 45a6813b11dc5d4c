from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    PageChooserPanel,
    TitleFieldPanel,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, Site

from core import chrome
from core.blocks import BodyBlock, LinkBlock, QuickLinkBlock, SocialLinkBlock
from core.models import ListItem, PortalPage
from core.text import fold_words, slugify_vi


class HomePage(PortalPage):
    """The portal's front page.

    Each content app contributes its block (latest news, featured exemplars, open
    consultations, the open registration campaign) through the `home_page_context` hook;
    a block stays empty until its app fills it.
    """

    hero_title = models.CharField(_("Tiêu đề chính"), max_length=200, blank=True)
    hero_text = models.TextField(_("Lời giới thiệu"), blank=True)
    quick_links = StreamField(
        [("quick_link", QuickLinkBlock())], verbose_name=_("Lối tắt"), blank=True
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_text")], _("Phần mở đầu")),
        FieldPanel("quick_links"),
    ]
    search_text_sources = ("title", "hero_title", "hero_text")
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("Trang chủ")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        for contribute in hooks.get_hooks("home_page_context"):
            context.update(contribute(request, self))
        return context


class StandardPage(PortalPage):
    """About, Contact, Privacy policy and other plain pages."""

    lead = models.TextField(_("Tóm tắt"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("Nội dung"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("body")]
    search_text_sources = ("title", "lead", "body", "search_description")

    class Meta:
        verbose_name = _("Trang thông tin")
        verbose_name_plural = _("Trang thông tin")


# The standing office as sentences name it, until the secretariat sets its own.
DEFAULT_OFFICE_SHORT_NAME = "Ban Thi đua – Khen thưởng"


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """What the secretariat edits about the council itself: shown in the header and footer."""

    select_related = ["logo"]

    council_name = models.CharField(
        _("Tên Hội đồng"), max_length=200, default="Hội đồng Thi đua – Khen thưởng tỉnh"
    )
    office_name = models.CharField(_("Cơ quan thường trực"), max_length=200, blank=True)
    office_short_name = models.CharField(
        _("Tên ngắn của cơ quan thường trực"),
        max_length=120,
        default=DEFAULT_OFFICE_SHORT_NAME,
        help_text=_(
            "Dùng trong câu: “… đã nhận hồ sơ của đơn vị”. Ví dụ: Ban Thi đua – Khen thưởng, "
            "Phòng Thi đua – Khen thưởng."
        ),
    )
    province = models.CharField(_("Tỉnh"), max_length=100, blank=True)
    address = models.CharField(_("Địa chỉ"), max_length=300, blank=True)
    phone = models.CharField(_("Điện thoại"), max_length=50, blank=True)
    email = models.EmailField(_("Thư điện tử"), blank=True)
    working_hours = models.CharField(_("Giờ làm việc"), max_length=200, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Biểu trưng"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Trang chính sách bảo vệ dữ liệu cá nhân"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Các biểu mẫu nhận dữ liệu cá nhân liên kết tới trang này."),
    )
    footer_note = models.TextField(_("Ghi chú chân trang"), blank=True)
    footer_links = StreamField(
        [("link", LinkBlock())], verbose_name=_("Liên kết chân trang"), blank=True
    )
    social_links = StreamField(
        [("social", SocialLinkBlock())], verbose_name=_("Mạng xã hội"), blank=True
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("council_name"),
                FieldPanel("office_name"),
                FieldPanel("office_short_name"),
                FieldPanel("province"),
                FieldPanel("logo"),
            ],
            _("Cơ quan"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("working_hours"),
            ],
            _("Liên hệ"),
        ),
        PageChooserPanel("privacy_page"),
        FieldPanel("footer_note"),
        FieldPanel("footer_links"),
        FieldPanel("social_links"),
    ]

    class Meta:
        verbose_name = _("Thông tin cổng")


def office_short_name(request=None, site=None):
    """The standing office's short name for sentences ("… đã nhận hồ sơ"): from the request's
    site, else from `site` or the default site (e-mails, tasks, commands)."""
    try:
        if request is not None:
            portal = chrome.portal_settings(request)  # the chrome's copy: no query
        else:
            portal = PortalSettings.for_site(
                site or Site.objects.filter(is_default_site=True).first()
            )
    except PortalSettings.DoesNotExist:  # no site set up yet
        return DEFAULT_OFFICE_SHORT_NAME
    return portal.office_short_name or DEFAULT_OFFICE_SHORT_NAME


def mail_context():
    """What every e-mail may say of the site (core.mail.send_templated_email)."""
    return {"office_short_name": office_short_name()}


class Locality(ListItem):
    """A commune-level unit of the province (xã, phường, đặc khu), or a district-level one
    (huyện, thành phố, thị xã) kept for the records made before the two-level local government
    of 1/7/2025. Data the secretariat edits; the province's list is loaded from home/data
    (`manage.py load_localities`). Its chooser and list: home.wagtail_hooks."""

    class Kind(models.TextChoices):
        # Listings sort by this code: đặc khu, phường, xã, then the former kinds.
        SPECIAL_ZONE = "dac_khu", _("Đặc khu")
        WARD = "phuong", _("Phường")
        COMMUNE = "xa", _("Xã")
        DISTRICT = "huyen", _("Huyện (cũ)")
        CITY = "thanh_pho", _("Thành phố (cũ)")
        TOWN = "thi_xa", _("Thị xã (cũ)")

    # The district level ended on 1/7/2025: these kinds exist only in older records.
    FORMER_KINDS = (Kind.DISTRICT, Kind.CITY, Kind.TOWN)

    kind = models.CharField(_("Loại"), max_length=20, choices=Kind.choices, default=Kind.COMMUNE)
    is_current = models.BooleanField(
        _("Đơn vị hành chính hiện hành"),
        default=True,
        help_text=_(
            "Bỏ chọn với đơn vị đã thôi tồn tại (các huyện, thành phố trước 1/7/2025): "
            "vẫn giữ để hồ sơ cũ hiển thị đúng, xếp sau các đơn vị hiện hành."
        ),
    )
    former_district = models.ForeignKey(
        "self",
        verbose_name=_("Thuộc huyện, thành phố cũ"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="successors",
        help_text=_("Huyện, thành phố trước 1/7/2025 mà phần lớn địa bàn này thuộc về."),
    )
    # fold_words(name), kept on save: "chi lang" finds "xã Chi Lăng" on both databases.
    search_name = models.CharField(max_length=150, editable=False, blank=True, default="")

    panels = [
        TitleFieldPanel("name", targets=["slug"], placeholder=None),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("is_current")]),
        FieldPanel("former_district"),
    ]

    class Meta(ListItem.Meta):
        verbose_name = _("Địa bàn")
        verbose_name_plural = _("Địa bàn")
        ordering = ["-is_current", "kind", "search_name"]

    def __str__(self):
        if self.is_current:
            return self.name
        return _("%(name)s (trước 1/7/2025)") % {"name": self.name}

    def clean(self):
        super().clean()
        errors = {}
        if self.is_current and self.kind in self.FORMER_KINDS:
            errors["is_current"] = _("Cấp huyện không còn từ 1/7/2025: hãy bỏ chọn ô này.")
        district = self.former_district
        if district is not None:
            if not self.is_current:
                errors["former_district"] = _("Chỉ đơn vị hiện hành mới ghi huyện cũ.")
            elif district.is_current or district.pk == self.pk:
                errors["former_district"] = _("Hãy chọn một huyện, thành phố trước 1/7/2025.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.search_name = fold_words(self.name)
        if not self.slug:
            self.slug = slugify_vi(self.name, max_length=150)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "search_name"}
        super().save(*args, **kwargs)
