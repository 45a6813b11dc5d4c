import django_filters
from django.conf import settings
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import Button
from wagtail.models import PageViewRestriction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from consultations import admin_views
from consultations.admin_views import BULK_ACTIONS, ModerationQueueView
from consultations.answers import after_staff_save
from consultations.models import (
    AnsweredQuestionPage,
    ConsultationPage,
    Holiday,
    Question,
    QuestionTopic,
)
from consultations.worklist import (
    OPEN_QUESTION_STATES,
    question_deadlines,
    secretariat_work_items,
)
from core import compiled
from core.admin_exports import LaidOutExportMixin
from core.admin_permissions import PersonalDataSnippetViewSet
from core.models import kept_rows

HOME_ROUNDS_COUNT = 3


def _rounds_not_closed():
    return list(
        ConsultationPage.objects.live()
        .public()
        .filter(closes_at__gt=timezone.now())
        .order_by("closes_at", "pk")
    )


@hooks.register("home_page_context")
def open_consultations(request, home_page):
    # The rounds not closed when the list was kept (core.models.kept_rows: until a round or a
    # view restriction changes), open or not at this moment: time only ever removes rounds
    # from it, so choosing the open ones now is exact.
    now = timezone.now()
    rounds = kept_rows(
        "home-rounds-not-closed", _rounds_not_closed, [ConsultationPage, PageViewRestriction]
    )
    open_now = [page for page in rounds if page.opens_at <= now < page.closes_at]
    return {"open_consultations": open_now[:HOME_ROUNDS_COUNT]}


class HolidayViewSet(SnippetViewSet):
    model = Holiday
    icon = "date"
    menu_label = _("Lịch nghỉ lễ")
    list_display = ["date", "name"]
    ordering = ["-date"]


class QuestionTopicViewSet(SnippetViewSet):
    model = QuestionTopic
    icon = "tag"
    menu_label = _("Chủ đề hỏi đáp")
    list_display = ["name", "slug", "sort_order"]


def days_open_cell(question):
    """Working days open; overdue ones stand out (red badge)."""
    days = question.days_open
    if question.is_open and days > settings.QUESTION_ANSWER_WORKING_DAYS:
        return format_html(
            '<span class="w-status w-status--label">{} · {}</span>', days, _("Quá hạn")
        )
    return days


def attachment_cell(question):
    """A download link for the staff (the file itself is never public)."""
    if not question.attachment:
        return ""
    url = reverse("consultations_admin:question_attachment", args=[question.pk])
    return format_html('<a href="{}">{}</a>', url, _("Tải tệp"))


class QuestionIndexView(LaidOutExportMixin, IndexView):
    """Citizens type what is exported here: exported like the site's other lists (formulas
    neutralised in CSV, a laid-out XLSX), and each export is written to the audit log."""

    export_label = _("Câu hỏi, kiến nghị của công dân")
    holds_personal_data = True


class QuestionFilterSet(WagtailFilterSet):
    """The list's filters, and the answer deadline the admin home's work list links to."""

    deadline = django_filters.ChoiceFilter(
        label=_("Hạn trả lời"),
        empty_label=_("Tất cả"),
        choices=[("qua-han", _("Quá hạn")), ("sap-den-han", _("Sắp đến hạn"))],
        method="filter_deadline",
    )

    class Meta:
        model = Question
        fields = ["state", "kind", "topic", "assigned_to", "publish"]

    def filter_deadline(self, queryset, name, value):
        overdue_before, near_before = question_deadlines()
        queryset = queryset.filter(state__in=OPEN_QUESTION_STATES)
        if value == "qua-han":
            return queryset.filter(submitted_at__lt=overdue_before)
        return queryset.filter(submitted_at__gte=overdue_before, submitted_at__lt=near_before)


class QuestionViewSet(PersonalDataSnippetViewSet):
    """Citizens' questions: name, e-mail, phone and text are personal data, so the chooser and
    the bulk delete are refused to anyone who may not view or change questions."""

    model = Question
    index_view_class = QuestionIndexView
    icon = "help"
    menu_label = _("Câu hỏi, kiến nghị")
    add_to_admin_menu = False
    list_display = [
        "reference_code",
        "kind",
        "topic",
        "name",
        "state",
        "assigned_to",
        Column("days_open", label=_("Số ngày làm việc"), accessor=days_open_cell),
        Column("attachment", label=_("Tệp đính kèm"), accessor=attachment_cell),
        "submitted_at",
    ]
    filterset_class = QuestionFilterSet
    list_export = [
        "reference_code",
        "kind",
        "topic",
        "name",
        "email",
        "phone",
        "text",
        "state",
        "assigned_to",
        "submitted_at",
        "answered_at",
        "days_open",
        "publish",
    ]
    export_filename = "cau-hoi-kien-nghi"
    search_fields = ["reference_code", "name", "email", "text"]
    search_backend_name = None  # a plain database search: the model is not in the site index
    ordering = ["-submitted_at"]
    inspect_view_enabled = False


class ConsultationsGroup(SnippetViewSetGroup):
    menu_label = _("Hỏi đáp, lấy ý kiến")
    menu_icon = "help"
    menu_order = 240
    items = (QuestionViewSet, QuestionTopicViewSet, HolidayViewSet)


register_snippet(ConsultationsGroup)


@hooks.register("after_edit_snippet")
def question_saved(request, instance):
    if isinstance(instance, Question):
        after_staff_save(instance, request.user)


@hooks.register("home_page_context")
def frequent_questions(request, home_page):
    return {
        "frequent_questions": kept_rows(
            "home-frequent-questions",
            _frequent_questions,
            [AnsweredQuestionPage, PageViewRestriction],
        )
    }


def _frequent_questions():
    faq = (
        AnsweredQuestionPage.objects.live()
        .public()
        .filter(is_faq=True)
        .order_by("-answered_on", "-pk")
    )
    return compiled.rows(faq[:5], "home: frequent questions")


admin_patterns = (
    [
        path("", ModerationQueueView.as_view(), name="queue"),
        path(
            "ket-qua/",
            ModerationQueueView.as_view(results_only=True),
            name="queue_results",
        ),
        path("<int:pk>/", admin_views.detail, name="detail"),
        path("bao-cao/<int:round_id>/", admin_views.report, name="report"),
        path(
            "cau-hoi/<int:pk>/tep-dinh-kem/",
            admin_views.question_attachment,
            name="question_attachment",
        ),
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


hooks.register("staff_work_items", secretariat_work_items)

for bulk_action in BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action)


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
