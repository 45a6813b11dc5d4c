"""Short signed tokens for confirmation pages: `<pk>-<time>-<signature>`.

Wagtail page addresses take only letters, digits, - and _, so Django's signing format (with
colons) cannot be used in a route. The kind ("comment", "question") is part of the
signature, so a token for one kind of submission never opens another.
"""

import time

from django.utils.crypto import constant_time_compare, salted_hmac

SALT = "portal.confirmation"
MAX_AGE = 7 * 24 * 60 * 60


def _signature(kind, pk, issued):
    return salted_hmac(SALT, f"{kind}-{pk}-{issued}").hexdigest()[:32]


def signed_token(kind, pk, issued=None):
    issued = int(issued if issued is not None else time.time())
    return f"{pk}-{issued}-{_signature(kind, pk, issued)}"


def pk_from_token(kind, token, max_age=MAX_AGE):
    """The primary key a token names, or None if forged or expired."""
    parts = str(token).split("-")
    if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
        return None
    pk, issued = int(parts[0]), int(parts[1])
    if not constant_time_compare(parts[2], _signature(kind, pk, issued)):
        return None
    if time.time() - issued > max_age:
        return None
    return pk
