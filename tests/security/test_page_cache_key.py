"""The shared page cache's key cannot be poisoned: every distinct query gets its own entry."""

import pytest
from django.core.cache import cache

from core import pagecache

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def test_an_encoded_ampersand_cannot_share_an_entry_with_two_parameters(client, rf):
    """A value holding "&" and "=" is one parameter; re-joined without escaping, it read the
    same as two, and a page planted under one address was served for the other."""
    planted = rf.get("/tra-cuu/?nam=2025%26ten%3Dho%C3%A0ng")
    real = rf.get("/tra-cuu/?nam=2025&ten=ho%C3%A0ng")
    assert planted.GET.getlist("nam") == ["2025&ten=hoàng"]
    assert pagecache._cache_key(planted) != pagecache._cache_key(real)
    assert client.get("/tra-cuu/?nam=2025%26ten%3Dho%C3%A0ng")["X-Cache"] == "MISS"
    assert client.get("/tra-cuu/?nam=2025&ten=ho%C3%A0ng")["X-Cache"] == "MISS"
    assert client.get("/tra-cuu/?ten=ho%C3%A0ng&nam=2025")["X-Cache"] == "HIT"
