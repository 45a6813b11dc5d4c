"""Authenticator apps and codes for tests: devices made with django-otp's models, codes
computed with its TOTP functions from the device's own secret."""

import re
import time
from base64 import b32decode
from binascii import hexlify

from django.conf import settings
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "demo-password-for-tests"
ADMIN = f"/{settings.ADMIN_PATH}/"
ADMIN_LOGIN = ADMIN + "login/"
SITE_LOGIN = "/tai-khoan/dang-nhap/"
ADMIN_2FA = ADMIN + "xac-thuc-hai-buoc/"
SITE_2FA = "/tai-khoan/xac-thuc-hai-buoc/"
RECOVERY_CODES = ["khoiphuc1", "khoiphuc2", "khoiphuc3"]


def code_for_key(hex_key, offset=0):
    """The 6-digit code of a secret (hex) at `offset` time steps from now."""
    totp = TOTP(bytes.fromhex(hex_key))
    totp.time = time.time() + offset * 30
    return f"{totp.token():06d}"


def key_of_secret_text(secret):
    """The hex key of a secret as the set-up page shows it for typing (base32, in groups)."""
    return hexlify(b32decode("".join(secret.split()))).decode()


def code_for_secret_text(secret, offset=0):
    return code_for_key(key_of_secret_text(secret), offset)


def wrong_code(hex_key):
    """Six digits that are none of the codes accepted now (one step either side)."""
    accepted = {code_for_key(hex_key, offset) for offset in (-1, 0, 1)}
    return next(code for code in ("000000", "111111", "222222", "333333") if code not in accepted)


def give_app(user, recovery_codes=RECOVERY_CODES):
    device = TOTPDevice.objects.create(user=user, name="Ứng dụng xác thực", confirmed=True)
    static = StaticDevice.objects.create(user=user, name="Mã dự phòng", confirmed=True)
    for token in recovery_codes:
        StaticToken.objects.create(device=static, token=token)
    return device


def secret_on(html):
    match = re.search(r'id="two-factor-secret">([A-Z2-7 ]+)<', html)
    assert match, "the set-up page shows the secret for typing"
    return match.group(1)


def sign_in(client, username, url=ADMIN_LOGIN, next_url=None, follow=False):
    data = {"username": username, "password": PASSWORD}
    if next_url:
        data["next"] = next_url
    return client.post(url, data, follow=follow)


def verified_client(user):
    """A client signed in as `user` whose session has given its code (as force_login gives
    the password), with an app made for the user if they have none."""
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or give_app(user)
    client = Client()
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client
