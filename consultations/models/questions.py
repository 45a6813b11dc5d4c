from django.utils.translation import gettext_lazy as _

from core.models import SectionIndexPage

SECTION_TEMPLATE = "core/section_index_page.html"


class QuestionIndexPage(SectionIndexPage):
    """/hoi-dap/: citizens' questions and the council's answers."""

    template = SECTION_TEMPLATE
    parent_page_types = ["home.HomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("Chuyên mục hỏi đáp")
