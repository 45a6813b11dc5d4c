from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from consultations import admin_views
from consultations.models import ConsultationPage, Holiday

HOME_ROUNDS_COUNT = 3


@hooks.register("home_page_context")
def open_consultations(request, home_page):
    now = timezone.now()
    rounds = (
        ConsultationPage.objects.live()
        .public()
        .filter(opens_at__lte=now, closes_at__gt=now)
        .order_by("closes_at")
    )
    return {"open_consultations": list(rounds[:HOME_ROUNDS_COUNT])}


class HolidayViewSet(SnippetViewSet):
    model = Holiday
    icon = "date"
    menu_label = _("Lịch nghỉ lễ")
    list_display = ["date", "name"]
    ordering = ["-date"]


register_snippet(HolidayViewSet)


admin_patterns = (
    [
        path("", admin_views.queue, name="queue"),
        path("thao-tac/", admin_views.bulk_action, name="bulk_action"),
        path("<int:pk>/", admin_views.detail, name="detail"),
        path("bao-cao/<int:round_id>/", admin_views.report, name="report"),
        path(
            "bao-cao/<int:round_id>/xlsx/",
            admin_views.report,
            {"fmt": "xlsx"},
            name="report_xlsx",
        ),
    ],
    "consultations_admin",
)


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return [path("y-kien/", include(admin_patterns))]


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.MODERATE)


@hooks.register("register_admin_menu_item")
def moderation_menu_item():
    return ModerationMenuItem(
        _("Kiểm duyệt ý kiến"),
        reverse("consultations_admin:queue"),
        icon_name="comment",
        order=250,
    )


@hooks.register("register_page_header_buttons")
def round_report_buttons(page, user, view_name, next_url=None):
    if page.specific_class is ConsultationPage and user.has_perm(admin_views.MODERATE):
        yield Button(
            _("Báo cáo Hội đồng"),
            reverse("consultations_admin:report", args=[page.pk]),
            icon_name="doc-full",
            priority=70,
        )
        yield Button(
            _("Ý kiến của đợt này"),
            reverse("consultations_admin:queue") + f"?round={page.pk}",
            icon_name="comment",
            priority=71,
        )


@hooks.register("seed_demo_content")
def seed_consultations_demo(home, builder):
    from consultations.demo import build

    build(home, builder)
