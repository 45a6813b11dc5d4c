from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SignInFailure(models.Model):
    """One failed sign-in: a wrong password (site or admin) or a wrong two-factor code.

    Kept SIGN_IN_FAILURE_RETENTION_DAYS days (`manage.py prune_sign_in_failures`) so the office
    can see who is being locked out and unlock them; the counters that lock are core.lockout's.
    """

    PASSWORD = "password"  # noqa: S105 (the step, not a secret)
    CODE = "code"
    KINDS = [(PASSWORD, _("Mật khẩu")), (CODE, _("Mã xác thực hai bước"))]

    username = models.CharField(_("tên đăng nhập"), max_length=150, db_index=True)
    address = models.CharField(_("địa chỉ máy"), max_length=45, blank=True)
    kind = models.CharField(_("bước"), max_length=10, choices=KINDS, default=PASSWORD)
    at = models.DateTimeField(_("thời điểm"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("lần đăng nhập không thành công")
        verbose_name_plural = _("lần đăng nhập không thành công")
        ordering = ["-at"]
        # Read on the office's screen only; no add/change/delete in any group's permissions.
        default_permissions = ()

    def __str__(self):
        return f"{self.username} {self.at:%d/%m/%Y %H:%M}"
