"""The two-factor screens of the person signed in: the code step, setting up the app, the
recovery codes (shown once), making new ones, turning it off where it is optional.

Every view takes `variant`: "admin" renders in the admin's look (staff), "site" in the public
site's (unit officers); the logic is the same."""

import math
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import verify_token

from core import lockout
from staff_accounts import audit, devices, failures, policy
from staff_accounts.forms import CodeForm, RecoveryCodeForm
from staff_accounts.middleware import step_url

NEXT_AFTER_CODES = "staff_accounts.next"
RECOVERY = "ma-du-phong"  # ?cach=ma-du-phong: the code step asks for a recovery code

LAYOUTS = {
    # (sign-in steps, account pages, one field, the error summary)
    "admin": {
        "sign_in_base": "staff_accounts/admin/sign_in.html",
        "page_base": "staff_accounts/admin/page.html",
        "field_template": "staff_accounts/admin/field.html",
        "errors_template": "staff_accounts/admin/errors.html",
        "logout_url_name": "wagtailadmin_logout",
    },
    "site": {
        "sign_in_base": "staff_accounts/site/page.html",
        "page_base": "staff_accounts/site/page.html",
        "field_template": "includes/forms/field.html",
        "errors_template": "includes/forms/errors.html",
        "noindex": True,  # the admin's own pages say it already
        "logout_url_name": "accounts:logout",
    },
}


def url_for(variant, name, **kwargs):
    namespace = "staff_accounts_admin" if variant == "admin" else "staff_accounts"
    return reverse(f"{namespace}:{name}", kwargs=kwargs or None)


def next_url(request, variant):
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    if wanted and url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return wanted
    return reverse("wagtailadmin_home") if variant == "admin" else settings.LOGIN_REDIRECT_URL


def render(request, variant, template, context):
    context = {**LAYOUTS[variant], "variant": variant, **context}
    return TemplateResponse(request, f"staff_accounts/{template}", context)


def signed_in(view):
    """The site's screens send visitors to the site's sign-in page; the admin's are behind
    Wagtail's own check already. Nothing here is cached."""

    def wrapper(request, *args, variant, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, variant=variant, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return never_cache(wrapper)


def check_code(request, form, device):
    """Verify the form's code against `device` with django-otp (its throttling included) and
    the sign-in lock; adds the reason to the form when refused. True when accepted."""
    user = request.user
    seconds = lockout.seconds_locked(user.get_username(), request)
    if seconds:
        form.add_error("code", lockout.LOCKED_MESSAGE % {"minutes": math.ceil(seconds / 60)})
        return False
    if device is None:
        form.add_error("code", _("Tài khoản chưa có mã dự phòng; hãy dùng ứng dụng xác thực."))
        return False
    allowed, details = device.verify_is_allowed()
    if not allowed:
        until = (details or {}).get("locked_until") or timezone.now()
        wait = max(1, math.ceil((until - timezone.now()).total_seconds()))
        form.add_error(
            "code",
            _("Bạn vừa nhập sai; vui lòng đợi %(seconds)s giây rồi nhập lại.") % {"seconds": wait},
        )
        return False
    if verify_token(user, device.persistent_id, form.cleaned_data["code"]):
        failures.code_accepted(user)
        return True
    failures.code_failed(user, request)
    seconds = lockout.seconds_locked(user.get_username(), request)
    if seconds:
        form.add_error("code", lockout.LOCKED_MESSAGE % {"minutes": math.ceil(seconds / 60)})
    elif isinstance(form, RecoveryCodeForm):
        form.add_error("code", _("Mã dự phòng không đúng hoặc đã được dùng."))
    else:
        form.add_error(
            "code",
            _(
                "Mã xác thực không đúng hoặc đã hết hạn. Hãy nhập mã đang hiển thị trong "
                "ứng dụng (mã đổi sau mỗi 30 giây)."
            ),
        )
    return False


@signed_in
def verify(request, variant):
    """The code step after the password."""
    user = request.user
    target = next_url(request, variant)
    if policy.is_verified(user):
        return redirect(target)
    app = devices.authenticator(user)
    if app is None:
        if policy.required_by_policy(user):
            return redirect(step_url(user, "setup", target))
        return redirect(target)
    recovery = (request.POST.get("cach") or request.GET.get("cach")) == RECOVERY
    form_class = RecoveryCodeForm if recovery else CodeForm
    form = form_class(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        device = devices.recovery_device(user) if recovery else app
        if check_code(request, form, device):
            devices.mark_verified(request, device)
            if recovery:
                left = devices.remaining_recovery_codes(user)
                messages.warning(
                    request,
                    _(
                        "Bạn đã dùng một mã dự phòng; còn %(left)s mã. Khi còn ít, hãy tạo bộ "
                        "mã mới trong mục Xác thực hai bước."
                    )
                    % {"left": left},
                )
            return redirect(target)
    return render(
        request,
        variant,
        "verify.html",
        {
            "title": _("Nhập mã xác thực"),
            "form": form,
            "recovery": recovery,
            "next": target,
            "other_way_url": url_for(variant, "verify")
            + "?"
            + urlencode({"next": target} if recovery else {"cach": RECOVERY, "next": target}),
        },
    )


@signed_in
def setup(request, variant):
    """Set up (or change) the authenticator app: QR code, the secret as text, a code from the
    app to confirm."""
    user = request.user
    target = next_url(request, variant)
    if policy.has_authenticator(user) and not policy.is_verified(user):
        # Replacing the app takes the code of the current one first.
        return redirect(step_url(user, "verify", request.get_full_path()))
    device = devices.pending_device(request)
    form = CodeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        step = devices.matching_step(device, form.cleaned_data["code"])
        if step is None:
            form.add_error(
                "code",
                _(
                    "Mã chưa khớp. Kiểm tra giờ trên điện thoại là giờ tự động (theo mạng), rồi "
                    "nhập mã mới nhất đang hiển thị cho tài khoản này."
                ),
            )
        else:
            changing = policy.has_authenticator(user)
            codes = devices.confirm(request, step)
            audit.record(audit.ENABLED, user, target=user, changed=changing)
            request.session[devices.NEW_CODES] = codes
            request.session[NEXT_AFTER_CODES] = target
            messages.success(request, _("Đã bật xác thực hai bước."))
            return redirect(url_for(variant, "codes"))
    return render(
        request,
        variant,
        "setup.html",
        {
            "title": _("Thiết lập xác thực hai bước"),
            "form": form,
            "qr_svg": devices.qr_svg(device),
            "secret": devices.secret_for_typing(device),
            "required": policy.required_by_policy(user),
            "issuer": settings.OTP_TOTP_ISSUER,
            "username": user.get_username(),
            "next": target,
        },
    )


@signed_in
def recovery_codes(request, variant):
    """The new recovery codes, once: they leave the session as this page is shown."""
    codes = request.session.pop(devices.NEW_CODES, None)
    if not codes:
        messages.warning(
            request,
            _("Mã dự phòng chỉ hiển thị một lần, ngay khi tạo. Bạn có thể tạo bộ mã mới."),
        )
        return redirect(url_for(variant, "manage"))
    return render(
        request,
        variant,
        "recovery_codes.html",
        {
            "title": _("Mã dự phòng của bạn"),
            "codes": codes,
            "continue_url": request.session.pop(NEXT_AFTER_CODES, None)
            or url_for(variant, "manage"),
            "created_at": timezone.now(),
            "username": request.user.get_username(),
        },
    )


def manage_context(request, variant, disable_form=None):
    user = request.user
    app = devices.authenticator(user)
    return {
        "title": _("Xác thực hai bước"),
        "app": app,
        "required": policy.required_by_policy(user),
        "remaining": devices.remaining_recovery_codes(user) if app else 0,
        "disable_form": disable_form or CodeForm(auto_id="disable_%s", autofocus=False),
        "setup_url": url_for(variant, "setup"),
        "regenerate_url": url_for(variant, "regenerate"),
        "disable_url": url_for(variant, "disable"),
    }


@signed_in
def manage(request, variant):
    return render(request, variant, "manage.html", manage_context(request, variant))


@signed_in
@require_POST
def regenerate_codes(request, variant):
    user = request.user
    if not policy.has_authenticator(user):
        return redirect(url_for(variant, "setup"))
    request.session[devices.NEW_CODES] = devices.replace_recovery_codes(user)
    audit.record(audit.CODES, user, target=user)
    messages.success(request, _("Đã tạo bộ mã dự phòng mới; các mã cũ không còn dùng được."))
    return redirect(url_for(variant, "codes"))


@signed_in
@require_POST
def disable(request, variant):
    user = request.user
    if policy.required_by_policy(user):
        raise PermissionDenied
    app = devices.authenticator(user)
    if app is None:
        return redirect(url_for(variant, "manage"))
    form = CodeForm(request.POST, auto_id="disable_%s", autofocus=False)
    if form.is_valid() and check_code(request, form, app):
        devices.remove_all(user)
        audit.record(audit.DISABLED, user, target=user)
        messages.success(request, _("Đã tắt xác thực hai bước."))
        return redirect(url_for(variant, "manage"))
    return render(request, variant, "manage.html", manage_context(request, variant, form))
