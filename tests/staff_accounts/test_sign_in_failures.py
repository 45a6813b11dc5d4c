"""The office's screen of failed sign-ins and locks, unlocking (logged), and the records kept
no longer than SIGN_IN_FAILURE_RETENTION_DAYS."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import ModelLogEntry

from core import lockout
from demo import accounts as demo_accounts
from staff_accounts import failures
from staff_accounts.models import SignInFailure
from tests.staff_accounts.helpers import ADMIN, ADMIN_LOGIN, SITE_LOGIN, sign_in

pytestmark = pytest.mark.django_db

SCREEN = ADMIN + "dang-nhap-khong-thanh-cong/"
UNLOCK = SCREEN + "mo-khoa/"
LOCKED = "Tài khoản tạm khoá do đăng nhập sai nhiều lần"


def fail(url, username, times, address="203.113.45.67"):
    client = Client(REMOTE_ADDR=address)
    for _ in range(times):
        response = client.post(url, {"username": username, "password": "sai-mat-khau"})
    return response


def test_every_failed_sign_in_is_recorded_with_its_address():
    fail(SITE_LOGIN, demo_accounts.UNIT_OFFICER, 2)
    fail(ADMIN_LOGIN, "khong-co-ai", 1, address="2001:db8:85a3::8a2e:370:7334")
    rows = SignInFailure.objects.order_by("at")
    assert [(r.username, r.address, r.kind) for r in rows] == [
        (demo_accounts.UNIT_OFFICER, "203.113.45.67", "password"),
        (demo_accounts.UNIT_OFFICER, "203.113.45.67", "password"),
        ("khong-co-ai", "2001:db8:85a3::8a2e:370:7334", "password"),
    ]


@pytest.mark.parametrize(
    ("address", "masked"),
    [
        ("203.113.45.67", "203.113.x.x"),
        ("2001:db8:85a3::8a2e:370:7334", "2001:db8:85a3:x:x:x:x:x"),
        ("", "—"),
        ("khong-phai-dia-chi", "—"),
    ],
)
def test_addresses_are_shown_in_part(address, masked):
    assert failures.mask(address) == masked


def test_the_secretariat_sees_failures_and_locks_with_addresses_in_part(as_staff):
    fail(SITE_LOGIN, demo_accounts.UNIT_OFFICER, 5)
    fail(ADMIN_LOGIN, demo_accounts.EDITOR, 2, address="198.51.100.23")
    response = as_staff(demo_accounts.SECRETARIAT).get(SCREEN)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Đăng nhập không thành công" in html
    # donvi1 is locked: listed with its unlock button; bientap only failed.
    locks = response.context["locks"]
    assert [lock["username"] for lock in locks if lock["kind"] == "username"] == [
        demo_accounts.UNIT_OFFICER
    ]
    assert f'value="{demo_accounts.UNIT_OFFICER}"' in html and "Mở khoá tài khoản donvi1" in html
    rows = {row["username"]: row for row in response.context["rows"]}
    assert (
        rows[demo_accounts.UNIT_OFFICER]["count"] == 5 and rows[demo_accounts.EDITOR]["count"] == 2
    )
    assert "203.113.x.x" in html and "198.51.x.x" in html
    assert "203.113.45.67" not in html and "198.51.100.23" not in html
    assert (
        timezone.localtime(rows[demo_accounts.UNIT_OFFICER]["last"]).strftime("%d/%m/%Y %H:%M")
        in html
    )


def test_unlocking_an_account_lets_it_sign_in_and_is_logged(as_staff, users):
    assert LOCKED in fail(SITE_LOGIN, demo_accounts.UNIT_OFFICER, 5).content.decode()
    response = as_staff(demo_accounts.SECRETARIAT).post(
        UNLOCK, {"username": demo_accounts.UNIT_OFFICER}
    )
    assert response["Location"] == SCREEN
    assert lockout.seconds_locked(demo_accounts.UNIT_OFFICER, None) == 0
    response = sign_in(
        Client(REMOTE_ADDR="203.113.45.67"), demo_accounts.UNIT_OFFICER, url=SITE_LOGIN
    )
    assert response.status_code == 302
    entry = ModelLogEntry.objects.get(action="tdkt.sign_in.unlocked")
    assert entry.user_id == users[demo_accounts.SECRETARIAT].pk
    assert entry.object_id == str(users[demo_accounts.UNIT_OFFICER].pk)
    assert entry.data == {"username": demo_accounts.UNIT_OFFICER}


def test_unlocking_an_address_shared_by_an_office(as_staff, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "sign-in-ip": (3, 900)}
    for username in ("a1", "a2", "a3"):
        fail(SITE_LOGIN, username, 1)
    assert LOCKED in fail(SITE_LOGIN, demo_accounts.UNIT_OFFICER, 1).content.decode()
    response = as_staff("admin").get(SCREEN)
    lock = next(lock for lock in response.context["locks"] if lock["kind"] == "address")
    assert lock["masked"] == "203.113.x.x"
    as_staff("admin").post(UNLOCK, {"failure": lock["failure"]})
    assert (
        sign_in(
            Client(REMOTE_ADDR="203.113.45.67"), demo_accounts.UNIT_OFFICER, url=SITE_LOGIN
        ).status_code
        == 302
    )
    entry = ModelLogEntry.objects.get(action="tdkt.sign_in.unlocked")
    assert entry.data == {"address": "203.113.x.x"}


@pytest.mark.parametrize(
    "username", [demo_accounts.EDITOR, demo_accounts.APPROVER, demo_accounts.UNIT_OFFICER]
)
def test_no_one_else_sees_the_screen_or_unlocks(as_staff, username):
    fail(SITE_LOGIN, demo_accounts.OTHER_UNIT_OFFICER, 5)
    client = as_staff(username)
    for response in (
        client.get(SCREEN),
        client.post(UNLOCK, {"username": demo_accounts.OTHER_UNIT_OFFICER}),
    ):
        assert response.status_code in (302, 403)
        assert response.get("Location", "") != SCREEN
        assert b"donvi2" not in response.content
    assert lockout.seconds_locked(demo_accounts.OTHER_UNIT_OFFICER, None) > 0
    assert not ModelLogEntry.objects.filter(action="tdkt.sign_in.unlocked").exists()


def test_the_menu_item_is_the_secretariats_and_superusers(users, rf):
    from staff_accounts.wagtail_hooks import sign_in_failures_menu_item

    item = sign_in_failures_menu_item()
    for username, shown in [
        (demo_accounts.SECRETARIAT, True),
        ("admin", True),
        (demo_accounts.EDITOR, False),
    ]:
        request = rf.get(ADMIN)
        request.user = users[username]
        assert item.is_shown(request) is shown


def test_old_failures_are_pruned(settings):
    settings.SIGN_IN_FAILURE_RETENTION_DAYS = 30
    old = SignInFailure.objects.create(username="cu", at=timezone.now() - timedelta(days=31))
    kept = SignInFailure.objects.create(username="moi", at=timezone.now() - timedelta(days=29))
    out = io.StringIO()
    call_command("prune_sign_in_failures", stdout=out)
    assert "Đã xóa 1 lần" in out.getvalue()
    assert list(SignInFailure.objects.filter(pk__in=[old.pk, kept.pk])) == [kept]
