"""The admin's sign-in form with the lockout message (settings.WAGTAILADMIN_USER_LOGIN_FORM)
and its password-reset form (settings.WAGTAILADMIN_USER_PASSWORD_RESET_FORM), limited and
queued like the site's (core.passwords)."""

from wagtail.admin.forms.auth import LoginForm, PasswordResetForm

from core.lockout import LockoutMessageMixin
from core.passwords import QueuedPasswordResetMixin


class AdminLoginForm(LockoutMessageMixin, LoginForm):
    pass


class AdminPasswordResetForm(QueuedPasswordResetMixin, PasswordResetForm):
    confirm_url_name = "wagtailadmin_password_reset_confirm"
