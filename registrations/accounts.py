"""Unit officers' accounts: created by the secretariat without a password, then invited by
e-mail to set one through the password-reset link (valid PASSWORD_RESET_TIMEOUT); the same
link serves "Quên mật khẩu?" later. E-mail goes through core.mail (queued on commit, tried
again while the mail server is down)."""

import unicodedata

from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.shortcuts import resolve_url
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import audit
from core.forms import DescribedFieldsMixin
from core.mail import send_templated_email, site_url
from core.passwords import QueuedPasswordResetMixin, reset_url
from home.roles import UNIT_OFFICERS
from registrations.models import UnitOfficer


def absolute_url(path, request=None):
    """An address for an e-mail, on the site's configured base address (core.mail.site_url);
    `request` is not used: a client chooses its Host header."""
    return site_url(path)


def set_password_url(user, request=None):
    """The one-time link to the set-password page (PasswordResetConfirmView's token: it stops
    working once the password is set or after PASSWORD_RESET_TIMEOUT)."""
    return reset_url(user, "accounts:password_reset_confirm")


def split_name(full_name):
    """Vietnamese order: family and middle names first, the given name last (as in the demo
    accounts), so get_full_name() gives the name back as written."""
    words = full_name.split()
    return " ".join(words[:-1]), (words[-1] if words else "")


@transaction.atomic
def create_officer(unit, full_name, username, email, position=""):
    """A unit officer's account: no usable password until the invitation is used."""
    first_name, last_name = split_name(full_name)
    user = get_user_model().objects.create_user(
        username=username, email=email, first_name=first_name, last_name=last_name
    )
    user.groups.add(Group.objects.get_or_create(name=UNIT_OFFICERS)[0])
    return UnitOfficer.objects.create(user=user, unit=unit, position=position)


def invite_officer(officer, request=None):
    user = officer.user
    send_templated_email(
        "registrations/email/invitation",
        {
            "officer": officer,
            "unit": officer.unit,
            "full_name": user.get_full_name() or user.get_username(),
            "username": user.get_username(),
            "set_password_url": set_password_url(user, request),
            "valid_days": settings.PASSWORD_RESET_TIMEOUT // (24 * 60 * 60),
            "login_url": absolute_url(reverse("accounts:login"), request),
            "portal_url": absolute_url(resolve_url(settings.LOGIN_REDIRECT_URL), request),
            "site_name": settings.WAGTAIL_SITE_NAME,
        },
        [user.email],
    )
    officer.invited_at = timezone.now()
    officer.save(update_fields=["invited_at"])
    staff = getattr(request, "user", None)
    audit.record(
        officer,
        "tdkt.officer.invited",
        staff if staff is not None and staff.is_authenticated else None,
        title=f"{user.get_full_name() or user.get_username()} – {officer.unit}"[:255],
        email=user.email,
    )


def _same_address(a, b):
    def normal(value):
        return unicodedata.normalize("NFKC", value).casefold()

    return normal(a) == normal(b)


class PasswordResetForm(
    QueuedPasswordResetMixin, DescribedFieldsMixin, auth_forms.PasswordResetForm
):
    """/tai-khoan/quen-mat-khau/: the answer is the same whether the address is known or not,
    and so is the work done in the request (core.passwords)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("Thư điện tử của tài khoản")
        self.describe_fields()

    def get_users(self, email):
        yield from super().get_users(email)
        # An invited officer has no usable password yet; an expired invitation is renewed here.
        invited = UnitOfficer.objects.filter(
            user__email__iexact=email, user__is_active=True
        ).select_related("user")
        for officer in invited:
            if not officer.user.has_usable_password() and _same_address(email, officer.user.email):
                yield officer.user


class SetPasswordForm(DescribedFieldsMixin, auth_forms.SetPasswordForm):
    """Django's rules (settings.AUTH_PASSWORD_VALIDATORS), with a hint in plain words."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].label = _("Mật khẩu mới")
        self.fields["new_password1"].help_text = _(
            "Ít nhất 10 ký tự, không toàn chữ số, không quá giống tên đăng nhập "
            "và không phải mật khẩu phổ biến."
        )
        self.fields["new_password2"].label = _("Nhập lại mật khẩu mới")
        self.describe_fields()
