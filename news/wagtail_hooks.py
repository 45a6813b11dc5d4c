from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import Button, HeaderButton
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core import compiled
from core.choosers import FoldedSearchIndexView, FoldedSearchSnippetViewSet
from core.models import kept_rows
from news import admin_views
from news.models import (
    AwardDecisionPage,
    AwardForm,
    DecisionLevel,
    NewsCategory,
    NewsPage,
    ResistanceAward,
)
from news.models.news import with_card_images

HOME_NEWS_COUNT = 6


class AwardFormViewSet(FoldedSearchSnippetViewSet):
    """The award catalogue: its list and chooser find "Bằng khen …" from "bang khen"."""

    model = AwardForm
    list_display = ["__str__", "group", "recipients", "sort_order"]
    list_filter = ["group", "recipients"]
    list_per_page = 50
    search_fields = ["name", "rank"]
    chooser_columns = [("get_group_display", _("Nhóm"))]


register_snippet(AwardFormViewSet)


class DecisionLevelViewSet(SnippetViewSet):
    """Who decides awards; a level the law ended keeps its end date, never deleted while
    decisions use it."""

    model = DecisionLevel
    icon = "crosshairs"
    list_display = ["name", "tier", "in_use_until", "sort_order"]
    list_filter = ["tier"]
    search_fields = ["name"]
    search_backend_name = None
    inspect_view_enabled = False


register_snippet(DecisionLevelViewSet)


class ResistanceAwardIndexView(FoldedSearchIndexView):
    """The records' list, with the import beside "Add"."""

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.request.user.has_perm("news.add_resistanceaward"):
            buttons.append(
                HeaderButton(
                    _("Nhập từ tệp"), url=reverse("news_resistance_import"), icon_name="upload"
                )
            )
        return buttons


class ResistanceAwardViewSet(FoldedSearchSnippetViewSet):
    """The resistance-war award records, imported from the office's register and corrected
    one by one here. Their year of birth is shown to the office only."""

    model = ResistanceAward
    icon = "clipboard-list"
    menu_label = _("Khen thưởng kháng chiến")
    list_display = [
        "full_name",
        "birth_year",
        "native_place",
        Column("award_title", label=_("Hình thức khen thưởng")),
        "decision_number",
    ]
    list_filter = ["award", "award_class"]
    list_per_page = 50
    folded_field = "search_name"
    search_fields = ["full_name"]
    inspect_view_enabled = False

    @cached_property
    def index_view_class(self):
        return type("IndexView", (ResistanceAwardIndexView,), {"folded_field": self.folded_field})


register_snippet(ResistanceAwardViewSet)


def _latest_news():
    news = NewsPage.objects.live().public().select_related("category").order_by("-date", "-pk")
    # With their lead pictures' renditions: one query for the block, kept with it.
    return compiled.rows(with_card_images(news)[:HOME_NEWS_COUNT], "home: latest news")


@hooks.register("home_page_context")
def latest_news(request, home_page):
    # Kept until news, their categories, an image or a view restriction change
    # (core.models.kept_rows).
    return {
        "latest_news": kept_rows(
            "home-latest-news",
            _latest_news,
            [NewsPage, NewsCategory, PageViewRestriction, get_image_model()],
        )
    }


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path(
            "khen-thuong/mau-danh-sach.<str:fmt>",
            admin_views.download_template,
            name="news_import_template",
        ),
        path(
            "khen-thuong/<int:page_id>/nhap-danh-sach/",
            admin_views.import_awardees,
            name="news_import_awardees",
        ),
        path(
            "khen-thuong-khang-chien/mau.<str:fmt>",
            admin_views.download_resistance_template,
            name="news_resistance_template",
        ),
        path(
            "khen-thuong-khang-chien/nhap/",
            admin_views.import_resistance_awards,
            name="news_resistance_import",
        ),
    ]


@hooks.register("register_page_header_buttons")
def import_awardees_button(page, user, view_name, next_url=None):
    if page.specific_class is AwardDecisionPage and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Nhập danh sách từ tệp"),
            reverse("news_import_awardees", args=[page.pk]),
            icon_name="upload",
            priority=75,
        )
