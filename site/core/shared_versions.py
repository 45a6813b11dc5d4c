"""Version keys in the shared cache, read at most once per request and all in one round trip.

What a process keeps (small lists, listings, the chrome) is checked against a version key in
the shared cache that any app server's change replaces. A page checks several: one GET each
cost ~0.15 ms of round trip and client work. Here the first version a request asks for reads,
in one MGET, every version key this process has asked for before; the others are then answered
from that snapshot. A change made by this process during the request is recorded in the
snapshot as it is written (`remember`).

Outside a request (commands, the shell, tests calling code directly) every read goes to the
cache, as before.
"""

from contextvars import ContextVar

from django.core.cache import cache
from django.core.signals import request_finished, request_started

# Keys read by this process; a request's first read asks for all of them at once.
_known_keys = set()
_snapshot = ContextVar("shared_versions_snapshot", default=None)


def _begin(**kwargs):
    _snapshot.set({})


def _end(**kwargs):
    _snapshot.set(None)


request_started.connect(_begin, dispatch_uid="core.shared_versions.begin")
request_finished.connect(_end, dispatch_uid="core.shared_versions.end")


def read(key):
    """The key's value in the shared cache (None when missing or when the cache is away)."""
    snapshot = _snapshot.get()
    if snapshot is None:
        return cache.get(key)
    if key not in snapshot:
        _known_keys.add(key)
        # tuple(): a copy taken at once, while other threads may add keys.
        wanted = [known for known in tuple(_known_keys) if known not in snapshot]
        found = cache.get_many(wanted)
        for known in wanted:
            snapshot[known] = found.get(known)
    return snapshot[key]


def remember(key, value):
    """Record a value this process has just written (or found) for the rest of the request."""
    snapshot = _snapshot.get()
    if snapshot is not None:
        snapshot[key] = value
