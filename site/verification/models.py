"""The key of the verification codes (`verification.codes`)."""

import secrets
import threading

from django.db import models
from django.utils.translation import gettext_lazy as _

KEY_BYTES = 32
_key = None
_key_lock = threading.Lock()


class VerificationKey(models.Model):
    """Made once with the database (migration 0001) and never changed: every code printed on a
    certificate depends on it. It travels with the data in backups, not in the settings, so a
    new SECRET_KEY or server changes no code."""

    key = models.BinaryField(editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Khóa mã xác minh")
        verbose_name_plural = _("Khóa mã xác minh")

    def __str__(self):
        return str(_("Khóa mã xác minh"))


def new_key():
    return secrets.token_bytes(KEY_BYTES)


def current_key():
    """The database's key, read once per process (it never changes)."""
    global _key
    if _key is None:
        with _key_lock:
            if _key is None:
                rows = VerificationKey.objects.order_by("pk")
                if not rows.exists():
                    # Only where the migration's key was lost: if two servers make one at
                    # once, both then use the first.
                    VerificationKey.objects.create(key=new_key())
                _key = bytes(rows.first().key)
    return _key


def forget_key():
    """For tests, whose databases each have their own key."""
    global _key
    _key = None
