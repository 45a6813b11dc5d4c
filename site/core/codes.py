"""Reference codes people quote: `<PREFIX>-<year>-<6 characters>` (YK-2026-7KQ4PX).

32^6 random codes a year per prefix: a collision is practically impossible, and the unique
column that stores a code refuses one rather than mix two people's submissions."""

import secrets

from django.utils import timezone

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I look-alikes


def new_reference_code(prefix):
    year = timezone.localdate().year
    random_part = "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))
    return f"{prefix}-{year}-{random_part}"
