"""The rate limit on downloading personal names: per client address, 429 with a Vietnamese
message and Retry-After, counted even when the answer was already built."""

import json

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

AWARDEES = reverse("opendata:data", kwargs={"slug": "khen-thuong", "fmt": "json"})
AWARDEES_CSV = reverse("opendata:data", kwargs={"slug": "khen-thuong", "fmt": "csv"})
DECISIONS = reverse("opendata:data", kwargs={"slug": "quyet-dinh", "fmt": "json"})


@pytest.fixture
def three_per_hour(settings):
    settings.OPEN_DATA_RATE_LIMITS = {"open-data-awardees": (3, 3600)}


def test_a_client_gets_so_many_pages_of_names_then_a_429(client, three_per_hour):
    for _number in range(3):
        assert client.get(AWARDEES).status_code == 200
    refused = client.get(AWARDEES)
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 3600
    message = json.loads(refused.content)["loi"]
    assert message.startswith("Bạn đã tải quá nhiều trang dữ liệu") and "phút" in message
    as_csv = client.get(AWARDEES_CSV)
    assert as_csv.status_code == 429 and "Vui lòng thử lại sau" in as_csv.content.decode()
    # Another address is not affected, nor are the decisions, which hold no personal name.
    assert client.get(AWARDEES, REMOTE_ADDR="203.0.113.9").status_code == 200
    assert client.get(DECISIONS).status_code == 200


def test_the_decisions_limit_is_its_own(client, settings):
    settings.OPEN_DATA_RATE_LIMITS = {"open-data-decisions": (2, 60)}
    assert client.get(DECISIONS).status_code == 200
    assert client.get(DECISIONS).status_code == 200
    refused = client.get(DECISIONS)
    assert refused.status_code == 429 and 0 < int(refused["Retry-After"]) <= 60
    assert client.get(AWARDEES).status_code == 200


def test_an_answer_kept_in_the_cache_still_counts(client, three_per_hour, page_cache_on):
    first = client.get(AWARDEES)
    assert first.status_code == 200
    assert client.get(AWARDEES).content == first.content
    assert client.get(AWARDEES).status_code == 200
    assert client.get(AWARDEES).status_code == 429


def test_the_defaults_stop_bulk_copying(client):
    from opendata.limits import DEFAULT_LIMITS

    pages, window = DEFAULT_LIMITS["open-data-awardees"]
    assert window >= 3600 and pages <= 50
    freer_pages, freer_window = DEFAULT_LIMITS["open-data-decisions"]
    assert freer_pages / freer_window > pages / window
