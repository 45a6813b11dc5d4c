"""The demo content command."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page

from demo import accounts as demo_accounts
from news.models import NewsPage

pytestmark = pytest.mark.django_db


def test_seed_demo_builds_the_public_addresses():
    urls = set(Page.objects.live().values_list("url_path", flat=True))
    for slug in (
        "tin-tuc",
        "van-ban",
        "khen-thuong",
        "tra-cuu",
        "thong-ke",
        "guong-dien-hinh",
        "phong-trao",
        "lay-y-kien",
        "hoi-dap",
        "dang-ky-thi-dua",
    ):
        assert f"/trang-chu/{slug}/" in urls
    assert NewsPage.objects.filter(title__contains="Nguyễn").exists()


def test_seed_demo_is_idempotent(settings):
    settings.SHOW_DEMO_SIGNINS = False
    pages, users = Page.objects.count(), get_user_model().objects.count()
    call_command("seed_demo", stdout=StringIO())
    call_command("seed_demo", "--if-empty", stdout=StringIO())
    assert Page.objects.count() == pages
    assert get_user_model().objects.count() == users


def test_passwords_are_printed_only_in_dev_mode(settings):
    settings.SHOW_DEMO_SIGNINS = False
    out = StringIO()
    call_command("seed_demo", "--if-empty", stdout=out)
    assert "mật khẩu" not in out.getvalue()

    settings.SHOW_DEMO_SIGNINS = True
    out = StringIO()
    call_command("seed_demo", "--if-empty", stdout=out)
    assert "ThiDua@2026" in out.getvalue()
    assert (
        demo_accounts.UNIT_OFFICER in out.getvalue() and demo_accounts.SECRETARIAT in out.getvalue()
    )


def test_unit_area_greets_a_signed_in_officer(client, users):
    response = client.get("/dang-ky-thi-dua/")
    assert "/tai-khoan/dang-nhap/" in response.content.decode()
    client.force_login(users[demo_accounts.UNIT_OFFICER])
    html = client.get("/dang-ky-thi-dua/").content.decode()
    assert users[demo_accounts.UNIT_OFFICER].unit_officer.unit.name in html


def test_officer_signs_in_with_the_form(client, users):
    response = client.post(
        "/tai-khoan/dang-nhap/",
        {
            "username": demo_accounts.OTHER_UNIT_OFFICER,
            "password": "demo-password-for-tests",
            "next": "/dang-ky-thi-dua/",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/dang-ky-thi-dua/"
    wrong = client.post(
        "/tai-khoan/dang-nhap/", {"username": demo_accounts.OTHER_UNIT_OFFICER, "password": "sai"}
    )
    assert wrong.status_code == 200
    assert 'role="alert"' in wrong.content.decode()
    assert f'value="{demo_accounts.OTHER_UNIT_OFFICER}"' in wrong.content.decode()


def test_demo_pages_are_published_through_revisions():
    pages = Page.objects.live().filter(depth__gt=1)
    assert pages.filter(first_published_at__isnull=True).count() == 0
    assert pages.filter(live_revision__isnull=True).count() == 0


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/", "javascript:alert(1)"]
)
def test_sign_in_never_redirects_off_site(client, target):
    response = client.post(
        "/tai-khoan/dang-nhap/",
        {
            "username": demo_accounts.UNIT_OFFICER,
            "password": "demo-password-for-tests",
            "next": target,
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/dang-ky-thi-dua/"
