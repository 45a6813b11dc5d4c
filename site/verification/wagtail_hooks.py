from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from news.models import AwardDecisionPage
from verification import admin_views


@hooks.register("register_admin_urls")
def register_qr_sheet_url():
    return [
        path(
            "khen-thuong/<int:page_id>/ma-xac-minh/",
            admin_views.qr_sheet,
            name="verification_qr_sheet",
        )
    ]


@hooks.register("register_page_header_buttons")
def qr_sheet_button(page, user, view_name, next_url=None):
    if (
        page.specific_class is AwardDecisionPage
        and page.live
        and page.permissions_for_user(user).can_edit()
    ):
        yield Button(
            _("In mã QR xác minh"),
            reverse("verification_qr_sheet", args=[page.pk]),
            icon_name="doc-full",
            priority=80,
        )
