from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.snippets.models import register_snippet

from core.blocks import BodyBlock, LinkBlock, QuickLinkBlock, SocialLinkBlock
from core.models import ListItem, PortalPage


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


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """What the secretariat edits about the council itself: shown in the header and footer."""

    select_related = ["logo"]

    council_name = models.CharField(
        _("Tên Hội đồng"), max_length=200, default="Hội đồng Thi đua – Khen thưởng tỉnh"
    )
    office_name = models.CharField(_("Cơ quan thường trực"), max_length=200, blank=True)
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


@register_snippet
class Locality(ListItem):
    """A locality of the province (xã, phường; formerly huyện): data the secretariat edits."""

    class Meta(ListItem.Meta):
        verbose_name = _("Địa bàn")
        verbose_name_plural = _("Địa bàn")
