"""Request limits and sign-in counters, shared by every worker process and app server.

Where they are counted (settings.RATE_COUNTERS):
- "cache": the shared cache, which is Redis when REDIS_URL is set (atomic INCR);
- "database": core.models.RateCounter rows, each step one atomic UPDATE. The default when
  REDIS_URL is not set: a local-memory cache would count per process, so with two gunicorn
  workers an account would lock after nine failures instead of five.
"""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from core.models import RateCounter


def client_ip(request):
    """The visitor's address. Behind TRUSTED_PROXY_COUNT proxies, the address the nearest
    trusted proxy saw (the rightmost entries of X-Forwarded-For are the proxies' own)."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies][:45]
    return request.META.get("REMOTE_ADDR", "")[:45]


def _key(name, value):
    digest = hashlib.sha256(str(value).strip().lower().encode()).hexdigest()[:32]
    return f"ratelimit:{name}:{digest}"


def _in_database():
    return settings.RATE_COUNTERS == "database"


def hit(name, value):
    """Count one attempt for `value` under the limit `name` (settings.RATE_LIMITS) and say
    whether it is still within the limit."""
    limit, window = settings.RATE_LIMITS[name]
    return increment(_key(name, value), window) <= limit


def count(name, value):
    """Attempts counted for `value` under `name` in the running window."""
    return _read(_key(name, value)) or 0


def reset(name, value):
    forget(_key(name, value))


def increment(key, window):
    """Add one to the counter `key`, starting a window of `window` seconds if none runs; the
    new count. Atomic in both stores."""
    if _in_database():
        return _increment_row(key, window)
    # add() starts the window only if it is not running; incr() then counts atomically.
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:  # the window ended between add() and incr()
        cache.add(key, 1, timeout=window)
        return 1


def remember(key, number, seconds):
    """Keep a whole number (e.g. when a lock ends) under `key` for `seconds`."""
    if not _in_database():
        cache.set(key, number, timeout=seconds)
        return
    expires_at = timezone.now() + timedelta(seconds=seconds)
    RateCounter.objects.update_or_create(
        key=key, defaults={"count": int(number), "expires_at": expires_at}
    )


def recall(key):
    """What `remember` kept under `key`, or None once it has expired."""
    return _read(key)


def forget(key):
    if _in_database():
        RateCounter.objects.filter(key=key).delete()
    else:
        cache.delete(key)


def _read(key):
    if not _in_database():
        return cache.get(key)
    return (
        RateCounter.objects.filter(key=key, expires_at__gt=timezone.now())
        .values_list("count", flat=True)
        .first()
    )


def _increment_row(key, window):
    now = timezone.now()
    with transaction.atomic():
        counted = RateCounter.objects.filter(key=key, expires_at__gt=now).update(
            count=F("count") + 1
        )
        if not counted:
            # No window running for this key: start one, and clear out long-finished ones.
            RateCounter.objects.filter(expires_at__lte=now).delete()
            try:
                with transaction.atomic():
                    RateCounter.objects.create(
                        key=key, count=1, expires_at=now + timedelta(seconds=window)
                    )
                return 1
            except IntegrityError:  # another process started it at the same moment
                RateCounter.objects.filter(key=key).update(count=F("count") + 1)
        return RateCounter.objects.filter(key=key).values_list("count", flat=True).first() or 1
