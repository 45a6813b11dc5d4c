"""What is cached where: the decisions in the shared page cache (purged by a change), the
awardees never in a shared cache, their built answer kept until the data changes."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.news.factories import AwardDecisionPageFactory, AwardeeFactory

pytestmark = pytest.mark.django_db

AWARDEES = reverse("opendata:data", kwargs={"slug": "khen-thuong", "fmt": "json"})
DECISIONS = reverse("opendata:data", kwargs={"slug": "quyet-dinh", "fmt": "json"})
DECISIONS_CSV = reverse("opendata:data", kwargs={"slug": "quyet-dinh", "fmt": "csv"})


def numbers(response):
    return {row["so_quyet_dinh"] for row in json.loads(response.content)["du_lieu"]}


def test_decisions_are_stored_by_the_page_cache_and_purged_by_publishing(
    client, page_cache_on, published_decision, section, django_capture_on_commit_callbacks
):
    first = client.get(DECISIONS)
    assert first["X-Cache"] == "MISS"
    assert "public" in first["Cache-Control"] and "s-maxage" in first["Cache-Control"]
    assert client.get(DECISIONS)["X-Cache"] == "HIT"
    assert client.get(DECISIONS_CSV)["X-Cache"] == "MISS"
    assert client.get(DECISIONS_CSV)["X-Cache"] == "HIT"

    with django_capture_on_commit_callbacks(execute=True):
        newer = AwardDecisionPageFactory(parent=section("khen-thuong"), number="999/QĐ-MỚI")
        newer.save_revision().publish()
    after_publishing = client.get(DECISIONS)
    assert after_publishing["X-Cache"] == "MISS" and "999/QĐ-MỚI" in numbers(after_publishing)
    assert "999/QĐ-MỚI" in client.get(DECISIONS_CSV).content.decode("utf-8-sig")

    with django_capture_on_commit_callbacks(execute=True):
        newer.unpublish()
    assert "999/QĐ-MỚI" not in numbers(client.get(DECISIONS))


def test_an_awardee_added_to_a_published_decision_changes_its_count_at_once(
    client, page_cache_on, published_decision, django_capture_on_commit_callbacks
):
    params = {"quyet_dinh": published_decision.pk}
    first = json.loads(client.get(DECISIONS, params).content)
    assert first["du_lieu"][0]["so_duoc_khen_thuong"] == 2
    with django_capture_on_commit_callbacks(execute=True):
        AwardeeFactory(decision=published_decision)
        published_decision.save_revision().publish()
    again = client.get(DECISIONS, params)
    assert json.loads(again.content)["du_lieu"][0]["so_duoc_khen_thuong"] == 3


def test_awardees_are_never_in_a_shared_cache(client, page_cache_on, published_decision):
    response = client.get(AWARDEES)
    assert response.status_code == 200
    assert response["X-Cache"] == "BYPASS"
    control = response["Cache-Control"]
    assert "private" in control and "public" not in control and "s-maxage" not in control
    assert response["X-Robots-Tag"] == "noindex"
    assert client.get(AWARDEES)["X-Cache"] == "BYPASS"


def test_awardees_built_once_until_the_data_changes(client, page_cache_on, published_decision):
    params = {"quyet_dinh": published_decision.pk}
    first = client.get(AWARDEES, params)
    with CaptureQueriesContext(connection) as captured:
        second = client.get(AWARDEES, params)
    assert second.content == first.content
    assert not [query for query in captured if "news_awardee" in query["sql"]]

    # A name corrected and published shows at once.
    draft = published_decision.get_latest_revision_as_object()
    rows = list(draft.awardees.all())
    rows[0].full_name = "Hoàng Thị Mai Anh"
    draft.awardees.set(rows)
    draft.save_revision().publish()
    names = {row["ten"] for row in json.loads(client.get(AWARDEES, params).content)["du_lieu"]}
    assert "Hoàng Thị Mai Anh" in names

    published_decision.refresh_from_db()
    published_decision.unpublish()
    gone = client.get(AWARDEES)
    assert "Hoàng Thị Mai" not in gone.content.decode()


def test_the_description_page_is_cached_and_purged_by_the_licence(
    client, page_cache_on, django_capture_on_commit_callbacks
):
    from opendata.models import OpenDataLicence

    assert client.get("/du-lieu-mo/")["X-Cache"] == "MISS"
    assert client.get("/du-lieu-mo/")["X-Cache"] == "HIT"
    licence = OpenDataLicence.load()
    licence.name = "Giấy phép Dữ liệu mở Việt Nam"
    with django_capture_on_commit_callbacks(execute=True):
        licence.save()
    page = client.get("/du-lieu-mo/")
    assert "Giấy phép Dữ liệu mở Việt Nam" in page.content.decode()
    body = json.loads(client.get(DECISIONS).content)
    assert body["giay_phep"]["ten"] == "Giấy phép Dữ liệu mở Việt Nam"
