"""The office's admin URLs, its menu item and its stylesheet; registrations.wagtail_hooks
registers them with Wagtail."""

from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy
from wagtail.admin.menu import MenuItem

from registrations.admin_views.actions import (
    registration_accept,
    registration_reopen,
    registration_return,
    report_accept,
    report_reopen,
    report_return,
)
from registrations.admin_views.ranking import export, ranking
from registrations.admin_views.records import (
    overview,
    registration_detail,
    registration_version,
    report_attachment,
    report_detail,
    report_version,
)
from registrations.review import REVIEW

office_patterns = (
    [
        path("", overview, name="index"),
        path("xep-hang/", ranking, name="ranking"),
        path("xuat-excel/", export, name="export"),
        path("dang-ky/<int:pk>/", registration_detail, name="registration"),
        path(
            "dang-ky/<int:pk>/lan-gui/<int:number>/",
            registration_version,
            name="registration_version",
        ),
        path("dang-ky/<int:pk>/tra-lai/", registration_return, name="registration_return"),
        path("dang-ky/<int:pk>/tiep-nhan/", registration_accept, name="registration_accept"),
        path(
            "dot/<int:campaign_id>/don-vi/<int:unit_id>/gia-han/",
            registration_reopen,
            name="registration_reopen",
        ),
        path("bao-cao/<int:pk>/", report_detail, name="report"),
        path("bao-cao/<int:pk>/lan-gui/<int:number>/", report_version, name="report_version"),
        path("bao-cao/<int:pk>/tra-lai/", report_return, name="report_return"),
        path("bao-cao/<int:pk>/tiep-nhan/", report_accept, name="report_accept"),
        path(
            "bao-cao/<int:pk>/tep/<int:attachment_id>/",
            report_attachment,
            name="report_attachment",
        ),
        path(
            "ky-bao-cao/<int:window_id>/don-vi/<int:unit_id>/gia-han/",
            report_reopen,
            name="report_reopen",
        ),
    ],
    "registrations_office",
)


def admin_urls():
    return [path("dang-ky-thi-dua/", include(office_patterns))]


class OfficeMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REVIEW)


def menu_item():
    return OfficeMenuItem(
        gettext_lazy("Xét duyệt đăng ký thi đua"),
        reverse("registrations_office:index"),
        icon_name="tasks",
        order=261,
    )


def stylesheet():
    return format_html('<link rel="stylesheet" href="{}">', static("css/office.css"))
