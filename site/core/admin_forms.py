"""The admin's sign-in form with the lockout message (settings.WAGTAILADMIN_USER_LOGIN_FORM),
its password-reset form (settings.WAGTAILADMIN_USER_PASSWORD_RESET_FORM), limited and queued
like the site's (core.passwords), and the slug field that folds Vietnamese."""

from wagtail.admin.forms.auth import LoginForm, PasswordResetForm
from wagtail.admin.widgets import SlugInput

from core.lockout import LockoutMessageMixin
from core.passwords import QueuedPasswordResetMixin
from core.text import vietnamese_slug_formatters


class AdminLoginForm(LockoutMessageMixin, LoginForm):
    pass


class AdminPasswordResetForm(QueuedPasswordResetMixin, PasswordResetForm):
    confirm_url_name = "wagtailadmin_password_reset_confirm"


class VietnameseSlugInput(SlugInput):
    """Wagtail's slug field (filled from the title as it is typed), folding every Vietnamese
    letter first: its own script turns "đ" into "dj" and drops letters with two marks
    ("Bằng" gave "bng"). Registered for every SlugField of the admin (core.apps)."""

    def __init__(self, attrs=None, formatters=None, locale=None):
        formatters = [*vietnamese_slug_formatters(), *(formatters or [])]
        super().__init__(attrs=attrs, formatters=formatters, locale=locale)
