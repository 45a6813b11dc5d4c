import django_filters
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView

from core import audit
from core.admin_permissions import PersonalDataSnippetViewSet
from core.dates import format_day
from privacy import admin_views, retention
from privacy.models import DataRequest
from privacy.worklist import privacy_work_items

audit.add_actions(
    {
        "tdkt.privacy.confirmed": _("Công dân xác nhận yêu cầu về dữ liệu cá nhân"),
        "tdkt.privacy.file_sent": _("Gửi tệp dữ liệu cá nhân cho người yêu cầu"),
        "tdkt.privacy.erased": _("Xóa thông tin liên hệ theo yêu cầu"),
        "tdkt.privacy.done": _("Hoàn thành yêu cầu về dữ liệu cá nhân"),
        "tdkt.privacy.extended": _("Gia hạn trả lời yêu cầu về dữ liệu cá nhân"),
        **retention.ACTIONS,
    }
)


def code_cell(data_request):
    url = reverse("privacy_admin:detail", args=[data_request.pk])
    return format_html('<a href="{}">{}</a>', url, data_request.reference_code)


def due_cell(data_request):
    """The answer deadline; an open request past it stands out (red badge), an extended one
    says so, with its reason."""
    due = format_day(data_request.due_by)
    if data_request.is_overdue():
        due = format_html(
            '<span class="w-status w-status--label">{} · {}</span>', due, _("Quá hạn")
        )
    if data_request.is_extended:
        return format_html(
            '{} <span class="w-status">{}</span><br><small>{}</small>',
            due,
            _("Đã gia hạn"),
            Truncator(data_request.extension_reason).chars(80),
        )
    return due


class DataRequestFilterSet(WagtailFilterSet):
    deadline = django_filters.ChoiceFilter(
        label=_("Hạn trả lời"),
        empty_label=_("Tất cả"),
        choices=[("qua-han", _("Quá hạn")), ("chua-xong", _("Chưa hoàn thành"))],
        method="filter_deadline",
    )

    class Meta:
        model = DataRequest
        fields = ["status", "kind"]

    def filter_deadline(self, queryset, name, value):
        if value == "qua-han":
            return queryset.overdue()
        return queryset.open()


class DataRequestEditView(EditView):
    """A request is handled on its own page, which e-mails the person and logs each step."""

    def get(self, request, *args, **kwargs):
        return redirect("privacy_admin:detail", pk=self.object.pk)

    def post(self, request, *args, **kwargs):
        return redirect("privacy_admin:detail", pk=self.object.pk)


class DataRequestViewSet(PersonalDataSnippetViewSet):
    """Requests hold the person's e-mail: the chooser and bulk delete are refused to anyone who
    may not read them. They are handled on their own page (privacy_admin:detail)."""

    model = DataRequest
    icon = "lock"
    menu_label = _("Yêu cầu dữ liệu cá nhân")
    add_to_admin_menu = True
    menu_order = 245
    list_display = [
        Column("reference_code", label=_("Mã tiếp nhận"), accessor=code_cell),
        "kind",
        "status",
        "confirmed_at",
        Column("due_by", label=_("Hạn trả lời"), accessor=due_cell),
    ]
    filterset_class = DataRequestFilterSet
    search_fields = ["reference_code", "email"]
    search_backend_name = None
    ordering = ["due_by"]
    inspect_view_enabled = False
    edit_view_class = DataRequestEditView
    panels = []


register_snippet(DataRequestViewSet)

admin_patterns = (
    [
        path("<int:pk>/", admin_views.detail, name="detail"),
        path("<int:pk>/gui-tep/", admin_views.send_file, name="send_file"),
        path("<int:pk>/xoa-lien-he/", admin_views.erase, name="erase"),
        path("<int:pk>/gia-han/", admin_views.extend, name="extend"),
        path("<int:pk>/hoan-thanh/", admin_views.done, name="done"),
    ],
    "privacy_admin",
)


@hooks.register("register_admin_urls")
def register_privacy_urls():
    return [path("du-lieu-ca-nhan/", include(admin_patterns))]


hooks.register("staff_work_items", privacy_work_items)
