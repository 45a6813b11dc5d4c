"""Admin screens of the office: recent sign-in failures and current locks, with unlocking
(the secretariat and superusers), and resetting someone's two-factor sign-in when their phone
is lost (superusers). Both actions go to Wagtail's audit log."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from home.roles import SECRETARIAT
from staff_accounts import audit, devices, failures
from staff_accounts.models import SignInFailure


def may_watch_sign_ins(user):
    return user.is_authenticated and (
        user.is_superuser or user.groups.filter(name=SECRETARIAT).exists()
    )


@never_cache
def sign_in_failures(request):
    if not may_watch_sign_ins(request.user):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "staff_accounts/admin/failures.html",
        {
            "title": _("Đăng nhập không thành công"),
            "locks": failures.current_locks(),
            "rows": failures.recent(),
            "days": failures.RECENT_DAYS,
        },
    )


@require_POST
def unlock(request):
    if not may_watch_sign_ins(request.user):
        raise PermissionDenied
    username = request.POST.get("username", "").strip()
    failure_id = request.POST.get("failure", "")
    if username:
        failures.unlock_username(username)
        target = get_user_model().objects.filter(username=username).first()
        audit.record(audit.UNLOCKED, request.user, target=target, title=username, username=username)
        messages.success(
            request, _("Đã mở khoá đăng nhập cho tài khoản %(username)s.") % {"username": username}
        )
    elif failure_id.isdigit():
        failure = get_object_or_404(SignInFailure, pk=failure_id)
        masked = failures.mask(failure.address)
        failures.unlock_address(failure.address)
        audit.record(audit.UNLOCKED, request.user, title=masked, address=masked)
        messages.success(
            request, _("Đã mở khoá đăng nhập từ địa chỉ %(address)s.") % {"address": masked}
        )
    return redirect("staff_accounts_admin:failures")


@never_cache
def reset_two_factor(request, user_id):
    if not request.user.is_superuser:
        raise PermissionDenied
    target = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        removed = devices.remove_all(target)
        audit.record(
            audit.RESET, request.user, target=target, title=target.get_username(), devices=removed
        )
        messages.success(
            request,
            _(
                "Đã đặt lại xác thực hai bước của %(username)s: lần đăng nhập tới, người này "
                "thiết lập lại ứng dụng xác thực."
            )
            % {"username": target.get_username()},
        )
        return redirect("wagtailusers_users:index")
    return TemplateResponse(
        request,
        "staff_accounts/admin/reset.html",
        {
            "title": _("Đặt lại xác thực hai bước"),
            "target": target,
            "has_devices": devices.has_any_device(target),
            "remaining": devices.remaining_recovery_codes(target),
        },
    )
