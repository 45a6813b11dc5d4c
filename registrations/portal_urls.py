"""The routes of RegistrationPortalPage (/dang-ky-thi-dua/): the public list and the units'
area. Each view takes the page first (core.routing)."""

from django.urls import path

from registrations.views.portal import portal_index
from registrations.views.proposals import (
    document_delete,
    document_file,
    document_upload,
    nominee_add,
    nominee_delete,
    nominee_edit,
    nominee_report_print,
    nominees_template,
    proposal_edit,
    proposal_import,
    proposal_print,
    proposal_send,
    proposal_sent,
    proposal_status,
    proposal_version,
)
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
    # Award proposals (hồ sơ đề nghị khen thưởng): registrations.views.proposals.
    path("de-nghi/<int:round_id>/", proposal_edit, name="proposal"),
    path("de-nghi/<int:round_id>/them-nguoi/", nominee_add, name="proposal_nominee_add"),
    path(
        "de-nghi/<int:round_id>/nguoi/<int:nominee_id>/",
        nominee_edit,
        name="proposal_nominee",
    ),
    path(
        "de-nghi/<int:round_id>/nguoi/<int:nominee_id>/xoa/",
        nominee_delete,
        name="proposal_nominee_delete",
    ),
    path(
        "de-nghi/<int:round_id>/nguoi/<int:nominee_id>/bao-cao-thanh-tich/",
        nominee_report_print,
        name="proposal_nominee_report",
    ),
    path("de-nghi/<int:round_id>/tai-lieu/", document_upload, name="proposal_document_upload"),
    path(
        "de-nghi/<int:round_id>/tai-lieu/<int:document_id>/",
        document_file,
        name="proposal_document",
    ),
    path(
        "de-nghi/<int:round_id>/tai-lieu/<int:document_id>/xoa/",
        document_delete,
        name="proposal_document_delete",
    ),
    path("de-nghi/<int:round_id>/nhap-danh-sach/", proposal_import, name="proposal_import"),
    path("mau-danh-sach-de-nghi/", nominees_template, name="nominees_template"),
    path("de-nghi/<int:round_id>/gui/", proposal_send, name="proposal_send"),
    path("de-nghi/<int:round_id>/da-gui/", proposal_sent, name="proposal_sent"),
    path("de-nghi/<int:round_id>/trang-thai/", proposal_status, name="proposal_status"),
    path("de-nghi/<int:round_id>/ban-in/", proposal_print, name="proposal_print"),
    path(
        "de-nghi/<int:round_id>/lan-gui/<int:number>/",
        proposal_version,
        name="proposal_version",
    ),
]
