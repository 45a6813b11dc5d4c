"""Purging what changed, not everything: each kind of change makes stale the cached pages that
show it (they are rendered afresh, with the new data) and leaves the others cached."""

import time

import pytest
from django.core.cache import cache, caches
from django.test import override_settings
from django.utils import timezone
from wagtail import hooks
from wagtail.contrib.frontend_cache.backends import BaseBackend

from consultations import moderation
from consultations.models import PortalComment
from core import pagecache
from demo import accounts as demo_accounts
from home.models import PortalSettings, StandardPage
from news.models import AwardDecisionPage, Awardee, NewsCategory, NewsIndexPage, NewsPage
from registrations import workflow
from tests.consultations.factories import ConsultationPageFactory, NomineePageFactory
from tests.consultations.helpers import OPINION, submit
from tests.registrations.factories import CampaignFactory, UnitFactory, registration_with_rows

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

PURGED_ADDRESSES = []


class RecordingBackend(BaseBackend):
    """A CDN that notes what it is asked to purge."""

    def purge(self, url):
        PURGED_ADDRESSES.append(url)


def cached(client, *addresses):
    """Render each page, then check the next visitor gets it from the cache."""
    for address in addresses:
        assert client.get(address).status_code == 200, address
        assert client.get(address)["X-Cache"] == "HIT", address


def assert_purged(client, *addresses):
    for address in addresses:
        assert client.get(address)["X-Cache"] == "MISS", address


def assert_kept(client, *addresses):
    for address in addresses:
        assert client.get(address)["X-Cache"] == "HIT", address


def news_pages():
    return list(NewsPage.objects.live().order_by("-date", "-pk"))


def standard_page():
    return StandardPage.objects.live().filter(depth__gt=3).first()


def decision_with_awardees():
    decisions = AwardDecisionPage.objects.live().filter(awardees__isnull=False).distinct()
    return decisions.order_by("pk").first(), decisions.order_by("-pk").first()


@pytest.fixture
def open_round(section, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # committed before the test
        consultation = ConsultationPageFactory(
            parent=section("lay-y-kien"),
            show_opinions_publicly=True,
            # Closing before any other open round: the home page lists it first.
            closes_at=timezone.now() + timezone.timedelta(days=14),
        )
        first = NomineePageFactory(parent=consultation)
        second = NomineePageFactory(parent=consultation)
    return consultation, first, second


def test_approving_one_opinion_purges_its_nominee_its_round_and_the_home_page(
    client, open_round, users, django_capture_on_commit_callbacks
):
    consultation, nominee, other_nominee = open_round
    news = news_pages()[0]
    cached(client, nominee.url, other_nominee.url, consultation.url, "/", "/tin-tuc/", news.url)
    assert consultation.title in client.get("/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        assert submit(client, nominee.url).status_code == 303
    client.cookies.clear()
    assert_kept(client, nominee.url, consultation.url, "/")  # waiting: shown nowhere yet

    comment = PortalComment.objects.get(object_pk=str(nominee.pk))
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve([comment], users[demo_accounts.SECRETARIAT])

    page = client.get(nominee.url)
    assert page["X-Cache"] == "MISS"
    assert OPINION["comment"] in page.content.decode()
    assert_purged(client, consultation.url, "/")
    assert_kept(client, other_nominee.url, "/tin-tuc/", news.url)


def test_publishing_a_news_page_purges_its_listings_not_other_sections(
    client, open_round, django_capture_on_commit_callbacks
):
    consultation, nominee, _other = open_round
    news = news_pages()[0]
    decision, _other_decision = decision_with_awardees()
    unrelated = [nominee.url, consultation.url, decision.url, "/khen-thuong/", "/dang-ky-thi-dua/"]
    cached(client, "/tin-tuc/", news.url, "/", "/van-ban/", *unrelated)

    news.title = "Tỉnh tổng kết phong trào thi đua yêu nước năm 2026"
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()

    for address in ("/tin-tuc/", news.url, "/"):
        page = client.get(address)
        assert page["X-Cache"] == "MISS", address
        assert news.title in page.content.decode(), address
    assert_kept(client, *unrelated)
    # A page that does not say what it shows is purged by every change: never stale.
    assert_purged(client, "/van-ban/")


def test_changing_an_awardee_purges_its_decision_not_the_other_decisions(
    client, open_round, django_capture_on_commit_callbacks
):
    decision, other_decision = decision_with_awardees()
    assert decision.pk != other_decision.pk
    consultation, nominee, _other = open_round
    undescribed = standard_page()
    cached(client, decision.url, other_decision.url, "/", "/tin-tuc/", nominee.url)
    cached(client, undescribed.url, "/tra-cuu/")

    awardee = Awardee.objects.filter(decision=decision).order_by("pk").first()
    awardee.full_name = "Nguyễn Thị Hồng Nhung (đã đính chính)"
    with django_capture_on_commit_callbacks(execute=True):
        awardee.save()

    page = client.get(decision.url)
    assert page["X-Cache"] == "MISS"
    assert awardee.full_name in page.content.decode()
    # Pages that do not say what they show are purged by every change: never stale.
    assert_purged(client, "/tra-cuu/", undescribed.url)
    assert_kept(client, other_decision.url, "/", "/tin-tuc/", nominee.url)


def test_renaming_a_snippet_purges_the_pages_that_show_it(
    client, open_round, django_capture_on_commit_callbacks
):
    consultation, nominee, _other = open_round
    news = NewsPage.objects.live().exclude(category=None).order_by("-date").first()
    decision, _other_decision = decision_with_awardees()
    cached(client, "/tin-tuc/", news.url, nominee.url, consultation.url, decision.url)

    category = NewsCategory.objects.get(pk=news.category_id)
    category.name = "Chuyên mục đã đổi tên"
    with django_capture_on_commit_callbacks(execute=True):
        category.save()

    for address in ("/tin-tuc/", news.url):
        page = client.get(address)
        assert page["X-Cache"] == "MISS", address
        assert category.name in page.content.decode(), address
    assert_kept(client, nominee.url, consultation.url, decision.url)


def test_settings_and_the_menu_change_every_page(
    client, open_round, section, django_capture_on_commit_callbacks
):
    consultation, nominee, _other = open_round
    news = news_pages()[0]
    everything = ["/", "/tin-tuc/", news.url, nominee.url, consultation.url]
    cached(client, *everything)

    portal = PortalSettings.objects.get()
    portal.council_name = "Hội đồng Thi đua – Khen thưởng tỉnh (tên mới)"
    with django_capture_on_commit_callbacks(execute=True):
        portal.save()
    for address in everything:
        page = client.get(address)
        assert page["X-Cache"] == "MISS", address
        assert portal.council_name in page.content.decode(), address

    about = section("gioi-thieu")
    about.title = "Giới thiệu Hội đồng"
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()
    for address in everything:
        page = client.get(address)
        assert page["X-Cache"] == "MISS", address
        assert "Giới thiệu Hội đồng" in page.content.decode(), address


def test_accepting_a_registration_purges_the_public_list_only(
    client, open_round, django_capture_on_commit_callbacks
):
    consultation, nominee, _other = open_round
    unit = UnitFactory(name="Sở Xây dựng thử nghiệm")
    registration = registration_with_rows(CampaignFactory(), unit)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.submit(registration, None)
    unrelated = ["/", "/tin-tuc/", nominee.url, consultation.url]
    cached(client, "/dang-ky-thi-dua/", *unrelated)

    with django_capture_on_commit_callbacks(execute=True):
        workflow.accept(registration, None)

    assert_purged(client, "/dang-ky-thi-dua/")
    assert_kept(client, *unrelated)


def test_a_change_while_a_page_renders_is_not_stored(client, django_capture_on_commit_callbacks):
    """The rendering may have read the data from before the change: the next visitor gets a
    fresh one, and no CDN keeps this one."""

    def purged_meanwhile(page, request, serve_args, serve_kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            pagecache.purge_tags("model:news.newscategory")

    with hooks.register_temporarily("before_serve_page", purged_meanwhile):
        response = client.get("/tin-tuc/")
    assert response["X-Cache"] == "BYPASS"
    assert "private" in response["Cache-Control"]
    assert client.get("/tin-tuc/")["X-Cache"] == "MISS"
    assert client.get("/tin-tuc/")["X-Cache"] == "HIT"


class CountingCache:
    """Counts the calls (round trips) made to the shared cache."""

    def __init__(self, real):
        self.real = real
        self.calls = []

    def __getattr__(self, name):
        method = getattr(self.real, name)

        def counted(*args, **kwargs):
            self.calls.append(name)
            return method(*args, **kwargs)

        return counted


def test_a_hit_reads_one_short_key_until_a_purge_then_the_shared_entry_once(client, monkeypatch):
    counting = CountingCache(caches["default"])
    monkeypatch.setattr(pagecache, "cache", counting)
    cached(client, "/tin-tuc/")  # stored under the purge sequence, and kept by this server
    counting.calls.clear()
    assert client.get("/tin-tuc/")["X-Cache"] == "HIT"
    assert counting.calls == ["get"]

    pagecache._flush({"page:999999"})  # another server purges a page not shown here
    counting.calls.clear()
    assert client.get("/tin-tuc/")["X-Cache"] == "HIT"
    assert counting.calls == ["get", "get_many"]  # the sequence moved: the entry is checked again
    counting.calls.clear()
    assert client.get("/tin-tuc/")["X-Cache"] == "HIT"
    assert counting.calls == ["get"]

    pagecache._tag_hints.clear()  # another app server, or this one restarted
    pagecache._local_copies.clear()
    counting.calls.clear()
    assert client.get("/tin-tuc/")["X-Cache"] == "HIT"
    assert counting.calls == ["get_many", "get_many"]


def test_a_page_kept_by_this_server_is_not_served_after_another_server_purged_it(client):
    news_index = NewsIndexPage.objects.get()
    cached(client, "/tin-tuc/")
    assert client.get("/tin-tuc/")["X-Cache"] == "HIT"
    assert len(pagecache._local_copies) == 1  # this server keeps its own copy
    pagecache._flush({f"page:{news_index.pk}"})  # written by another app server's purge
    assert_purged(client, "/tin-tuc/")


def test_local_copies_forget_expired_pages_and_stay_within_their_bytes(settings):
    settings.PAGE_CACHE_LOCAL_BYTES = 4000
    copies = pagecache.LocalCopies()
    page = b"x" * 900
    copies.put("old", page, len(page), time.time() - 1, "s1")
    assert copies.get("old", "s1") is None  # past its lifetime
    for number in range(6):
        copies.put(f"page-{number}", page, len(page), time.time() + 60, "s1")
    assert copies._bytes <= 4000
    assert copies.get("page-0", "s1") is None  # the least recently used went first
    assert copies.get("page-5", "s1") is not None
    assert copies.get("page-5", "s2") is None  # checked under another purge sequence
    copies.put("large", b"x" * 2000, 2000, time.time() + 60, "s1")
    assert copies.get("large", "s1") is None  # over a quarter of the bytes: never kept
    copies.put("unknown", page, len(page), time.time() + 60, None)
    assert copies.get("unknown", None) is None  # no sequence to check it against


def test_the_cdn_is_asked_to_purge_the_addresses_showing_the_change(
    client, open_round, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": f"{__name__}.RecordingBackend"}}
    consultation, nominee, other_nominee = open_round
    cached(client, nominee.url, other_nominee.url, consultation.url, "/", "/tin-tuc/")
    PURGED_ADDRESSES.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert submit(client, nominee.url).status_code == 303
    client.cookies.clear()
    comment = PortalComment.objects.get(object_pk=str(nominee.pk))
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve([comment], None)

    purged = {url.removeprefix("http://testserver") for url in PURGED_ADDRESSES}
    assert purged == {nominee.url, consultation.url, "/"}


def test_without_a_working_cache_pages_are_still_served(client, open_round):
    consultation, nominee, _other = open_round
    with override_settings(
        CACHES={
            "default": {
                "BACKEND": "core.cache_backends.ResilientRedisCache",
                "LOCATION": "redis://127.0.0.1:9/13",
            }
        }
    ):
        for address in ("/", nominee.url):
            response = client.get(address)
            assert response.status_code == 200
            assert response["X-Cache"] == "MISS"
            assert client.get(address)["X-Cache"] == "MISS"  # nothing could be kept
        pagecache.purge_tags("model:news.newspage")  # and purging fails quietly


def redis_answers():
    import redis

    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping()
    except redis.exceptions.RedisError:
        return False


REDIS_URL = "redis://127.0.0.1:6379/13"


@pytest.mark.skipif(not redis_answers(), reason="needs Redis on 127.0.0.1:6379")
def test_with_redis_hits_take_one_short_read_and_the_cdn_purge_follows_the_tags(
    client, open_round, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": f"{__name__}.RecordingBackend"}}
    consultation, nominee, other_nominee = open_round
    redis_cache = {
        "default": {
            "BACKEND": "core.cache_backends.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "tdkt-test-page-cache-purge",
        }
    }
    with override_settings(CACHES=redis_cache):
        cache.clear()
        try:
            cached(client, nominee.url, other_nominee.url, consultation.url, "/tin-tuc/")
            counting = CountingCache(caches["default"])
            monkeypatch.setattr(pagecache, "cache", counting)
            assert client.get(nominee.url)["X-Cache"] == "HIT"
            assert counting.calls == ["get"]  # the purge sequence only
            monkeypatch.undo()

            with django_capture_on_commit_callbacks(execute=True):
                assert submit(client, nominee.url).status_code == 303
            client.cookies.clear()
            comment = PortalComment.objects.get(object_pk=str(nominee.pk))
            PURGED_ADDRESSES.clear()
            with django_capture_on_commit_callbacks(execute=True):
                moderation.approve([comment], None)

            assert {url.removeprefix("http://testserver") for url in PURGED_ADDRESSES} == {
                nominee.url,
                consultation.url,
            }
            assert_purged(client, nominee.url, consultation.url)
            assert_kept(client, other_nominee.url, "/tin-tuc/")
        finally:
            cache.clear()
