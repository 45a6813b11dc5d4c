"""How much a client may download. The awardees' data set holds personal names: the 2025
personal-data law (Luật 91/2025/QH15) asks that published names are not copied in bulk
beyond their purpose, so each client address gets so many of its pages per hour; the
decisions' data set holds no personal name and is limited only against overload.

Windows are fixed (aligned on the clock), so the answer can say exactly when the next one
starts (Retry-After). Counted in the shared counters of `core.ratelimit`, across app servers."""

import hashlib
import time

from django.conf import settings

from core import ratelimit

# name: (pages, per seconds); settings.OPEN_DATA_RATE_LIMITS overrides any of them.
DEFAULT_LIMITS = {
    "open-data-awardees": (20, 3600),
    "open-data-decisions": (300, 3600),
}


def limit_of(name):
    return {**DEFAULT_LIMITS, **getattr(settings, "OPEN_DATA_RATE_LIMITS", {})}[name]


def seconds_to_wait(name, request):
    """Count one answer for the client; 0 while within the limit, else the seconds until
    the next window."""
    allowed, window = limit_of(name)
    now = int(time.time())
    started = now - now % window
    client = hashlib.sha256(ratelimit.client_ip(request).encode()).hexdigest()[:32]
    count = ratelimit.increment(f"ratelimit:{name}:{started}:{client}", window)
    return 0 if count <= allowed else started + window - now
