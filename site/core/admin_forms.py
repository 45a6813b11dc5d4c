"""The admin's sign-in form with the lockout message (settings.WAGTAILADMIN_USER_LOGIN_FORM)."""

from wagtail.admin.forms.auth import LoginForm

from core.lockout import LockoutMessageMixin


class AdminLoginForm(LockoutMessageMixin, LoginForm):
    pass
