"""Version keys of what each process keeps (core.shared_versions): read once per request, all
in one round trip, and still answering another app server's change at the next request."""

import pytest
from django.core.cache import cache

from core import shared_versions
from news.models import NewsCategory

pytestmark = pytest.mark.django_db


class CacheSpy:
    """The shared cache, with the reads made through it written down."""

    def __init__(self):
        self.reads = []

    def get(self, key, *args, **kwargs):
        self.reads.append(("get", key))
        return cache.get(key, *args, **kwargs)

    def get_many(self, keys, *args, **kwargs):
        self.reads.append(("get_many", tuple(sorted(keys))))
        return cache.get_many(keys, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(cache, name)


@pytest.fixture
def spy(monkeypatch):
    spy = CacheSpy()
    monkeypatch.setattr("core.shared_versions.cache", spy)
    monkeypatch.setattr("core.models.cache", spy)
    return spy


def version_reads(reads):
    return [read for read in reads if "kept-rows:" in str(read) or "chrome" in str(read)]


def test_a_listing_reads_every_version_it_checks_in_one_round_trip(client, section, spy):
    news_index = section("tin-tuc")
    client.get(news_index.url)  # learns which versions the page checks
    spy.reads.clear()
    assert client.get(news_index.url).status_code == 200
    reads = version_reads(spy.reads)
    assert [kind for kind, _keys in reads] == ["get_many"]
    keys = reads[0][1]
    assert "kept-rows:news-categories" in keys
    assert len(keys) >= 3  # the categories, the archive, the tags, the chrome…


def test_another_servers_change_is_seen_at_the_next_request(client, section):
    news_index = section("tin-tuc")
    category = NewsCategory.objects.order_by("pk").first()
    assert category.name in client.get(news_index.url).content.decode()
    # Another app server renamed it: this process saw no signal, only the new version.
    NewsCategory.objects.filter(pk=category.pk).update(name="Chuyên mục đã đổi tên")
    cache.set("kept-rows:news-categories", "set-by-another-server", None)
    assert "Chuyên mục đã đổi tên" in client.get(news_index.url).content.decode()


def test_outside_a_request_every_read_goes_to_the_cache():
    cache.set("kept-rows:test", "one", None)
    assert shared_versions.read("kept-rows:test") == "one"
    cache.set("kept-rows:test", "two", None)
    assert shared_versions.read("kept-rows:test") == "two"
