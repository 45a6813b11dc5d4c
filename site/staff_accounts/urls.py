"""The two-factor screens twice: in the admin's look for staff with access to the admin
(/admin/xac-thuc-hai-buoc/…), in the site's look for unit officers (/tai-khoan/xac-thuc-hai-buoc/…);
and the admin-only screens (sign-in failures, resetting someone's two-factor)."""

from django.urls import path

from staff_accounts import admin_views, views


def two_factor_patterns(variant):
    kwargs = {"variant": variant}
    return [
        path("xac-thuc-hai-buoc/", views.manage, kwargs, name="manage"),
        path("xac-thuc-hai-buoc/thiet-lap/", views.setup, kwargs, name="setup"),
        path("xac-thuc-hai-buoc/nhap-ma/", views.verify, kwargs, name="verify"),
        path("xac-thuc-hai-buoc/ma-du-phong/", views.recovery_codes, kwargs, name="codes"),
        path(
            "xac-thuc-hai-buoc/ma-du-phong/tao-moi/",
            views.regenerate_codes,
            kwargs,
            name="regenerate",
        ),
        path("xac-thuc-hai-buoc/tat/", views.disable, kwargs, name="disable"),
    ]


# Included under /tai-khoan/ by portal.urls.
site_patterns = (two_factor_patterns("site"), "staff_accounts")

# Registered under the admin by staff_accounts.wagtail_hooks.
admin_patterns = (
    [
        *two_factor_patterns("admin"),
        path(
            "xac-thuc-hai-buoc/dat-lai/<int:user_id>/",
            admin_views.reset_two_factor,
            name="reset",
        ),
        path("dang-nhap-khong-thanh-cong/", admin_views.sign_in_failures, name="failures"),
        path("dang-nhap-khong-thanh-cong/mo-khoa/", admin_views.unlock, name="unlock"),
    ],
    "staff_accounts_admin",
)
