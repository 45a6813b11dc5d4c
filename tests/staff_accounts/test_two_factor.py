"""Two-factor sign-in: required for the secretariat and superusers, set up at their first
sign-in, optional for everyone else and then required too; the code step on the admin's and
the site's sign-in, its lock, recovery codes, and what an unverified session may reach."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from demo import accounts as demo_accounts
from staff_accounts.models import SignInFailure
from tests.staff_accounts.helpers import (
    ADMIN,
    ADMIN_2FA,
    RECOVERY_CODES,
    SITE_2FA,
    SITE_LOGIN,
    code_for_key,
    code_for_secret_text,
    give_app,
    secret_on,
    sign_in,
    verified_client,
    wrong_code,
)

pytestmark = pytest.mark.django_db

VERIFY = ADMIN_2FA + "nhap-ma/"
SETUP = ADMIN_2FA + "thiet-lap/"
CODES = ADMIN_2FA + "ma-du-phong/"
LOCKED = "Tài khoản tạm khoá do đăng nhập sai nhiều lần"
# Admin pages with citizens' data an unverified session must not reach.
GUARDED = [
    ADMIN,
    ADMIN + "snippets/consultations/question/",
    ADMIN + "y-kien/",
    ADMIN + "users/",
    ADMIN + "account/",
]


def path_of(response):
    return urlsplit(response["Location"]).path


def next_of(response):
    return parse_qs(urlsplit(response["Location"]).query).get("next", [""])[0]


# The policy in the settings


def test_base_settings_require_a_code_of_the_secretariat_and_superusers():
    from home.roles import SECRETARIAT
    from portal.settings import base

    assert base.TWO_FACTOR_REQUIRED_GROUPS == [SECRETARIAT]
    assert base.TWO_FACTOR_REQUIRED_FOR_SUPERUSERS is True
    middleware = base.MIDDLEWARE
    auth = middleware.index("django.contrib.auth.middleware.AuthenticationMiddleware")
    otp = middleware.index("django_otp.middleware.OTPMiddleware")
    ours = middleware.index("staff_accounts.middleware.TwoFactorMiddleware")
    assert auth < otp < ours


# Required: first sign-in sets up the app


def test_the_secretariat_is_sent_to_set_up_an_app_after_the_password(two_factor_required):
    client = Client()
    response = sign_in(client, demo_accounts.SECRETARIAT)
    assert response.status_code == 302
    response = client.get(response["Location"])
    assert path_of(response) == SETUP
    assert next_of(response) == ADMIN
    for url in GUARDED:
        response = client.get(url)
        assert response.status_code == 302, url
        assert path_of(response) == SETUP, url
    # Posting is held too.
    assert path_of(client.post(ADMIN + "y-kien/", {"action": "approve"})) == SETUP


def test_set_up_shows_a_qr_code_and_the_secret_and_saves_nothing_until_confirmed(
    two_factor_required, users
):
    client = Client()
    sign_in(client, demo_accounts.SECRETARIAT)
    response = client.get(SETUP + "?next=/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<svg role="img" aria-label="Mã QR để thêm tài khoản' in html
    assert 'autocomplete="one-time-code"' in html and 'inputmode="numeric"' in html
    secret = secret_on(html)
    assert len(secret.replace(" ", "")) == 32
    # The same secret while the page is reloaded; nothing saved yet.
    assert secret_on(client.get(SETUP).content.decode()) == secret
    assert not TOTPDevice.objects.filter(user=users[demo_accounts.SECRETARIAT]).exists()


def test_set_up_refuses_a_wrong_code_keeping_it_and_accepts_the_apps(two_factor_required, users):
    client = Client()
    sign_in(client, demo_accounts.SECRETARIAT)
    secret = secret_on(client.get(SETUP).content.decode())
    right = code_for_secret_text(secret)
    wrong = next(c for c in ("000000", "111111", "222222") if c not in {right})
    response = client.post(SETUP, {"code": wrong, "next": "/admin/"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Mã chưa khớp" in html
    assert f'value="{wrong}"' in html
    assert not TOTPDevice.objects.filter(user=users[demo_accounts.SECRETARIAT]).exists()

    response = client.post(SETUP, {"code": right, "next": "/admin/"})
    assert path_of(response) == CODES
    device = TOTPDevice.objects.get(user=users[demo_accounts.SECRETARIAT])
    assert device.confirmed
    # The ten recovery codes, shown once.
    html = client.get(CODES).content.decode()
    tokens = StaticToken.objects.filter(device__user=users[demo_accounts.SECRETARIAT])
    assert tokens.count() == 10
    for token in tokens:
        assert f"<code>{token.token}</code>" in html
    assert "In các mã" in html and "Chép các mã" in html
    assert 'href="/admin/"' in html  # continue to where the sign-in was going
    again = client.get(CODES)
    assert path_of(again) == ADMIN_2FA
    assert tokens.first().token not in client.get(ADMIN_2FA).content.decode()
    # Signed in for good: the admin opens.
    assert client.get(ADMIN).status_code == 200
    entry = ModelLogEntry.objects.get(action="tdkt.two_factor.enabled")
    assert entry.object_id == str(users[demo_accounts.SECRETARIAT].pk)


def test_a_superuser_must_set_up_an_app_too(two_factor_required):
    client = Client()
    sign_in(client, "admin")
    assert path_of(client.get(ADMIN)) == SETUP


def test_without_the_policy_the_secretariat_is_not_held(users):
    client = Client()
    sign_in(client, demo_accounts.SECRETARIAT)
    assert client.get(ADMIN).status_code == 200


# The code step


def test_sign_in_with_an_app_asks_for_its_code_before_any_admin_page(two_factor_required, users):
    device = give_app(users[demo_accounts.SECRETARIAT])
    client = Client()
    response = sign_in(client, demo_accounts.SECRETARIAT, next_url="/admin/y-kien/")
    response = client.get(response["Location"])
    assert path_of(response) == VERIFY
    assert next_of(response) == "/admin/y-kien/"
    for url in GUARDED:
        assert path_of(client.get(url)) == VERIFY, url
    page = client.get(VERIFY + "?next=/admin/y-kien/")
    html = page.content.decode()
    assert 'autocomplete="one-time-code"' in html and 'inputmode="numeric"' in html
    assert "Mã xác thực (6 chữ số)" in html

    # Refused without a code, and with a wrong one (kept in the field).
    response = client.post(VERIFY, {"code": "", "next": "/admin/y-kien/"})
    assert "Hãy nhập mã xác thực gồm 6 chữ số." in response.content.decode()
    wrong = wrong_code(device.key)
    response = client.post(VERIFY, {"code": wrong, "next": "/admin/y-kien/"})
    html = response.content.decode()
    assert "Mã xác thực không đúng hoặc đã hết hạn" in html
    assert f'value="{wrong}"' in html
    assert path_of(client.get(ADMIN)) == VERIFY
    failure = SignInFailure.objects.get(username=demo_accounts.SECRETARIAT)
    assert failure.kind == SignInFailure.CODE

    # django-otp makes a second try wait a moment after a wrong one.
    response = client.post(VERIFY, {"code": code_for_key(device.key), "next": "/admin/y-kien/"})
    assert "vui lòng đợi" in response.content.decode()
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None)

    response = client.post(VERIFY, {"code": code_for_key(device.key), "next": "/admin/y-kien/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/y-kien/"
    for url in GUARDED:
        response = client.get(url)
        # Each answers as it would to the secretariat (the user list refuses them as ever).
        assert response.status_code == (302 if url.endswith("users/") else 200), url
        assert VERIFY not in response.get("Location", ""), url


def test_a_code_is_accepted_once(two_factor_required, users):
    device = give_app(users[demo_accounts.EDITOR])
    code = code_for_key(device.key)
    first, second = Client(), Client()
    sign_in(first, demo_accounts.EDITOR)
    sign_in(second, demo_accounts.EDITOR)
    assert first.post(VERIFY, {"code": code})["Location"] == ADMIN
    response = second.post(VERIFY, {"code": code})
    assert response.status_code == 200
    assert "không đúng hoặc đã hết hạn" in response.content.decode()


def test_the_next_address_must_be_this_sites(two_factor_required, users):
    device = give_app(users[demo_accounts.EDITOR])
    client = Client()
    sign_in(client, demo_accounts.EDITOR)
    response = client.post(VERIFY, {"code": code_for_key(device.key), "next": "https://x.example/"})
    assert response["Location"] == ADMIN


def test_five_wrong_codes_lock_the_account_until_the_office_unlocks(
    two_factor_required, no_throttle, users
):
    device = give_app(users[demo_accounts.EDITOR])
    wrong = wrong_code(device.key)
    client = Client()
    sign_in(client, demo_accounts.EDITOR)
    for _ in range(3):
        response = client.post(VERIFY, {"code": wrong})
        assert LOCKED not in response.content.decode()
    # Signing in again (the right password) gives no fresh tries: the codes count apart.
    client = Client()
    sign_in(client, demo_accounts.EDITOR)
    for _ in range(2):
        response = client.post(VERIFY, {"code": wrong})
    assert LOCKED in response.content.decode()
    # Locked: the right code and the right password are refused alike.
    response = client.post(VERIFY, {"code": code_for_key(device.key)})
    assert LOCKED in response.content.decode()
    assert LOCKED in sign_in(Client(), demo_accounts.EDITOR).content.decode()
    assert (
        SignInFailure.objects.filter(username=demo_accounts.EDITOR, kind=SignInFailure.CODE).count()
        == 5
    )

    secretary = verified_client(users[demo_accounts.SECRETARIAT])
    response = secretary.post(
        ADMIN + "dang-nhap-khong-thanh-cong/mo-khoa/", {"username": demo_accounts.EDITOR}
    )
    assert path_of(response) == ADMIN + "dang-nhap-khong-thanh-cong/"
    response = client.post(VERIFY, {"code": code_for_key(device.key)})
    assert response["Location"] == ADMIN


def test_a_recovery_code_works_once(two_factor_required, users):
    give_app(users[demo_accounts.SECRETARIAT])
    client = Client()
    sign_in(client, demo_accounts.SECRETARIAT)
    page = client.get(VERIFY + "?cach=ma-du-phong")
    html = page.content.decode()
    assert "Mã dự phòng" in html and 'inputmode="numeric"' not in html
    response = client.post(VERIFY, {"code": " KHOIPHUC2 ", "cach": "ma-du-phong"})
    assert response["Location"] == ADMIN
    assert "còn 2 mã" in client.get(ADMIN).content.decode()
    assert not StaticToken.objects.filter(token="khoiphuc2").exists()

    again = Client()
    sign_in(again, demo_accounts.SECRETARIAT)
    response = again.post(VERIFY, {"code": "khoiphuc2", "cach": "ma-du-phong"})
    assert response.status_code == 200
    assert "Mã dự phòng không đúng hoặc đã được dùng." in response.content.decode()
    assert path_of(again.get(ADMIN)) == VERIFY


def test_the_set_up_cannot_replace_an_app_before_its_code(two_factor_required, users):
    device = give_app(users[demo_accounts.SECRETARIAT])
    client = Client()
    sign_in(client, demo_accounts.SECRETARIAT)
    response = client.get(SETUP)
    assert path_of(response) == VERIFY
    response = client.post(SETUP, {"code": "123456"})
    assert path_of(response) == VERIFY
    assert list(TOTPDevice.objects.filter(user=users[demo_accounts.SECRETARIAT])) == [device]


def test_an_unverified_session_may_sign_out(two_factor_required, users):
    give_app(users[demo_accounts.SECRETARIAT])
    client = Client()
    sign_in(client, demo_accounts.SECRETARIAT)
    response = client.post(ADMIN + "logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


# Optional for other staff and unit officers


def test_an_editor_without_an_app_is_not_asked_for_a_code(two_factor_required):
    client = Client()
    sign_in(client, demo_accounts.EDITOR)
    assert client.get(ADMIN).status_code == 200


def test_an_editor_sets_up_an_app_from_the_account_page_and_needs_it_from_then_on(users):
    client = Client()
    sign_in(client, demo_accounts.EDITOR)
    account = client.get(ADMIN + "account/").content.decode()
    assert "Xác thực hai bước" in account and ADMIN_2FA in account
    html = client.get(ADMIN_2FA).content.decode()
    assert "Chưa bật." in html
    secret = secret_on(client.get(SETUP).content.decode())
    response = client.post(SETUP, {"code": code_for_secret_text(secret)})
    assert path_of(response) == CODES
    assert "Đang bật." in client.get(ADMIN_2FA).content.decode()

    later = Client()
    sign_in(later, demo_accounts.EDITOR)
    assert path_of(later.get(ADMIN)) == VERIFY


def test_a_unit_officer_with_an_app_gives_the_code_after_the_sites_sign_in(users):
    device = give_app(users[demo_accounts.UNIT_OFFICER])
    client = Client()
    response = sign_in(
        client, demo_accounts.UNIT_OFFICER, url=SITE_LOGIN, next_url="/dang-ky-thi-dua/"
    )
    assert response["Location"] == "/dang-ky-thi-dua/"
    response = client.get("/dang-ky-thi-dua/")
    assert path_of(response) == SITE_2FA + "nhap-ma/"
    assert next_of(response) == "/dang-ky-thi-dua/"
    page = client.get(response["Location"])
    html = page.content.decode()
    assert page.status_code == 200
    assert "Nhập mã xác thực" in html and 'class="site-main"' in html  # the site's look
    response = client.post(
        SITE_2FA + "nhap-ma/", {"code": code_for_key(device.key), "next": "/dang-ky-thi-dua/"}
    )
    assert response["Location"] == "/dang-ky-thi-dua/"
    assert "Đăng xuất" in client.get("/dang-ky-thi-dua/").content.decode()


def test_a_unit_officer_sets_up_an_app_on_the_site(users):
    client = Client()
    client.force_login(users[demo_accounts.OTHER_UNIT_OFFICER])
    html = client.get(SITE_2FA + "thiet-lap/").content.decode()
    assert 'class="site-main"' in html
    response = client.post(SITE_2FA + "thiet-lap/", {"code": code_for_secret_text(secret_on(html))})
    assert response["Location"] == SITE_2FA + "ma-du-phong/"
    assert client.get(SITE_2FA + "ma-du-phong/").content.decode().count("<code>") == 10


# Managing one's own


def test_new_recovery_codes_replace_the_old(users):
    give_app(users[demo_accounts.EDITOR])
    client = Client()
    client.force_login(users[demo_accounts.EDITOR])
    assert client.get(ADMIN_2FA).status_code == 302  # the code first
    from django_otp.plugins.otp_totp.models import TOTPDevice as App

    device = App.objects.get(user=users[demo_accounts.EDITOR])
    client.post(VERIFY, {"code": code_for_key(device.key)})
    assert "Còn 3 mã dự phòng" in client.get(ADMIN_2FA).content.decode()
    response = client.post(ADMIN_2FA + "ma-du-phong/tao-moi/")
    assert path_of(response) == CODES
    assert "khoiphuc1" not in client.get(CODES).content.decode()
    tokens = set(
        StaticToken.objects.filter(device__user=users[demo_accounts.EDITOR]).values_list("token")
    )
    assert len(tokens) == 10 and not tokens & {(code,) for code in RECOVERY_CODES}
    assert ModelLogEntry.objects.filter(action="tdkt.two_factor.recovery_codes").exists()


def test_an_optional_app_is_turned_off_with_a_code_a_required_one_is_not(
    two_factor_required, users
):
    for username, allowed in ((demo_accounts.EDITOR, True), (demo_accounts.SECRETARIAT, False)):
        device = give_app(users[username])
        client = Client()
        sign_in(client, username)
        client.post(VERIFY, {"code": code_for_key(device.key)})
        html = client.get(ADMIN_2FA).content.decode()
        assert ("Tắt xác thực hai bước" in html) is allowed
        response = client.post(ADMIN_2FA + "tat/", {"code": code_for_key(device.key, 1)})
        assert TOTPDevice.objects.filter(user=users[username]).exists() is not allowed
        if allowed:
            assert response.status_code == 302
            assert ModelLogEntry.objects.filter(action="tdkt.two_factor.disabled").exists()


def test_turning_off_refuses_a_wrong_code(users):
    device = give_app(users[demo_accounts.EDITOR])
    client = Client()
    sign_in(client, demo_accounts.EDITOR)
    client.post(VERIFY, {"code": code_for_key(device.key)})
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None)
    response = client.post(ADMIN_2FA + "tat/", {"code": wrong_code(device.key)})
    assert response.status_code == 200
    assert "không đúng hoặc đã hết hạn" in response.content.decode()
    assert TOTPDevice.objects.filter(user=users[demo_accounts.EDITOR]).exists()


# A superuser resets someone's app when the phone is lost


def test_a_superuser_resets_someones_two_factor_which_is_logged(two_factor_required, users):
    device = give_app(users[demo_accounts.SECRETARIAT])
    owner = Client()
    sign_in(owner, demo_accounts.SECRETARIAT)
    owner.post(VERIFY, {"code": code_for_key(device.key)})
    assert owner.get(ADMIN).status_code == 200

    admin = verified_client(users["admin"])
    listing = admin.get(ADMIN + "users/").content.decode()
    reset_url = ADMIN_2FA + f"dat-lai/{users['thuongtruc'].pk}/"
    assert reset_url in listing
    page = admin.get(reset_url).content.decode()
    assert "Đặt lại xác thực hai bước" in page and "còn 3 mã dự phòng" in page
    response = admin.post(reset_url)
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=users[demo_accounts.SECRETARIAT]).exists()
    assert not StaticToken.objects.filter(device__user=users[demo_accounts.SECRETARIAT]).exists()
    entry = ModelLogEntry.objects.get(action="tdkt.two_factor.reset")
    assert entry.user_id == users["admin"].pk
    assert entry.object_id == str(users[demo_accounts.SECRETARIAT].pk)
    assert entry.data == {"devices": 2}
    # The owner's session is no longer verified: back to setting up.
    assert path_of(owner.get(ADMIN)) == SETUP
