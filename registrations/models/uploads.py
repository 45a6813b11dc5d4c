"""A PDF chosen on a unit's report form that came back with errors: kept privately for that
officer and that report, so that it need not be chosen again; after a day it is gone
(`manage.py prune_pending_uploads`)."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.uploads import private_storage
from registrations.models.submissions import ResultReport

KEEP_FOR = timedelta(hours=24)


class PendingUpload(models.Model):
    token = models.CharField(max_length=64, unique=True, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    report = models.ForeignKey(ResultReport, on_delete=models.CASCADE, related_name="+")
    file = models.FileField(storage=private_storage, upload_to="tep-cho-gui/%Y/")
    original_name = models.CharField(_("Tên tệp"), max_length=255)
    size = models.PositiveIntegerField(_("Dung lượng (byte)"))
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("tệp chờ gửi")
        verbose_name_plural = _("tệp chờ gửi")

    def __str__(self):
        return self.original_name

    @classmethod
    def keep(cls, upload, name, *, user, report):
        """Store a checked upload under a new random token (the form's hidden field)."""
        pending = cls(
            token=secrets.token_urlsafe(32),
            user=user,
            report=report,
            original_name=name,
            size=upload.size,
        )
        upload.seek(0)
        pending.file.save(f"bao-cao-{report.pk}-{pending.token[:12]}.pdf", upload, save=False)
        pending.save()
        return pending

    @classmethod
    def find(cls, token, *, user, report, now=None):
        """The file kept under `token` for this officer and report, unless it has expired."""
        if not token or not user.is_authenticated:
            return None
        since = (now or timezone.now()) - KEEP_FOR
        return cls.objects.filter(
            token=token, user=user, report=report, created_at__gte=since
        ).first()

    def discard(self):
        self.file.delete(save=False)
        self.delete()

    @classmethod
    def prune(cls, now=None):
        """Delete the files kept longer than KEEP_FOR; returns how many."""
        since = (now or timezone.now()) - KEEP_FOR
        expired = list(cls.objects.filter(created_at__lt=since))
        for pending in expired:
            pending.discard()
        return len(expired)
