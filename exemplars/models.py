from django.utils.translation import gettext_lazy as _

from core.models import SectionIndexPage

SECTION_TEMPLATE = "core/section_index_page.html"


class ExemplarIndexPage(SectionIndexPage):
    """/guong-dien-hinh/: stories of exemplary people and collectives."""

    template = SECTION_TEMPLATE
    parent_page_types = ["home.HomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("Chuyên mục gương điển hình")


class MovementIndexPage(SectionIndexPage):
    """/phong-trao/: emulation movements."""

    template = SECTION_TEMPLATE
    parent_page_types = ["home.HomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("Chuyên mục phong trào thi đua")
