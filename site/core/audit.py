"""Staff actions written to Wagtail's audit log, so the admin's "Lịch sử thao tác" (site
history) is one history of what staff did: moderation, reviews of registrations and reports,
officer invitations, imports and every export that holds personal data.

Each action is registered here once with its Vietnamese label (the `register_log_actions`
hook in core.wagtail_hooks). Records of one object (a comment, a registration) are logged
against it; a list-wide import or export is logged against the content type of what it
carried, which only administrators see in the history (it names no single record).
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.functional import LazyObject, empty
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

# action code → label shown in the history's "Thao tác" column.
ACTIONS = {
    "tdkt.moderation.approve": _("Duyệt ý kiến (công khai)"),
    "tdkt.moderation.reject": _("Không đăng ý kiến"),
    "tdkt.moderation.verify": _("Chuyển ý kiến sang xác minh"),
    "tdkt.moderation.reply": _("Trả lời chính thức ý kiến"),
    "tdkt.submission.submitted": _("Đơn vị gửi hồ sơ"),
    "tdkt.submission.returned": _("Trả lại hồ sơ để sửa"),
    "tdkt.submission.accepted": _("Tiếp nhận hồ sơ"),
    "tdkt.submission.reopened": _("Gia hạn nộp hồ sơ"),
    "tdkt.officer.invited": _("Mời cán bộ đơn vị"),
    "tdkt.import": _("Nhập dữ liệu từ tệp"),
    "tdkt.export": _("Xuất dữ liệu có thông tin cá nhân"),
}


def add_actions(actions):
    """An app's own actions ({code: label}), registered with the site's (at import of its
    wagtail_hooks, before Wagtail reads the register_log_actions hook)."""
    ACTIONS.update(actions)


def register(actions):
    """Called by the register_log_actions hook."""
    for code, label in ACTIONS.items():
        actions.register_action(code, label, label)


def concrete(value):
    """request.user is a lazy object (twice over with two-factor sign-in); Wagtail finds the
    log model by the instance's own type."""
    while isinstance(value, LazyObject):
        if value._wrapped is empty:
            value._setup()
        value = value._wrapped
    return value


def record(instance, action, user, title=None, **data):
    """One entry for one object."""
    if action not in ACTIONS:
        raise ValueError(f"Unregistered audit action {action}")
    return log(
        instance=concrete(instance),
        action=action,
        user=concrete(user),
        title=title,
        data=data or None,
    )


def record_for_model(model, action, user, title, **data):
    """One entry for a list-wide import or export of `model`'s records."""
    content_type = ContentType.objects.get_for_model(model)
    return record(content_type, action, user, title=str(title), **data)
