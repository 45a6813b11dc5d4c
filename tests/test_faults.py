"""Failing politely: the database away (503 in Vietnamese, no traceback), Redis away (the site
serves uncached, the forms still work), and the health check that tells them apart.
bin/check-faults shows the same against real servers that are stopped and started again."""

import json

import pytest
from django.core.cache import caches
from django.db.utils import ConnectionHandler
from django.test import override_settings
from django.urls import path

from consultations.models import PortalComment
from core.cache_backends import ResilientRedisCache
from core.views import server_error
from tests.consultations.factories import ConsultationPageFactory, NomineePageFactory
from tests.consultations.helpers import submit

pytestmark = pytest.mark.django_db

# A port nothing listens on: connections are refused at once, as when a server is down.
CLOSED_PORT = 9


def _query_an_unreachable_database(request):
    """A real connection attempt to a PostgreSQL server that is not there."""
    handler = ConnectionHandler(
        {
            "default": {
                "ENGINE": "django.db.backends.postgresql",
                "NAME": "tdkt",
                "USER": "postgres",
                "HOST": "127.0.0.1",
                "PORT": str(CLOSED_PORT),
                "OPTIONS": {"connect_timeout": 2},
            }
        }
    )
    with handler["default"].cursor() as cursor:
        cursor.execute("SELECT 1")


urlpatterns = [path("co-so-du-lieu/", _query_an_unreachable_database)]
handler500 = server_error


@override_settings(ROOT_URLCONF=__name__, DEBUG=False)
def test_database_down_gives_a_vietnamese_503_without_a_traceback(client):
    client.raise_request_exception = False
    response = client.get("/co-so-du-lieu/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert '<html lang="vi"' in html
    assert "Cổng thông tin tạm thời gián đoạn" in html
    assert "vẫn được lưu giữ an toàn" in html
    for leak in ("Traceback", "OperationalError", "psycopg", "127.0.0.1", "port 9"):
        assert leak not in html


def test_other_errors_stay_500(client, settings):
    settings.ROOT_URLCONF = "tests.test_pages"
    client.raise_request_exception = False
    response = client.get("/loi/")
    assert response.status_code == 500
    assert "Hệ thống đang gặp sự cố" in response.content.decode()


def test_health_check_tells_the_public_only_a_plain_status(client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_health_details_for_the_load_balancer_address_or_the_token(client, settings):
    details = {"status": "ok", "database": "ok", "cache": "ok"}
    settings.HEALTH_CHECK_ADDRESSES = ["10.0.0.5"]
    assert json.loads(client.get("/healthz/", REMOTE_ADDR="10.0.0.5").content) == details
    # A forwarded address is the client's word, not the load balancer's socket.
    forwarded = client.get("/healthz/", HTTP_X_FORWARDED_FOR="10.0.0.5")
    assert json.loads(forwarded.content) == {"status": "ok"}
    settings.HEALTH_CHECK_TOKEN = "ma-kiem-tra-suc-khoe-1234567890"
    with_token = client.get("/healthz/", HTTP_X_HEALTH_TOKEN="ma-kiem-tra-suc-khoe-1234567890")
    assert json.loads(with_token.content) == details
    wrong = client.get("/healthz/", HTTP_X_HEALTH_TOKEN="sai")
    assert json.loads(wrong.content) == {"status": "ok"}


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache_backends.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{CLOSED_PORT}/0",
        }
    }
    settings.PAGE_CACHE_SECONDS = 300
    yield
    caches["default"].close()


def test_with_redis_down_the_site_serves_pages_uncached(client, redis_down):
    assert isinstance(caches["default"], ResilientRedisCache)
    for address in ("/", "/tin-tuc/", "/tra-cuu/?ten=nguyen", "/lay-y-kien/"):
        response = client.get(address)
        assert response.status_code == 200, address
        assert response["X-Cache"] == "MISS", address  # rendered; nothing could be kept
    assert client.get("/tin-tuc/")["X-Cache"] == "MISS"


def test_with_redis_down_opinions_are_still_taken(client, section, redis_down):
    nominee = NomineePageFactory(parent=ConsultationPageFactory(parent=section("lay-y-kien")))
    response = submit(client, nominee.url)
    assert response.status_code == 303
    assert PortalComment.objects.filter(page_id=nominee.pk).count() == 1


def test_with_redis_down_sign_in_still_works(client, users, redis_down):
    officer = next(user for user in users.values() if user.username.startswith("donvi"))
    response = client.post(
        "/tai-khoan/dang-nhap/",
        {"username": officer.username, "password": "demo-password-for-tests"},
    )
    assert response.status_code == 302
    assert client.get("/dang-ky-thi-dua/").status_code == 200


def test_with_redis_down_the_health_check_says_so_but_passes(client, redis_down, settings):
    settings.HEALTH_CHECK_ADDRESSES = ["127.0.0.1"]
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert json.loads(response.content) == {
        "status": "ok",
        "database": "ok",
        "cache": "unavailable",
    }


def test_a_failed_cache_is_left_alone_for_a_few_seconds():
    backend = ResilientRedisCache(f"redis://127.0.0.1:{CLOSED_PORT}/0", {})
    assert backend.get("anything", "fallback") == "fallback"
    assert not backend.is_available
    assert backend.add("key", 1) is False
    assert backend.incr("key") == 0  # limits count nothing while the cache is away


def test_the_resilient_cache_is_a_plain_cache_when_redis_answers():
    backend = ResilientRedisCache("redis://127.0.0.1:6379/14", {"KEY_PREFIX": "tdkt-test-faults"})
    backend.delete_many(["count", "value"])
    assert backend.add("count", 0, timeout=30) is True
    assert backend.incr("count") == 1
    assert backend.incr("count", 4) == 5
    backend.set("value", {"trang": "tin-tuc"}, timeout=30)
    assert backend.get("value") == {"trang": "tin-tuc"}
    assert backend.get_many(["value", "missing"]) == {"value": {"trang": "tin-tuc"}}
    assert backend.is_available
    backend.delete_many(["count", "value"])
    backend.close()


def test_recaptcha_unreachable_gives_a_clear_message_and_keeps_the_text(client, section, settings):
    """A real connection to a verification server that does not answer (no mock)."""
    settings.RECAPTCHA_ENABLED = True
    settings.RECAPTCHA_PUBLIC_KEY = "khoa-cong-khai"
    settings.RECAPTCHA_PRIVATE_KEY = "khoa-bi-mat"
    settings.RECAPTCHA_DOMAIN = f"127.0.0.1:{CLOSED_PORT}"
    nominee = NomineePageFactory(parent=ConsultationPageFactory(parent=section("lay-y-kien")))
    response = submit(client, nominee.url, **{"g-recaptcha-response": "ma-xac-nhan"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Hiện không kết nối được dịch vụ kiểm tra chống thư rác" in html
    assert "thành tích được nêu là đúng sự thật" in html  # what the person typed is kept
    assert PortalComment.objects.filter(page_id=nominee.pk).count() == 0
