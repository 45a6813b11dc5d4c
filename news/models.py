from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import PortalPage, SectionIndexPage

SECTION_TEMPLATE = "core/section_index_page.html"


class NewsIndexPage(SectionIndexPage):
    """/tin-tuc/: news, newest first."""

    subpage_types = ["news.NewsPage"]
    parent_page_types = ["home.HomePage"]
    max_count = 1
    per_page = 12

    class Meta:
        verbose_name = _("Chuyên mục tin tức")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = NewsPage.objects.live().public().child_of(self).order_by("-date", "-pk")
        context["news_page"] = Paginator(news, self.per_page).get_page(request.GET.get("trang"))
        return context


class NewsPage(PortalPage):
    """A news article."""

    date = models.DateTimeField(_("Ngày đăng"), default=timezone.now)
    lead = models.TextField(_("Tóm tắt"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("Nội dung"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("body"),
    ]
    search_fields = [*PortalPage.search_fields, index.FilterField("date")]
    search_text_sources = ("title", "lead", "body", "search_description")
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Tin bài")
        verbose_name_plural = _("Tin bài")

    @property
    def display_date(self):
        return self.date


class DocumentIndexPage(SectionIndexPage):
    """/van-ban/: the documents library."""

    template = SECTION_TEMPLATE
    parent_page_types = ["home.HomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("Thư viện văn bản")


class AwardDecisionIndexPage(SectionIndexPage):
    """/khen-thuong/: award decisions."""

    template = SECTION_TEMPLATE
    parent_page_types = ["home.HomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("Chuyên mục quyết định khen thưởng")


class AwardLookupPage(SectionIndexPage):
    """/tra-cuu/: the public award lookup."""

    template = SECTION_TEMPLATE
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("Trang tra cứu khen thưởng")


class AwardStatisticsPage(SectionIndexPage):
    """/thong-ke/: award statistics against the targets."""

    template = SECTION_TEMPLATE
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("Trang thống kê khen thưởng")
