"""Two-factor sign-in in a real browser: the secretariat sets up an app at its first sign-in
(code computed from the secret the page shows), signs out, signs in with the password and a
code, is refused without one and with a wrong one; a recovery code works once. A unit officer
does the same on the site. Every new page passes axe-core and runs under the site's policy."""

import re
import time

import pytest

from demo import accounts as demo_accounts
from tests.browser.accounts import PASSWORD, sign_in_to_the_admin
from tests.browser.test_content_security_policy import COLLECT_VIOLATIONS, violations
from tests.staff_accounts.helpers import code_for_secret_text, key_of_secret_text, wrong_code

ADMIN_HOME = re.compile(r"/admin/$")


@pytest.fixture(autouse=True)
def leaves_no_two_factor_behind(django_db_blocker):
    """What the live server writes is not undone with the test's transaction: once that is
    rolled back (this fixture is set up before `db`, so torn down after it), remove the apps,
    codes, counts and records these tests made, so later tests sign in with the password
    alone."""
    yield
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice
    from wagtail.models import ModelLogEntry

    from core.models import RateCounter
    from staff_accounts.models import SignInFailure

    with django_db_blocker.unblock():
        TOTPDevice.objects.all().delete()
        StaticDevice.objects.all().delete()
        SignInFailure.objects.all().delete()
        RateCounter.objects.all().delete()
        ModelLogEntry.objects.filter(action__startswith="tdkt.two_factor").delete()


@pytest.fixture(autouse=True)
def reads_do_not_block_the_server(db):
    """As in test_registrations: the checks read between steps without holding a lock on a
    table the server writes (sessions, devices, the audit log)."""
    from django.db import connection

    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA read_uncommitted = 1")


@pytest.fixture
def two_factor_required(settings):
    """The policy of base.py, which the test settings switch off (the live server shares
    these settings)."""
    from portal.settings import base

    settings.TWO_FACTOR_REQUIRED_GROUPS = base.TWO_FACTOR_REQUIRED_GROUPS
    settings.TWO_FACTOR_REQUIRED_FOR_SUPERUSERS = base.TWO_FACTOR_REQUIRED_FOR_SUPERUSERS


@pytest.fixture
def desk(browser):
    """A desktop window: the admin's menu (and its sign-out) shows in full."""
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.add_init_script(COLLECT_VIOLATIONS)
    yield page
    context.close()


@pytest.fixture
def check(assert_accessible):
    """axe-core once the admin's messages have faded in (checked half-way, they fail on
    contrast)."""

    def run(page):
        # Polled from here: wait_for_function would evaluate a string, which the admin's
        # policy refuses.
        for _ in range(50):
            if page.evaluate("document.getAnimations().every(a => a.playState !== 'running')"):
                break
            time.sleep(0.1)
        assert_accessible(page)

    return run


def sign_out_of_the_admin(page, site):
    page.goto(site + "/admin/")
    page.locator("[data-wagtail-sidebar] .sidebar-footer__account").click()
    page.get_by_role("button", name=re.compile("Đăng xuất|Log out")).click()
    page.wait_for_url("**/admin/login/**")


def submit(page):
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("^Xác nhận")).click()


def enter_code(page, code):
    page.get_by_label(re.compile("Mã xác thực|Mã dự phòng")).fill(code)
    submit(page)


def test_the_secretariat_sets_up_two_factor_and_signs_in_with_codes(
    demo_site, desk, two_factor_required, check
):
    page = desk
    # First sign-in: the password, then straight to setting up the app.
    sign_in_to_the_admin(page, demo_site, demo_accounts.SECRETARIAT, wait=False)
    page.wait_for_url("**/admin/xac-thuc-hai-buoc/thiet-lap/**")
    assert page.get_by_role("img", name=re.compile("Mã QR")).is_visible()
    check(page)
    secret = page.locator("#two-factor-secret").inner_text()
    # "Scanning": the code the app would show, from the secret on the page.
    enter_code(page, wrong_code(key_of_secret_text(secret)))
    assert page.get_by_text("Mã chưa khớp").is_visible()
    check(page)
    enter_code(page, code_for_secret_text(secret))

    page.wait_for_url("**/admin/xac-thuc-hai-buoc/ma-du-phong/")
    codes = page.locator(".two-factor__code-list code").all_inner_texts()
    assert len(codes) == 10 and len(set(codes)) == 10
    assert page.get_by_role("button", name="In các mã").is_visible()
    assert page.get_by_role("button", name="Chép các mã").is_visible()
    check(page)
    page.get_by_role("link", name="Tôi đã lưu các mã, tiếp tục").click()
    page.wait_for_url(ADMIN_HOME)
    # Shown once: the page now says so instead.
    page.goto(demo_site + "/admin/xac-thuc-hai-buoc/ma-du-phong/")
    assert codes[0] not in page.content()
    check(page)  # the account's two-factor page

    # Sign out; the password alone no longer opens the admin.
    sign_out_of_the_admin(page, demo_site)
    sign_in_to_the_admin(page, demo_site, demo_accounts.SECRETARIAT, wait=False)
    page.wait_for_url("**/admin/xac-thuc-hai-buoc/nhap-ma/**")
    check(page)
    page.goto(demo_site + "/admin/y-kien/")
    assert "/xac-thuc-hai-buoc/nhap-ma/" in page.url
    submit(page)
    assert page.get_by_text("Hãy nhập mã xác thực gồm 6 chữ số.").is_visible()
    enter_code(page, wrong_code(key_of_secret_text(secret)))
    assert page.get_by_text("Mã xác thực không đúng hoặc đã hết hạn").is_visible()
    check(page)
    time.sleep(1.5)  # django-otp's wait after a wrong code
    # The next time step's code: the one used at set-up cannot be used twice.
    enter_code(page, code_for_secret_text(secret, offset=1))
    page.wait_for_url(re.compile(r"/admin/y-kien/"))

    # The office's screen lists the wrong code, the address in part.
    page.goto(demo_site + "/admin/dang-nhap-khong-thanh-cong/")
    row = page.locator("tr", has_text=demo_accounts.SECRETARIAT)
    assert row.is_visible() and "x.x" in row.inner_text()
    check(page)

    # A recovery code instead of the phone, once.
    sign_out_of_the_admin(page, demo_site)
    sign_in_to_the_admin(page, demo_site, demo_accounts.SECRETARIAT, wait=False)
    page.get_by_role("link", name=re.compile("Nhập mã dự phòng")).click()
    check(page)
    enter_code(page, codes[0])
    page.wait_for_url(ADMIN_HOME)
    assert page.get_by_text(re.compile("còn 9 mã")).is_visible()
    sign_out_of_the_admin(page, demo_site)
    sign_in_to_the_admin(page, demo_site, demo_accounts.SECRETARIAT, wait=False)
    page.get_by_role("link", name=re.compile("Nhập mã dự phòng")).click()
    enter_code(page, codes[0])
    assert page.get_by_text("Mã dự phòng không đúng hoặc đã được dùng.").is_visible()
    assert "/xac-thuc-hai-buoc/nhap-ma/" in page.url
    assert violations(page) == []


def test_a_unit_officer_sets_up_two_factor_on_the_site(demo_site, page, assert_accessible):
    page.add_init_script(COLLECT_VIOLATIONS)
    page.goto(demo_site + "/tai-khoan/dang-nhap/?next=/tai-khoan/xac-thuc-hai-buoc/")
    page.get_by_label("Tên đăng nhập").fill(demo_accounts.UNIT_OFFICER)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/tai-khoan/xac-thuc-hai-buoc/")
    assert page.get_by_text("Chưa bật.").is_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Thiết lập xác thực hai bước").click()
    page.wait_for_url("**/thiet-lap/")
    assert_accessible(page)
    secret = page.locator("#two-factor-secret").inner_text()
    enter_code(page, code_for_secret_text(secret))
    page.wait_for_url("**/tai-khoan/xac-thuc-hai-buoc/ma-du-phong/")
    assert page.locator(".two-factor__code-list code").count() == 10
    assert_accessible(page)
    assert violations(page) == []

    # Signing in again on the site leads to the code step, in the site's look.
    page.goto(demo_site + "/dang-ky-thi-dua/")
    page.get_by_role("button", name="Đăng xuất").click()
    page.goto(demo_site + "/tai-khoan/dang-nhap/?next=/dang-ky-thi-dua/")
    page.get_by_label("Tên đăng nhập").fill(demo_accounts.UNIT_OFFICER)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/tai-khoan/xac-thuc-hai-buoc/nhap-ma/**")
    submit(page)
    assert page.locator("[aria-invalid=true]").count() == 1
    assert_accessible(page)  # with its error
    enter_code(page, code_for_secret_text(secret, offset=1))
    page.wait_for_url("**/dang-ky-thi-dua/")
    assert violations(page) == []
