"""Holds a signed-in user who owes a two-factor code at the code step (or, without an app
yet, at its set-up), wherever they go: the admin, the units' area, any page. Installed after
django_otp's OTPMiddleware, which tells whether this session has been verified."""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse

from staff_accounts import policy

# What a user owes a code may still reach: the code step and the set-up, signing out (or in
# as someone else), the admin's icons and translations its sign-in look needs.
OPEN_VIEWS = {
    "staff_accounts:verify",
    "staff_accounts:setup",
    "staff_accounts_admin:verify",
    "staff_accounts_admin:setup",
    "accounts:login",
    "accounts:logout",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "health",
}


def step_url(user, name, next_url=""):
    namespace = "staff_accounts_admin" if policy.uses_admin(user) else "staff_accounts"
    url = reverse(f"{namespace}:{name}")
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and not policy.is_verified(user)
            and not self.is_open(request)
            and policy.code_required(user)
        ):
            name = "verify" if policy.has_authenticator(user) else "setup"
            next_url = request.get_full_path() if request.method in ("GET", "HEAD") else ""
            return redirect(step_url(user, name, next_url))
        return self.get_response(request)

    @staticmethod
    def is_open(request):
        if settings.MEDIA_URL and request.path.startswith(settings.MEDIA_URL):
            return True
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return False
        return match.view_name in OPEN_VIEWS
