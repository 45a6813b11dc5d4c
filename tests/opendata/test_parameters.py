"""Filters, pagination and bad parameters: a 400 (or 404 past the last page) with a Vietnamese
message, never a 500."""

import json

import pytest
from django.urls import reverse

from opendata import answers
from tests.news.factories import AwardDecisionPageFactory, AwardeeFactory

pytestmark = pytest.mark.django_db


def url(slug, fmt):
    return reverse("opendata:data", kwargs={"slug": slug, "fmt": fmt})


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(answers, "PAGE_SIZE", 2)


def test_year_filter_keeps_only_that_years_decisions(client, published_decision):
    body = json.loads(client.get(url("khen-thuong", "json"), {"nam": 2025}).content)
    assert body["du_lieu"] and all(row["ngay_ky"].startswith("2025-") for row in body["du_lieu"])
    decisions = json.loads(client.get(url("quyet-dinh", "json"), {"nam": 2025}).content)
    assert all(row["ngay_ky"].startswith("2025-") for row in decisions["du_lieu"])
    assert published_decision.pk in {row["id"] for row in decisions["du_lieu"]}
    empty = json.loads(client.get(url("quyet-dinh", "json"), {"nam": 1950}).content)
    assert empty["tong_so"] == 0 and empty["du_lieu"] == [] and empty["so_trang"] == 1


def test_decision_filter_keeps_only_its_awardees(client, published_decision):
    body = json.loads(
        client.get(url("khen-thuong", "json"), {"quyet_dinh": published_decision.pk}).content
    )
    assert {row["quyet_dinh"] for row in body["du_lieu"]} == {published_decision.pk}
    assert body["tong_so"] == 2


def test_pages_are_stable_and_linked(client, small_pages, section):
    decision = AwardDecisionPageFactory(parent=section("khen-thuong"))
    for _number in range(5):
        AwardeeFactory(decision=decision)
    decision.save_revision().publish()
    address = url("khen-thuong", "json")
    params = {"quyet_dinh": decision.pk}
    first = json.loads(client.get(address, params).content)
    assert first["tong_so"] == 5 and first["so_trang"] == 3 and first["so_dong_moi_trang"] == 2
    assert first["trang_truoc"] is None
    assert first["trang_sau"] == f"http://testserver{address}?quyet_dinh={decision.pk}&trang=2"
    second = json.loads(client.get(first["trang_sau"]).content)
    third = json.loads(client.get(second["trang_sau"]).content)
    assert third["trang_sau"] is None
    assert second["trang_truoc"] == f"http://testserver{address}?quyet_dinh={decision.pk}"
    ids = [row["id"] for page in (first, second, third) for row in page["du_lieu"]]
    assert ids == sorted(ids) and len(set(ids)) == 5


def test_csv_pages_are_linked_in_headers(client, small_pages, section):
    decision = AwardDecisionPageFactory(parent=section("khen-thuong"))
    for _number in range(3):
        AwardeeFactory(decision=decision)
    decision.save_revision().publish()
    address = url("khen-thuong", "csv")
    response = client.get(address, {"quyet_dinh": decision.pk, "trang": 2})
    assert response.status_code == 200
    assert response["X-Total-Count"] == "3"
    link = response["Link"]
    assert f'<http://testserver{address}?quyet_dinh={decision.pk}>; rel="prev"' in link
    assert f'<http://testserver{address}?quyet_dinh={decision.pk}>; rel="first"' in link
    assert 'rel="next"' not in link
    assert 'rel="license"' in link
    assert response.content.decode("utf-8-sig").count("\n") == 2  # the heading and one row


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"nam": "hai nghìn"}, "nam"),
        ({"nam": "1800"}, "nam"),
        ({"nam": "99999999999999999999999"}, "nam"),
        ({"trang": "0"}, "trang"),
        ({"trang": "-1"}, "trang"),
        ({"trang": "abc"}, "trang"),
        ({"trang": "1e9"}, "trang"),
        ({"quyet_dinh": "x"}, "quyet_dinh"),
        ({"quyet_dinh": "999999999"}, "quyet_dinh"),
        ({"quyet_dinh": "1;DROP"}, "quyet_dinh"),
    ],
)
@pytest.mark.parametrize("slug", ["quyet-dinh", "khen-thuong"])
def test_bad_parameters_get_a_clear_400(client, slug, params, parameter):
    response = client.get(url(slug, "json"), params)
    assert response.status_code == 400
    body = json.loads(response.content)
    assert body["loi"] == "Tham số không hợp lệ."
    assert "Tham số" in body["chi_tiet"][parameter] or "quyết định" in body["chi_tiet"][parameter]
    as_text = client.get(url(slug, "csv"), params)
    assert as_text.status_code == 400
    assert as_text["Content-Type"] == "text/plain; charset=utf-8"
    assert "Tham số không hợp lệ." in as_text.content.decode()


def test_a_page_past_the_end_is_not_found(client, published_decision):
    response = client.get(url("quyet-dinh", "json"), {"trang": 500})
    assert response.status_code == 404
    assert "Không có trang 500" in json.loads(response.content)["loi"]


def test_other_addresses_under_open_data_are_not_found(client):
    for address in ("/du-lieu-mo/quyet-dinh.xml", "/du-lieu-mo/nguoi.csv", "/du-lieu-mo/x.json"):
        assert client.get(address).status_code == 404
