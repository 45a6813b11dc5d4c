"""Who must give a two-factor code after the password.

Required by policy: superusers (TWO_FACTOR_REQUIRED_FOR_SUPERUSERS) and the members of the
groups in TWO_FACTOR_REQUIRED_GROUPS (the secretariat, who read citizens' phone numbers and
addresses). Anyone else who has set up an authenticator app must use it too."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django_otp.plugins.otp_totp.models import TOTPDevice

ADMIN_ACCESS = "wagtailadmin.access_admin"


def required_by_policy(user):
    if not user.is_authenticated:
        return False
    if user.is_superuser and settings.TWO_FACTOR_REQUIRED_FOR_SUPERUSERS:
        return True
    groups = settings.TWO_FACTOR_REQUIRED_GROUPS
    return bool(groups) and user.groups.filter(name__in=groups).exists()


def has_authenticator(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def code_required(user):
    """Whether `user` must be verified by a code: one query for the groups and the device."""
    if not user.is_authenticated:
        return False
    if user.is_superuser and settings.TWO_FACTOR_REQUIRED_FOR_SUPERUSERS:
        return True
    condition = Q(totpdevice__confirmed=True)
    if settings.TWO_FACTOR_REQUIRED_GROUPS:
        condition |= Q(groups__name__in=settings.TWO_FACTOR_REQUIRED_GROUPS)
    return get_user_model().objects.filter(condition, pk=user.pk).exists()


def is_verified(user):
    return bool(getattr(user, "is_verified", None) and user.is_verified())


def uses_admin(user):
    """Staff with access to the admin see the two-factor screens in the admin's look."""
    return user.has_perm(ADMIN_ACCESS)
