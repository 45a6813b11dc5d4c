from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from staff_accounts import admin_views, urls


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("", include(urls.admin_patterns))]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("staff_accounts_admin:manage"),
        "label": _("Xác thực hai bước"),
        "help_text": _(
            "Ngoài mật khẩu, nhập mã từ ứng dụng xác thực trên điện thoại khi đăng nhập."
        ),
    }


class SignInFailuresMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_watch_sign_ins(request.user)


@hooks.register("register_settings_menu_item")
def sign_in_failures_menu_item():
    return SignInFailuresMenuItem(
        _("Đăng nhập không thành công"),
        reverse("staff_accounts_admin:failures"),
        icon_name="warning",
        order=900,
    )


@hooks.register("register_user_listing_buttons")
def reset_two_factor_button(user, request_user):
    if request_user.is_superuser:
        yield Button(
            _("Đặt lại xác thực hai bước"),
            reverse("staff_accounts_admin:reset", args=[user.pk]),
            icon_name="key",
            priority=90,
        )
