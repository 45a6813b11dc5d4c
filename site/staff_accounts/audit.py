"""What this app writes to Wagtail's audit log ("Lịch sử thao tác"), with Vietnamese labels,
registered beside the site's own actions (core.audit)."""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from core import audit as core_audit

ENABLED = "tdkt.two_factor.enabled"
CODES = "tdkt.two_factor.recovery_codes"
DISABLED = "tdkt.two_factor.disabled"
RESET = "tdkt.two_factor.reset"
UNLOCKED = "tdkt.sign_in.unlocked"

ACTIONS = {
    ENABLED: _("Bật xác thực hai bước"),
    CODES: _("Tạo bộ mã dự phòng mới"),
    DISABLED: _("Tắt xác thực hai bước"),
    RESET: _("Đặt lại xác thực hai bước của người khác"),
    UNLOCKED: _("Mở khoá đăng nhập"),
}


core_audit.add_actions(ACTIONS)


def record(action, user, target=None, title=None, **data):
    """One entry against the account concerned; against the user model itself when there is
    no such account (a lock on an address, or on a username nobody has)."""
    if target is None:
        target = ContentType.objects.get_for_model(get_user_model())
    return core_audit.record(target, action, user, title=title, **data)
