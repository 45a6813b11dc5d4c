"""Security headers as served, the CSP that public pages actually comply with, and the
production settings that `check --deploy` judges."""

import re

import pytest
from bs4 import BeautifulSoup

from tests.consultations.factories import ConsultationPageFactory, NomineePageFactory
from tests.test_pages import PUBLIC_ADDRESSES
from tests.test_settings import run_manage

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    parsed = {}
    for part in policy.split(";"):
        name, *sources = part.split()
        parsed[name] = sources
    return parsed


def test_public_pages_get_a_strict_policy_and_the_other_headers(client):
    response = client.get("/")
    csp = directives(response)
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"] and csp["form-action"] == ["'self'"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "google" not in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_error_pages_carry_the_headers_too(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "script-src 'self'" in response["Content-Security-Policy"]


@pytest.mark.parametrize("address", PUBLIC_ADDRESSES)
def test_public_pages_need_no_inline_script_or_style(client, address):
    """What the policy forbids is not in the page: no inline script (JSON-LD data is not a
    script), no style attribute or element, no event-handler attribute, no javascript: URL."""
    html = client.get(address).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.find_all("script"):
        assert script.get("src") or script.get("type") == "application/ld+json", (address, script)
    assert not soup.find_all("style"), address
    for element in soup.find_all(True):
        assert "style" not in element.attrs, (address, element.name)
        handlers = [name for name in element.attrs if name.lower().startswith("on")]
        assert not handlers, (address, element.name, handlers)
    assert not re.search(r"""(href|src|action)\s*=\s*["']\s*javascript:""", html, re.I), address


def test_admin_gets_its_own_policy(client, users):
    client.force_login(users["admin"])
    response = client.get("/admin/")
    assert response.status_code == 200
    csp = directives(response)
    # Wagtail's admin still relies on inline scripts; everything stays on this site.
    assert "'unsafe-inline'" in csp["script-src"]
    assert csp["default-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]


RECAPTCHA_KEYS = {
    "RECAPTCHA_PUBLIC_KEY": "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI",
    "RECAPTCHA_PRIVATE_KEY": "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe",
}


@pytest.mark.parametrize("version", ["v2", "v3"])
def test_recaptcha_hosts_are_allowed_only_where_the_widget_is(client, section, settings, version):
    settings.RECAPTCHA_ENABLED = True
    settings.RECAPTCHA_VERSION = version
    for name, value in RECAPTCHA_KEYS.items():
        setattr(settings, name, value)
    consultation = ConsultationPageFactory(parent=section("lay-y-kien"))
    nominee = NomineePageFactory(parent=consultation)

    with_form = client.get(nominee.url + "binh-luan/")
    html = with_form.content.decode()
    assert 'class="g-recaptcha' in html
    csp = directives(with_form)
    assert "https://www.google.com/recaptcha/" in csp["script-src"]
    assert "https://www.gstatic.com/recaptcha/" in csp["script-src"]
    assert "https://www.google.com/recaptcha/" in csp["frame-src"]
    assert "'unsafe-inline'" not in csp["script-src"]
    # The widget's own scripts are files, so the page still has no inline script.
    soup = BeautifulSoup(html, "html.parser")
    assert all(script.get("src") or script.get("type") for script in soup.find_all("script"))
    assert soup.find("script", src=re.compile(r"/static/js/recaptcha\.[0-9a-f]+\.js$"))

    for without_form in (client.get("/tin-tuc/"), client.get(nominee.url)):
        assert "google" not in without_form["Content-Security-Policy"]


def run_with_production_settings(*arguments, **extra_env):
    env = {
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "k" * 20 + "production-like-secret-for-the-deploy-check-" + "x" * 10,
        "ALLOWED_HOSTS": "thiduakhenthuong.example.gov.vn",
        **extra_env,
    }
    return run_manage(*arguments, **env)


# `check --deploy` itself: tests/test_settings.py.


def test_production_serves_https_only_with_secure_cookies_and_hsts():
    script = (
        "from django.conf import settings as s;"
        "print(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS,"
        " s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY,"
        " s.CSP_UPGRADE_INSECURE_REQUESTS, s.DEBUG)"
    )
    result = run_with_production_settings("shell", "-v", "0", "-c", script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "True",
        "31536000",
        "True",
        "True",
        "True",
        "True",
        "True",
        "False",
    ]


def test_production_refuses_to_start_without_a_secret_key():
    result = run_with_production_settings("check", SECRET_KEY="short")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_the_admin_moves_with_admin_path():
    script = "from django.urls import reverse; print(reverse('wagtailadmin_home'))"
    result = run_with_production_settings(
        "shell", "-v", "0", "-c", script, ADMIN_PATH="quan-tri-7f3a"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "/quan-tri-7f3a/"
