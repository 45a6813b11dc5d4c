"""Failed sign-ins as the office sees them, and the code step's own count.

Every failure (wrong password on the site's or the admin's sign-in page, attempts refused while
locked, wrong two-factor codes) is written to SignInFailure, so the office can see who is being
refused and from where. The counting and the locks themselves stay in core.lockout, shared by
every app server; unlocking lifts them there."""

import ipaddress
import math
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_login_failed
from django.db.models import Count, Max, Q
from django.dispatch import receiver
from django.utils import timezone

from core import lockout, ratelimit
from staff_accounts.models import SignInFailure

# settings.RATE_LIMITS entry: wrong codes after a right password, per username. Not cleared by
# a right password (unlike the password's count), so signing in again gives no fresh tries.
CODE_COUNTER = "two-factor-user"
RECENT_DAYS = 7
LISTED = 100


def record(username, request, kind=SignInFailure.PASSWORD):
    address = ratelimit.client_ip(request) if request is not None else ""
    return SignInFailure.objects.create(
        username=str(username or "")[:150], address=address, kind=kind
    )


@receiver(user_login_failed, dispatch_uid="staff_accounts-record-sign-in-failure")
def record_failed_sign_in(sender, credentials, request=None, **kwargs):
    record(credentials.get(get_user_model().USERNAME_FIELD), request)


def code_failed(user, request):
    """A wrong two-factor code: recorded, counted, and after RATE_LIMITS["two-factor-user"]
    of them the account is locked like one after too many wrong passwords."""
    username = user.get_username()
    record(username, request, kind=SignInFailure.CODE)
    ratelimit.hit(CODE_COUNTER, username)
    limit, seconds = settings.RATE_LIMITS[CODE_COUNTER]
    if ratelimit.count(CODE_COUNTER, username) >= limit:
        lockout.lock_username(username, seconds)
        ratelimit.reset(CODE_COUNTER, username)


def code_accepted(user):
    ratelimit.reset(CODE_COUNTER, user.get_username())


def mask(address):
    """Enough of a client address to tell offices and networks apart, not a person's line:
    the first two parts of IPv4, the first three groups (the /48 network) of IPv6."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return "—"
    if ip.version == 4:
        first, second, *_ = str(ip).split(".")
        return f"{first}.{second}.x.x"
    network = ipaddress.ip_network(f"{ip}/48", strict=False).network_address
    return f"{str(network).rstrip(':')}:x:x:x:x:x"


def recent(days=RECENT_DAYS, limit=LISTED):
    """Failures of the last `days` days by username and address: how many, first and last."""
    since = timezone.now() - timedelta(days=days)
    rows = (
        SignInFailure.objects.filter(at__gte=since)
        .values("username", "address")
        .annotate(
            count=Count("id"),
            codes=Count("id", filter=Q(kind=SignInFailure.CODE)),
            last=Max("at"),
        )
        .order_by("-last")[:limit]
    )
    return [{**row, "masked": mask(row["address"])} for row in rows]


def current_locks(limit=LISTED):
    """Usernames and addresses locked now. A lock follows a recorded failure made within the
    lock's length, so only those are checked against core.lockout."""
    seconds = max(settings.RATE_LIMITS[name][1] for name in (lockout.USERNAME, CODE_COUNTER))
    recent_failures = SignInFailure.objects.filter(
        at__gte=timezone.now() - timedelta(seconds=seconds)
    )
    locks = []
    usernames = (
        recent_failures.values("username").annotate(last=Max("at")).order_by("-last")[:limit]
    )
    for row in usernames:
        left = lockout.lock_seconds_left(lockout.USERNAME, row["username"])
        if left:
            locks.append(
                {"kind": "username", "username": row["username"], "minutes": math.ceil(left / 60)}
            )
    addresses = (
        recent_failures.exclude(address="")
        .values("address")
        .annotate(last=Max("at"), failure=Max("id"))
        .order_by("-last")[:limit]
    )
    for row in addresses:
        left = lockout.lock_seconds_left(lockout.ADDRESS, row["address"])
        if left:
            locks.append(
                {
                    "kind": "address",
                    "masked": mask(row["address"]),
                    "failure": row["failure"],
                    "minutes": math.ceil(left / 60),
                }
            )
    return locks


def unlock_username(username):
    lockout.unlock(lockout.USERNAME, username)
    ratelimit.reset(CODE_COUNTER, username)


def unlock_address(address):
    lockout.unlock(lockout.ADDRESS, address)


def prune(days=None):
    """Delete failures older than SIGN_IN_FAILURE_RETENTION_DAYS; how many went."""
    days = settings.SIGN_IN_FAILURE_RETENTION_DAYS if days is None else days
    deleted, _ = SignInFailure.objects.filter(at__lt=timezone.now() - timedelta(days=days)).delete()
    return deleted
