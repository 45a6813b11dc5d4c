"""Cached pages answered at the WSGI door (core.pagecache_wsgi): the same answer Django gave,
without Django, only while no purge ran, and never for a request Django must see."""

import gzip

import pytest
from django.test.client import ClientHandler, RequestFactory

from core import pagecache
from core.pagecache_wsgi import CachedPageFrontDoor, front_door
from news.models import NewsIndexPage, NewsPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


class CountingDjango:
    """Django's request cycle as a WSGI application (the test client's handler, which keeps the
    test's database transaction open), counting the requests that reach it."""

    def __init__(self):
        self.handler = ClientHandler()
        self.requests = 0

    def __call__(self, environ, start_response):
        self.requests += 1
        response = self.handler(environ)
        response.close = lambda: None  # the test handler has closed it already
        start_response(f"{response.status_code} {response.reason_phrase}", list(response.items()))
        return response


@pytest.fixture
def door():
    return CachedPageFrontDoor(CountingDjango())


def ask(door, path, **extra):
    environ = RequestFactory()._base_environ(PATH_INFO=path, **extra)
    answer = {}

    def start_response(status, headers, exc_info=None):
        answer["status"], answer["headers"] = status, dict(headers)

    answer["body"] = b"".join(door(environ, start_response))
    return answer


def test_a_page_served_from_the_cache_is_answered_again_without_django(door):
    first = ask(door, "/tin-tuc/")  # rendered and stored: the door keeps the answer
    assert first["headers"]["X-Cache"] == "MISS"
    second = ask(door, "/tin-tuc/")
    third = ask(door, "/tin-tuc/")
    assert door.application.requests == 1  # the next ones are answered at the door
    assert second == third
    assert second["headers"] == {**first["headers"], "X-Cache": "HIT"}
    assert second["body"] == first["body"]
    assert "Content-Security-Policy" in second["headers"]  # the outer middleware's headers too


def test_a_purge_anywhere_sends_the_next_request_through_django_and_a_stale_page_is_never_served(
    door,
):
    news_index = NewsIndexPage.objects.get()
    ask(door, "/tin-tuc/")
    ask(door, "/tin-tuc/")
    pagecache._flush({"page:999999"})  # another page changed: the page is checked again
    assert ask(door, "/tin-tuc/")["headers"]["X-Cache"] == "HIT"
    assert door.application.requests == 2
    ask(door, "/tin-tuc/")
    assert door.application.requests == 2

    pagecache._flush({f"page:{news_index.pk}"})  # this page changed (here or on another server)
    assert ask(door, "/tin-tuc/")["headers"]["X-Cache"] == "MISS"
    assert door.application.requests == 3


def test_each_encoding_host_and_scheme_keeps_its_own_answer(door, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")  # as in production
    plain = ask(door, "/tin-tuc/")
    zipped = ask(door, "/tin-tuc/", HTTP_ACCEPT_ENCODING="gzip, br")
    assert door.application.requests == 2
    assert ask(door, "/tin-tuc/")["body"] == plain["body"]
    assert ask(door, "/tin-tuc/", HTTP_ACCEPT_ENCODING="gzip, br")["body"] == zipped["body"]
    assert door.application.requests == 2
    assert zipped["headers"]["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped["body"]) == plain["body"]

    ask(door, "/tin-tuc/", **{"wsgi.url_scheme": "https"})
    ask(door, "/tin-tuc/", HTTP_X_FORWARDED_PROTO="https")
    ask(door, "/tin-tuc/", HTTP_HOST="localhost")
    assert door.application.requests == 5  # each its own: Django answers it first


@pytest.mark.parametrize(
    ("path", "extra"),
    [
        ("/tin-tuc/", {"HTTP_COOKIE": "sessionid=abc"}),
        ("/tin-tuc/", {"HTTP_COOKIE": "theme=dark; messages=xyz"}),
        ("/tin-tuc/", {"HTTP_COOKIE": "theme=dark;sessionid =abc"}),
        ("/tin-tuc/", {"HTTP_AUTHORIZATION": "Basic eDp5"}),
        ("/tin-tuc/", {"REQUEST_METHOD": "HEAD"}),
        ("/tin-tuc/", {"QUERY_STRING": "q=%00"}),
        ("/tin-tuc/", {"QUERY_STRING": "q=" + "a" * 300}),
        ("/admin/", {}),
        ("/static/css/site.css", {}),
    ],
)
def test_requests_django_must_see_are_never_answered_at_the_door(door, path, extra):
    ask(door, "/tin-tuc/")
    before = door.application.requests
    ask(door, path, **extra)
    ask(door, path, **extra)
    assert door.application.requests == before + 2


def test_pages_not_stored_are_never_kept_at_the_door(door):
    form = NewsPage.objects.live().order_by("-date").first().url + "binh-luan/"
    for _ in range(3):
        answer = ask(door, form)  # a form hands out a CSRF token: never stored
        assert answer["headers"]["X-Cache"] == "BYPASS"
    assert door.application.requests == 3
    assert len(door.copies) == 0


def test_the_door_stays_shut_when_the_page_cache_is_off(settings):
    application = CountingDjango()
    settings.PAGE_CACHE_SECONDS = 0
    assert front_door(application) is application
    settings.PAGE_CACHE_SECONDS = 300
    assert isinstance(front_door(application), CachedPageFrontDoor)
