import django_filters
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet, SnippetViewSetGroup

from award_requests import admin_views, workflow
from award_requests.models import AwardRequest, KindRule
from award_requests.worklist import award_request_work_items
from core import audit
from core.admin_exports import LaidOutExportMixin
from core.admin_permissions import PersonalDataSnippetViewSet
from core.dates import format_day

audit.add_actions(workflow.ACTIONS)


def code_cell(award_request):
    url = reverse("award_requests_admin:detail", args=[award_request.pk])
    return format_html('<a href="{}">{}</a>', url, award_request.reference_code)


def due_cell(award_request):
    """The answer deadline; an open request past it (or not acknowledged in time) stands out."""
    due = format_day(award_request.due_by)
    if award_request.is_overdue():
        return format_html(
            '<span class="w-status w-status--label">{} · {}</span>', due, _("Quá hạn")
        )
    return due


class AwardRequestFilterSet(WagtailFilterSet):
    deadline = django_filters.ChoiceFilter(
        label=_("Hạn xử lý"),
        empty_label=_("Tất cả"),
        choices=[("qua-han", _("Quá hạn")), ("chua-xong", _("Chưa kết thúc"))],
        method="filter_deadline",
    )

    class Meta:
        model = AwardRequest
        fields = ["status", "kind"]

    def filter_deadline(self, queryset, name, value):
        if value == "qua-han":
            return queryset.overdue()
        return queryset.open()


class AwardRequestIndexView(LaidOutExportMixin, IndexView):
    """The office's export: what citizens typed, formulas neutralised, each export logged;
    never the identity scan."""

    export_label = _("Đề nghị xác nhận, cấp đổi, cấp lại hiện vật khen thưởng")
    holds_personal_data = True


class AwardRequestEditView(EditView):
    """A request is handled on its own page, which e-mails the citizen and logs each step."""

    def get(self, request, *args, **kwargs):
        return redirect("award_requests_admin:detail", pk=self.object.pk)

    def post(self, request, *args, **kwargs):
        return redirect("award_requests_admin:detail", pk=self.object.pk)


class AwardRequestViewSet(PersonalDataSnippetViewSet):
    """Requests hold the requester's contact data and identity papers: the chooser and bulk
    delete are refused to anyone who may not read them."""

    model = AwardRequest
    index_view_class = AwardRequestIndexView
    edit_view_class = AwardRequestEditView
    icon = "form"
    menu_label = _("Đề nghị của công dân")
    list_display = [
        Column("reference_code", label=_("Mã tiếp nhận"), accessor=code_cell),
        "kind",
        "awardee_name",
        "status",
        "submitted_at",
        Column("due_by", label=_("Hạn trả lời"), accessor=due_cell),
    ]
    list_filter = None
    filterset_class = AwardRequestFilterSet
    list_export = [
        "reference_code",
        "get_kind_display",
        "get_status_display",
        "submitted_at",
        "acknowledge_by",
        "due_by",
        "requester_name",
        "requester_phone",
        "requester_email",
        "requester_address",
        "get_relation_display",
        "awardee_name",
        "awardee_birth_year",
        "awardee_native_place",
        "verification_code",
        "award_name",
        "decision_number",
        "award_year",
        "issuing_level",
        "reason",
        "get_reissue_cause_display",
        "acknowledged_at",
        "papers_requested",
        "answer",
        "closed_at",
    ]
    # Choices as people read them, not as stored.
    export_headings = {
        "get_kind_display": _("Loại đề nghị"),
        "get_status_display": _("Trạng thái"),
        "get_relation_display": _("Quan hệ với người được khen thưởng"),
        "get_reissue_cause_display": _("Hiện vật bị"),
    }
    search_fields = ["reference_code", "requester_name", "awardee_name", "requester_phone"]
    search_backend_name = None
    ordering = ["due_by"]
    inspect_view_enabled = False
    panels = []


class KindRuleViewSet(SnippetViewSet):
    model = KindRule
    icon = "doc-full"
    menu_label = _("Thời hạn, căn cứ pháp lý")
    list_display = ["kind", "answer_working_days", "retention_months"]
    inspect_view_enabled = False


class AwardRequestsGroup(SnippetViewSetGroup):
    menu_label = _("Xác nhận, cấp lại khen thưởng")
    menu_icon = "form"
    menu_order = 246
    items = (AwardRequestViewSet, KindRuleViewSet)


register_snippet(AwardRequestsGroup)

admin_patterns = (
    [
        path("<int:pk>/", admin_views.detail, name="detail"),
        path("<int:pk>/giay-to/", admin_views.scan, name="scan"),
        path("<int:pk>/van-ban-tra-loi/", admin_views.reply_file, name="reply_file"),
        path("<int:pk>/tiep-nhan/", admin_views.acknowledge, name="acknowledge"),
        path("<int:pk>/bo-sung/", admin_views.ask_for_papers, name="ask_for_papers"),
        path("<int:pk>/tra-loi/", admin_views.answer, name="answer"),
        path("<int:pk>/tu-choi/", admin_views.refuse, name="refuse"),
    ],
    "award_requests_admin",
)


@hooks.register("register_admin_urls")
def register_award_request_urls():
    return [path("de-nghi-xac-nhan/", include(admin_patterns))]


hooks.register("staff_work_items", award_request_work_items)
