"""Server errors reach people: a 500 is mailed to ADMINS (once per kind of error, without
what was posted), and Sentry runs only when SENTRY_DSN is set, without personal data."""

import json
import logging

import pytest
import sentry_sdk
from django.core import mail
from django.test import override_settings
from django.urls import path
from django.utils.module_loading import import_string

from staff_accounts.error_reports import parse_admins, scrub, with_error_mail
from tests.test_settings import run_manage

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "k" * 20 + "0123456789abcdefghijklmnopqrstuvwxyzQWERTYUIOP",
    "ALLOWED_HOSTS": "thiduakhenthuong.langson.gov.vn",
    "ADMINS": "Nguyễn Văn Quản <quan.nv@example.vn>, truc.ky@example.vn",
    "SERVER_EMAIL": "Cổng TĐKT <may-chu@example.vn>",
}
SHOW_SETTINGS = """
import json, sentry_sdk
from django.conf import settings
client = sentry_sdk.get_client()
print(json.dumps({
    "admins": settings.ADMINS,
    "server_email": settings.SERVER_EMAIL,
    "request_handlers": settings.LOGGING["loggers"]["django.request"]["handlers"],
    "django_handlers": settings.LOGGING["loggers"]["django"]["handlers"],
    "mail_admins": settings.LOGGING["handlers"]["mail_admins"],
    "sentry": client.is_active(),
    "options": {k: client.options.get(k) for k in (
        "send_default_pii", "environment", "release", "max_request_body_size",
        "include_local_variables")} if client.is_active() else None,
}))
"""


class BoomError(RuntimeError):
    pass


def boom(request):
    raise BoomError("Lỗi thử nghiệm khi lưu ý kiến")


def other_boom(request):
    raise KeyError("thieu-truong")


urlpatterns = [path("loi/", boom), path("loi-khac/", other_boom)]


def production_settings(**env):
    result = run_manage("shell", "-c", SHOW_SETTINGS, **{**PRODUCTION, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_admins_are_read_from_the_environment():
    assert parse_admins("Nguyễn Văn Quản <quan.nv@example.vn>, truc.ky@example.vn") == [
        ("Nguyễn Văn Quản", "quan.nv@example.vn"),
        ("", "truc.ky@example.vn"),
    ]
    assert parse_admins("") == []


def test_production_mails_server_errors_and_runs_sentry_only_with_a_dsn():
    without = production_settings()
    assert without["admins"] == [
        ["Nguyễn Văn Quản", "quan.nv@example.vn"],
        ["", "truc.ky@example.vn"],
    ]
    assert without["server_email"] == "Cổng TĐKT <may-chu@example.vn>"
    assert without["request_handlers"] == ["mail_admins"]
    assert without["django_handlers"] == []
    assert without["mail_admins"]["class"] == "django.utils.log.AdminEmailHandler"
    assert without["mail_admins"]["include_html"] is False
    assert without["sentry"] is False

    configured = production_settings(
        SENTRY_DSN="https://public@sentry.example.invalid/1",
        SENTRY_ENVIRONMENT="thu-nghiem",
        SENTRY_RELEASE="2026.12.1",
    )
    assert configured["sentry"] is True
    assert configured["options"] == {
        "send_default_pii": False,
        "environment": "thu-nghiem",
        "release": "2026.12.1",
        "max_request_body_size": "never",
        "include_local_variables": False,
    }


def test_sentry_is_not_started_without_a_dsn(settings):
    assert settings.SENTRY_DSN == ""
    assert not sentry_sdk.get_client().is_active()


@pytest.fixture
def mail_handler(monkeypatch):
    """The "django" and "django.request" loggers as production configures them (built from
    with_error_mail's config), console left out."""
    from portal.settings import base

    config = with_error_mail(base.LOGGING)
    spec = config["handlers"]["mail_admins"]
    handler = import_string(spec["class"])(include_html=spec["include_html"])
    handler.setLevel(spec["level"])
    for name in spec["filters"]:
        handler.addFilter(import_string(config["filters"][name]["()"])())
    built = {"mail_admins": handler}
    for name in ("django", "django.request"):
        handlers = [built[h] for h in config["loggers"][name]["handlers"] if h in built]
        monkeypatch.setattr(logging.getLogger(name), "handlers", handlers)
    assert config["loggers"]["django.request"]["handlers"] == ["mail_admins"]
    assert config["loggers"]["django"]["handlers"] == []
    return handler


@override_settings(
    ROOT_URLCONF=__name__,
    ADMINS=[("Nguyễn Văn Quản", "quan.nv@example.vn")],
    EMAIL_SUBJECT_PREFIX="[Cổng TĐKT] ",
)
@pytest.mark.django_db
def test_a_server_error_mails_the_admins_once_without_what_was_posted(client, mail_handler):
    client.raise_request_exception = False
    opinion = {"phone": "0912 345 678", "address": "Số 9 ngõ Thử Nghiệm"}
    response = client.post("/loi/", opinion)
    assert response.status_code == 500
    assert len(mail.outbox) == 1, [(m.subject, m.to, m.body[:300]) for m in mail.outbox]
    message = mail.outbox[0]
    assert message.to == ["quan.nv@example.vn"]
    assert message.subject.startswith("[Cổng TĐKT] ERROR")
    assert "BoomError" in message.body and "/loi/" in message.body
    assert "phone" in message.body
    for secret in opinion.values():
        assert secret not in message.body

    # The same error again is not mailed again; another one is.
    client.post("/loi/", opinion)
    assert len(mail.outbox) == 1
    client.get("/loi-khac/")
    assert len(mail.outbox) == 2


def test_sentry_events_carry_no_personal_data():
    event = {
        "user": {"ip_address": "203.113.45.67", "email": "a@example.vn"},
        "request": {
            "url": "https://cong.example.vn/hoi-dap/tra-cuu/?email=a@example.vn",
            "query_string": "email=a@example.vn",
            "data": {"phone": "0912 345 678"},
            "cookies": {"sessionid": "abc"},
            "headers": {
                "Cookie": "sessionid=abc",
                "X-Forwarded-For": "203.113.45.67",
                "Accept": "*/*",
            },
            "env": {"REMOTE_ADDR": "203.113.45.67"},
        },
        "exception": {"values": [{"type": "BoomError"}]},
    }
    cleaned = scrub(event, {})
    text = json.dumps(cleaned)
    for secret in ("203.113.45.67", "a@example.vn", "0912 345 678", "abc"):
        assert secret not in text
    assert cleaned["request"]["url"] == "https://cong.example.vn/hoi-dap/tra-cuu/"
    assert cleaned["request"]["headers"] == {"Accept": "*/*"}
    assert cleaned["exception"] == {"values": [{"type": "BoomError"}]}
