"""The routes of RegistrationPortalPage (/dang-ky-thi-dua/): the public list and the units'
area. Each view takes the page first (core.routing)."""

from django.urls import path

from registrations.views.portal import portal_index
from registrations.views.registrations import (
    individuals_template,
    registration_edit,
    registration_import,
    registration_print,
    registration_send,
    registration_sent,
    registration_version,
)
from registrations.views.reports import (
    report_attachment,
    report_attachment_delete,
    report_edit,
    report_print,
    report_send,
    report_sent,
    report_version,
)

urlpatterns = [
    path("", portal_index, name="index"),
    path("dang-ky/<int:campaign_id>/", registration_edit, name="registration"),
    path(
        "dang-ky/<int:campaign_id>/nhap-ca-nhan/",
        registration_import,
        name="registration_import",
    ),
    path("mau-danh-sach-ca-nhan/", individuals_template, name="individuals_template"),
    path("dang-ky/<int:campaign_id>/gui/", registration_send, name="registration_send"),
    path("dang-ky/<int:campaign_id>/da-gui/", registration_sent, name="registration_sent"),
    path("dang-ky/<int:campaign_id>/ban-in/", registration_print, name="registration_print"),
    path(
        "dang-ky/<int:campaign_id>/lan-gui/<int:number>/",
        registration_version,
        name="registration_version",
    ),
    path("bao-cao/<int:window_id>/", report_edit, name="report"),
    path("bao-cao/<int:window_id>/gui/", report_send, name="report_send"),
    path("bao-cao/<int:window_id>/da-gui/", report_sent, name="report_sent"),
    path("bao-cao/<int:window_id>/ban-in/", report_print, name="report_print"),
    path(
        "bao-cao/<int:window_id>/lan-gui/<int:number>/",
        report_version,
        name="report_version",
    ),
    path(
        "bao-cao/<int:window_id>/tep/<int:attachment_id>/",
        report_attachment,
        name="report_attachment",
    ),
    path(
        "bao-cao/<int:window_id>/tep/<int:attachment_id>/xoa/",
        report_attachment_delete,
        name="report_attachment_delete",
    ),
]
