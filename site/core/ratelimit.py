"""Request limits counted in the shared cache, so they hold across several app servers."""

import hashlib

from django.conf import settings
from django.core.cache import cache


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


def hit(name, value):
    """Count one attempt for `value` under the limit `name` (settings.RATE_LIMITS) and say
    whether it is still within the limit. Atomic on Redis (INCR) and on the local cache."""
    limit, window = settings.RATE_LIMITS[name]
    key = _key(name, value)
    # add() starts the window only if it is not running; incr() then counts atomically.
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # the window ended between add() and incr()
        cache.add(key, 1, timeout=window)
        count = 1
    return count <= limit


def reset(name, value):
    cache.delete(_key(name, value))
