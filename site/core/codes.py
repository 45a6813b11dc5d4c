"""Codes: the reference codes people quote, and the stable codes of list rows that links,
imports and statistics name (decision levels, unit kinds).

Reference codes are `<PREFIX>-<year>-<6 characters>` (YK-2026-7KQ4PX): 32^6 random codes a
year per prefix, so a collision is practically impossible, and the unique column that stores a
code refuses one rather than mix two people's submissions."""

import secrets

from django.utils import timezone

from core.text import slugify_vi

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I look-alikes


def new_reference_code(prefix):
    year = timezone.localdate().year
    random_part = "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))
    return f"{prefix}-{year}-{random_part}"


def unique_code(model, name, max_length=30):
    """A row's code from its name ("Chủ tịch UBND xã" → "chu_tich_ubnd_xa"), unique in
    `model.code`; set once, when the row is created."""
    base = slugify_vi(name, max_length=max_length).replace("-", "_") or "ma"
    code, number = base, 2
    while model.objects.filter(code=code).exists():
        suffix = f"_{number}"
        code, number = base[: max_length - len(suffix)] + suffix, number + 1
    return code
