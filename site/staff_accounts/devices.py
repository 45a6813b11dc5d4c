"""The authenticator app (django-otp's TOTPDevice) and the recovery codes (its StaticDevice).

The secret of an app being set up stays in the session until a code from the app confirms it;
only then is a device saved, so opening the set-up page writes nothing to the database."""

import time
from base64 import b32encode
from binascii import unhexlify

import segno
from django.db import transaction
from django.utils.html import escape
from django.utils.translation import gettext as _
from django_otp import devices_for_user, user_has_device
from django_otp import login as otp_login
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice, default_key

PENDING_KEY = "staff_accounts.pending_key"
NEW_CODES = "staff_accounts.new_codes"
RECOVERY_CODE_COUNT = 10
APP_NAME = "Ứng dụng xác thực"
CODES_NAME = "Mã dự phòng"


def pending_device(request):
    """An unsaved device holding the secret being set up in this session."""
    key = request.session.get(PENDING_KEY)
    if not key:
        key = request.session[PENDING_KEY] = default_key()
    return TOTPDevice(user=request.user, key=key, name=APP_NAME)


def secret_for_typing(device):
    """The secret as an app asks for it when typed in: base32, in groups of four."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_svg(device):
    """The otpauth:// address as an inline SVG QR code (no style attributes, so the public
    pages' content security policy allows it)."""
    qr = segno.make(device.config_url, error="m")
    label = _("Mã QR để thêm tài khoản vào ứng dụng xác thực")
    svg = qr.svg_inline(
        scale=5, border=4, dark="#000", light="#fff", svgclass="two-factor-qr", lineclass=None
    )
    return svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1)


def normalise(token):
    return "".join(str(token or "").split()).lower()


def matching_step(device, token):
    """The time step at which `token` is the device's code (one step either side allowed), or
    None. For the secret being set up, which is not a saved device yet."""
    token = normalise(token)
    if not token.isdigit():
        return None
    totp = TOTP(unhexlify(device.key.encode()), device.step, device.t0, device.digits)
    totp.time = time.time()
    if totp.verify(int(token), tolerance=1):
        return totp.t()
    return None


@transaction.atomic
def confirm(request, step):
    """Save the app whose secret was confirmed at time step `step`, replacing any earlier app
    and recovery codes; the session counts as verified by it. Returns the new recovery codes."""
    device = pending_device(request)
    user = request.user
    TOTPDevice.objects.filter(user=user).delete()
    # The confirming code cannot be used again to sign in.
    device.last_t = step
    device.confirmed = True
    device.save()
    codes = replace_recovery_codes(user)
    request.session.pop(PENDING_KEY, None)
    mark_verified(request, device)
    return codes


def mark_verified(request, device):
    otp_login(request, device)
    # A new session key once more is proven, as at sign-in.
    request.session.cycle_key()


@transaction.atomic
def replace_recovery_codes(user):
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=CODES_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def remaining_recovery_codes(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def authenticator(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("-pk").first()


def recovery_device(user):
    return StaticDevice.objects.filter(user=user, confirmed=True).first()


def has_any_device(user):
    return user_has_device(user, confirmed=None)


@transaction.atomic
def remove_all(user):
    """Delete every device of `user` (app and recovery codes); how many there were."""
    devices = list(devices_for_user(user, confirmed=None))
    for device in devices:
        device.delete()
    return len(devices)
