"""The routes of RegistrationPortalPage (/dang-ky-thi-dua/): the public list and the units'
area. Each view takes the page first (core.routing)."""

from django.urls import path

from registrations import views

urlpatterns = [
    path("", views.portal_index, name="index"),
    path("dang-ky/<int:campaign_id>/", views.registration_edit, name="registration"),
    path(
        "dang-ky/<int:campaign_id>/nhap-ca-nhan/",
        views.registration_import,
        name="registration_import",
    ),
    path("mau-danh-sach-ca-nhan/", views.individuals_template, name="individuals_template"),
    path("dang-ky/<int:campaign_id>/da-gui/", views.registration_sent, name="registration_sent"),
    path("dang-ky/<int:campaign_id>/ban-in/", views.registration_print, name="registration_print"),
    path(
        "dang-ky/<int:campaign_id>/lan-gui/<int:number>/",
        views.registration_version,
        name="registration_version",
    ),
    path("bao-cao/<int:window_id>/", views.report_edit, name="report"),
    path("bao-cao/<int:window_id>/da-gui/", views.report_sent, name="report_sent"),
    path("bao-cao/<int:window_id>/ban-in/", views.report_print, name="report_print"),
    path(
        "bao-cao/<int:window_id>/lan-gui/<int:number>/",
        views.report_version,
        name="report_version",
    ),
    path(
        "bao-cao/<int:window_id>/tep/<int:attachment_id>/",
        views.report_attachment,
        name="report_attachment",
    ),
    path(
        "bao-cao/<int:window_id>/tep/<int:attachment_id>/xoa/",
        views.report_attachment_delete,
        name="report_attachment_delete",
    ),
]
