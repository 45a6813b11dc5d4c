"""Sign-in lockout after repeated failures, per username and per client address.

Failures are counted with core.ratelimit in a store every worker process and app server
shares (Redis, or the database without it), so all see the same count. The authentication
backend refuses while a lock holds, so the site's sign-in page and the Wagtail admin's are
both covered, and so is the right password: a guesser learns nothing during the lock. The
lock lasts a fixed time from the failure that set it; attempts made while locked are not
counted, so an attacker cannot keep the real owner out for longer.
"""

import math
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import PermissionDenied, ValidationError
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from core import ratelimit

# settings.RATE_LIMITS entries: (failures that lock, counting window = lock duration).
USERNAME, ADDRESS = "sign-in-user", "sign-in-ip"


def _counters(username, request):
    counters = [(USERNAME, username)] if username else []
    address = ratelimit.client_ip(request) if request is not None else ""
    if address:
        counters.append((ADDRESS, address))
    return counters


def _lock_key(name, value):
    # The counter's own key (hashed, normalised value) with a prefix of its own.
    return "lockout:" + ratelimit._key(name, value)


def seconds_locked(username, request):
    """How many seconds sign-in stays refused for this username or address; 0 if not locked."""
    until = max(
        (
            (ratelimit.recall(_lock_key(name, value)) or 0) / 1000
            for name, value in _counters(username, request)
        ),
        default=0,
    )
    return max(0, math.ceil(until - time.time()))


def record_failure(username, request):
    if seconds_locked(username, request):
        return
    for name, value in _counters(username, request):
        ratelimit.hit(name, value)
        limit, seconds = settings.RATE_LIMITS[name]
        if ratelimit.count(name, value) >= limit:
            # The unlock time (in milliseconds) is kept so the form can say how long is left.
            until = int((time.time() + seconds) * 1000)
            ratelimit.remember(_lock_key(name, value), until, seconds)
            ratelimit.reset(name, value)


def lock_seconds_left(name, value):
    """Seconds left on the lock of one counter (USERNAME or ADDRESS and its value); 0 if none."""
    until = (ratelimit.recall(_lock_key(name, value)) or 0) / 1000
    return max(0, math.ceil(until - time.time()))


def lock_username(username, seconds=None):
    """Refuse sign-in for `username` from now on for `seconds` (the sign-in lock's length by
    default), as enough failures would; used by steps after the password."""
    seconds = seconds or settings.RATE_LIMITS[USERNAME][1]
    ratelimit.remember(_lock_key(USERNAME, username), int((time.time() + seconds) * 1000), seconds)


def unlock(name, value):
    """Lift the lock of one counter and start its count afresh (an officer unlocking)."""
    ratelimit.forget(_lock_key(name, value))
    ratelimit.reset(name, value)


@receiver(user_login_failed)
def count_failed_sign_in(sender, credentials, request=None, **kwargs):
    record_failure(credentials.get(get_user_model().USERNAME_FIELD), request)


class LockoutModelBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        if seconds_locked(username, request):
            # Stops every backend; django.contrib.auth then sends user_login_failed.
            raise PermissionDenied
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is not None:
            # Only the username's count: a valid account must not clear its address's count
            # between guesses at other accounts.
            ratelimit.reset(USERNAME, username)
        return user


LOCKED_MESSAGE = _(
    "Tài khoản tạm khoá do đăng nhập sai nhiều lần; vui lòng thử lại sau %(minutes)s phút."
)


class LockoutMessageMixin:
    """For a sign-in form (the site's, the admin's): says when the account is locked and for
    how long, instead of "wrong password"."""

    def clean(self):
        try:
            return super().clean()
        except ValidationError:
            seconds = seconds_locked(self.cleaned_data.get("username"), self.request)
            if not seconds:
                raise
            raise ValidationError(
                LOCKED_MESSAGE,
                code="locked",
                params={"minutes": math.ceil(seconds / 60)},
            ) from None


class LockoutAuthenticationForm(LockoutMessageMixin, AuthenticationForm):
    """The site's sign-in form."""
