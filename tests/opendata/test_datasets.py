"""The data sets' content: every field, nothing private, unpublished decisions absent, revoked
awards marked, CSV and JSON saying the same."""

import csv
import io
import json
import re

import pytest
from django.urls import reverse

from news.models import Awardee
from opendata.datasets import AWARDEE_FIELDS, DECISION_FIELDS
from tests.news.factories import AwardDecisionPageFactory, AwardeeFactory
from verification.records import code_of

pytestmark = pytest.mark.django_db

PHONE = re.compile(r"(?<!\d)0\d{9,10}(?!\d)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def url(slug, fmt):
    return reverse("opendata:data", kwargs={"slug": slug, "fmt": fmt})


def json_of(client, slug, **params):
    response = client.get(url(slug, "json"), params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/json")
    return json.loads(response.content)


def csv_of(client, slug, **params):
    response = client.get(url(slug, "csv"), params)
    assert response.status_code == 200, response.content
    text = response.content.decode("utf-8-sig")
    return response, list(csv.DictReader(io.StringIO(text)))


def test_the_addresses_are_stable():
    assert url("quyet-dinh", "csv") == "/du-lieu-mo/quyet-dinh.csv"
    assert url("quyet-dinh", "json") == "/du-lieu-mo/quyet-dinh.json"
    assert url("khen-thuong", "csv") == "/du-lieu-mo/khen-thuong.csv"
    assert url("khen-thuong", "json") == "/du-lieu-mo/khen-thuong.json"


def test_a_decision_has_every_field(client, published_decision):
    rows = json_of(client, "quyet-dinh", quyet_dinh=published_decision.pk)["du_lieu"]
    assert len(rows) == 1
    row = rows[0]
    assert list(row) == [field.key for field in DECISION_FIELDS]
    assert row["id"] == published_decision.pk
    assert row["so_quyet_dinh"] == "2150/QĐ-UBND"
    assert row["ngay_ky"] == "2025-11-14"
    assert row["cap_quyet_dinh"] == "Chủ tịch UBND tỉnh"
    assert row["hinh_thuc_khen_thuong"] == str(published_decision.award_form)
    assert row["tieu_de"] == published_decision.title
    assert row["ly_do"] == published_decision.reason
    assert row["so_duoc_khen_thuong"] == 2
    assert row["duong_dan"] == f"http://testserver{published_decision.url}"


def test_an_awardee_has_every_field_and_its_verification_address(client, published_decision):
    body = json_of(client, "khen-thuong", quyet_dinh=published_decision.pk)
    assert body["tong_so"] == 2 and body["trang"] == 1 and body["so_trang"] == 1
    person, collective = body["du_lieu"]
    assert list(person) == [field.key for field in AWARDEE_FIELDS]
    awardee = Awardee.objects.get(full_name="Hoàng Thị Mai")
    assert person == {
        "id": awardee.pk,
        "loai": "Cá nhân",
        "ten": "Hoàng Thị Mai",
        "chuc_vu": "Giáo viên",
        "don_vi": "Trường THCS Hoàng Văn Thụ",
        "dia_phuong": "Phường Lương Văn Tri",
        "hinh_thuc_khen_thuong": str(published_decision.award_form),
        "quyet_dinh": published_decision.pk,
        "so_quyet_dinh": "2150/QĐ-UBND",
        "ngay_ky": "2025-11-14",
        "cap_quyet_dinh": "Chủ tịch UBND tỉnh",
        "duong_dan_xac_minh": f"http://testserver/xac-minh/{code_of(awardee)}/",
        "tinh_trang": "Có hiệu lực",
        "ngay_huy_bo": None,
        "quyet_dinh_huy_bo": "",
    }
    assert client.get(person["duong_dan_xac_minh"]).status_code == 200
    assert collective["loai"] == "Tập thể"
    assert collective["tinh_trang"] == "Đã hủy bỏ"
    assert collective["ngay_huy_bo"] == "2026-11-20"
    assert collective["quyet_dinh_huy_bo"] == "2290/QĐ-UBND"


def test_csv_has_the_same_fields_and_rows_as_json(client, published_decision):
    for slug, fields in (("quyet-dinh", DECISION_FIELDS), ("khen-thuong", AWARDEE_FIELDS)):
        response, rows = csv_of(client, slug, quyet_dinh=published_decision.pk)
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert rows and list(rows[0]) == [field.key for field in fields]
        as_json = json_of(client, slug, quyet_dinh=published_decision.pk)["du_lieu"]
        assert [row["id"] for row in rows] == [str(row["id"]) for row in as_json]
    _response, awardees = csv_of(client, "khen-thuong", quyet_dinh=published_decision.pk)
    assert awardees[1]["tinh_trang"] == "Đã hủy bỏ" and awardees[1]["ngay_huy_bo"] == "2026-11-20"
    assert awardees[0]["ngay_huy_bo"] == ""


def test_nothing_private_is_published(client, published_decision):
    # Sentinel personal data on every awardee of the demo and of the test decision.
    Awardee.objects.update(birth_year=1937)
    fields = {field.key for field in AWARDEE_FIELDS}
    assert not fields & {"birth_year", "nam_sinh", "dien_thoai", "email", "dia_chi"}
    for fmt in ("csv", "json"):
        for slug in ("khen-thuong", "quyet-dinh"):
            text = client.get(url(slug, fmt)).content.decode("utf-8-sig")
            assert "1937" not in text
            assert not PHONE.search(text), PHONE.search(text)
            assert not EMAIL.search(text), EMAIL.search(text)
            assert "nam_sinh" not in text and "birth" not in text


def test_unpublished_and_restricted_decisions_are_absent(client, section, published_decision):
    from wagtail.models import PageViewRestriction

    draft = AwardDecisionPageFactory(parent=section("khen-thuong"), number="77/QĐ-NHÁP", live=False)
    AwardeeFactory(decision=draft, full_name="Người Trong Bản Nháp")
    draft.save()
    restricted = AwardDecisionPageFactory(parent=section("khen-thuong"), number="78/QĐ-MẬT")
    AwardeeFactory(decision=restricted, full_name="Người Trong Trang Hạn Chế")
    restricted.save_revision().publish()
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    for fmt in ("csv", "json"):
        for slug in ("khen-thuong", "quyet-dinh"):
            text = client.get(url(slug, fmt)).content.decode("utf-8-sig")
            for hidden in ("77/QĐ-NHÁP", "Người Trong Bản Nháp", "78/QĐ-MẬT", "Hạn Chế"):
                assert hidden not in text
            assert "2150/QĐ-UBND" in text
    published_decision.unpublish()
    assert "Hoàng Thị Mai" not in client.get(url("khen-thuong", "json")).content.decode()
    answer = client.get(url("khen-thuong", "json"), {"quyet_dinh": published_decision.pk})
    assert answer.status_code == 400


def test_spreadsheet_formulas_are_neutralised_in_csv(client, section):
    decision = AwardDecisionPageFactory(parent=section("khen-thuong"))
    AwardeeFactory(decision=decision, full_name='=HYPERLINK("http://x")')
    decision.save_revision().publish()
    _response, rows = csv_of(client, "khen-thuong", quyet_dinh=decision.pk)
    assert rows[0]["ten"] == '\'=HYPERLINK("http://x")'
