"""The public award lookup: folding, filters, bad input, permalinks, open-data exports."""

import csv
import io
import re

import pytest
from openpyxl import load_workbook

from demo import records as demo_records
from news.award_search import EXPORT_HEADER
from news.models import Awardee, AwardForm, DecisionLevel
from tests.news.factories import AwardDecisionPageFactory, AwardeeFactory

pytestmark = pytest.mark.django_db


def names(response):
    return [awardee.full_name for awardee in response.context["results_page"]]


@pytest.fixture
def decision(section):
    return AwardDecisionPageFactory(
        parent=section("khen-thuong"), number="321/QĐ-UBND", level="chu_tich_ubnd_tinh"
    )


@pytest.mark.parametrize(
    "query", ["nguyen thi huong", "Nguyễn Thị Hường", "NGUYEN THI HUONG", "huong nguyen"]
)
def test_name_search_folds_diacritics(client, query):
    assert demo_records.AWARDEE_WITH_STORY in names(client.get("/tra-cuu/", {"ten": query}))


def test_dao_finds_names_with_d_stroke(client):
    assert demo_records.ANOTHER_AWARDEE in names(client.get("/tra-cuu/", {"ten": "dao van luc"}))


def test_unit_locality_form_level_year_and_kind_filters(client, decision):
    form = decision.award_form
    AwardeeFactory(
        decision=decision,
        full_name="Triệu Thị Xuân",
        unit="Trường Mầm non Bản Cưởm",
        locality="xã Bình Gia",
    )
    AwardeeFactory(
        decision=decision,
        kind="collective",
        full_name="Tổ Dệt thổ cẩm Bản Cưởm",
        position="",
        unit="Hợp tác xã Bản Cưởm",
        locality="xã Bình Gia",
        small_collective=True,
    )
    assert names(client.get("/tra-cuu/", {"don_vi": "mam non ban cuom"})) == ["Triệu Thị Xuân"]
    assert set(
        names(client.get("/tra-cuu/", {"dia_phuong": "binh gia", "hinh_thuc": form.pk}))
    ) == {"Triệu Thị Xuân", "Tổ Dệt thổ cẩm Bản Cưởm"}
    assert names(
        client.get(
            "/tra-cuu/", {"dia_phuong": "binh gia", "hinh_thuc": form.pk, "loai": "collective"}
        )
    ) == ["Tổ Dệt thổ cẩm Bản Cưởm"]
    by_level = client.get("/tra-cuu/", {"cap": DecisionLevel.PRESIDENT})
    assert all(a.level == DecisionLevel.PRESIDENT for a in by_level.context["results_page"])
    assert "Triệu Thị Xuân" in names(
        client.get("/tra-cuu/", {"nam": 2024, "ten": "trieu thi xuan"})
    )
    assert names(client.get("/tra-cuu/", {"nam": 2023, "ten": "trieu thi xuan"})) == []


def test_zero_results_say_so(client):
    response = client.get("/tra-cuu/", {"ten": "khong co ai ten nay"})
    assert response.status_code == 200
    assert "Không tìm thấy" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"nam": "hai không hai tư"}, "Năm phải là một số"),
        ({"nam": "99999"}, "Năm không hợp lệ"),
        ({"hinh_thuc": "999999"}, "không có trong danh mục"),
        ({"hinh_thuc": "abc"}, "không có trong danh mục"),
        ({"cap": "hoang_de"}, "Cấp quyết định không hợp lệ"),
    ],
)
def test_bad_parameters_are_explained_not_fatal(client, params, message):
    response = client.get("/tra-cuu/", {"ten": "nguyen", **params})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert names(response)  # the valid part of the query still answers


@pytest.mark.parametrize(
    "value", ["<script>alert(1)</script>", "' OR 1=1 --", "%00", "a" * 10_000, "!!!"]
)
def test_hostile_text_is_harmless(client, value):
    response = client.get("/tra-cuu/", {"ten": value, "don_vi": value})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_permalink_of_an_awardee(client):
    awardee = Awardee.objects.get(full_name=demo_records.AWARDEE_WITH_STORY)
    response = client.get(f"/tra-cuu/{awardee.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert demo_records.AWARDEE_WITH_STORY in html
    assert f'href="{awardee.decision.url}"' in html


def test_permalink_of_an_unpublished_decision_is_not_found(client, decision):
    awardee = AwardeeFactory(decision=decision)
    assert client.get(f"/tra-cuu/{awardee.pk}/").status_code == 200
    decision.unpublish()
    assert client.get(f"/tra-cuu/{awardee.pk}/").status_code == 404
    assert awardee.full_name not in names(client.get("/tra-cuu/", {"ten": awardee.full_name}))


def test_csv_export_has_public_fields_only(client, decision):
    AwardeeFactory(decision=decision, full_name='=HYPERLINK("http://evil")', unit="+cmd")
    response = client.get("/tra-cuu/tai-ve/csv/", {"cap": "chu_tich_ubnd_tinh"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == EXPORT_HEADER
    assert not any(
        word in " ".join(rows[0]).lower() for word in ("email", "e-mail", "điện thoại", "địa chỉ")
    )
    exported = {row[2] for row in rows[1:]}
    assert '\'=HYPERLINK("http://evil")' in exported  # formula neutralised
    assert all(row[7] == "Chủ tịch UBND tỉnh" for row in rows[1:])
    assert (
        len(rows) - 1
        == Awardee.objects.filter(level="chu_tich_ubnd_tinh", decision__live=True).count()
    )


def test_xlsx_export_matches_the_results(client):
    response = client.get("/tra-cuu/tai-ve/xlsx/", {"ten": "nguyen"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    title, *rows = list(sheet.iter_rows(values_only=True))
    assert title[0].startswith("Kết quả tra cứu khen thưởng – ")
    assert re.fullmatch(r"tra-cuu-khen-thuong-\d{4}-\d{2}-\d{2}\.xlsx", filename(response))
    assert list(rows[0]) == EXPORT_HEADER
    expected = names(client.get("/tra-cuu/", {"ten": "nguyen"}))
    assert [row[2] for row in rows[1 : len(expected) + 1]] == expected[: len(rows) - 1]


def test_results_query_count_is_constant_with_ten_times_the_awardees(client, decision):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    forms = list(AwardForm.objects.all()[:10])
    for number in range(3):
        AwardeeFactory(decision=decision, full_name=f"Hà Văn Đếm {number}")
    url = "/tra-cuu/?ten=ha+van+dem"
    client.get(url)
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    for number in range(30):
        other = AwardDecisionPageFactory(
            parent=decision.get_parent(), award_form=forms[number % len(forms)]
        )
        AwardeeFactory(decision=other, full_name=f"Hà Văn Đếm thêm {number}")
    with CaptureQueriesContext(connection) as after:
        client.get(url)
    assert len(after) == len(before)


def test_lookup_by_decision_number(client, decision):
    AwardeeFactory(decision=decision, full_name="Lộc Văn Số")
    assert "Lộc Văn Số" in names(client.get("/tra-cuu/", {"so_qd": "321/QĐ-UBND"}))
    assert "Lộc Văn Số" not in names(client.get("/tra-cuu/", {"so_qd": "322/QĐ-UBND"}))


def filename(response):
    return re.search(r'filename="([^"]+)"', response["Content-Disposition"]).group(1)


def test_words_match_at_their_beginning_not_inside_another_word(client, decision):
    huong = AwardeeFactory(decision=decision, full_name="Lò Thị Hường", unit="Bản Khoang")
    thuong = AwardeeFactory(decision=decision, full_name="Lò Thị Thương", unit="Bản Khoang")
    found = names(client.get("/tra-cuu/", {"ten": "lo thi huong"}))
    assert huong.full_name in found
    assert thuong.full_name not in found
    # A word's beginning is enough, in any order.
    assert thuong.full_name in names(client.get("/tra-cuu/", {"ten": "thuo lo"}))
    assert huong.full_name in names(client.get("/tra-cuu/", {"don_vi": "ban kho"}))


@pytest.mark.parametrize("how", ["page", "queryset", "expiry"])
def test_unpublishing_a_decision_however_done_takes_its_awardees_out(client, decision, how):
    from django.core.management import call_command
    from django.utils import timezone
    from wagtail.models import Page

    awardee = AwardeeFactory(decision=decision, full_name="Hà Thị Mây")
    assert Awardee.objects.get(pk=awardee.pk).decision_live
    if how == "page":
        decision.unpublish()
    elif how == "queryset":  # base Page rows: the decision's own save() does not run
        Page.objects.filter(pk=decision.pk).unpublish()
    else:
        decision.expire_at = timezone.now() - timezone.timedelta(minutes=1)
        decision.save_revision().publish()
        call_command("publish_scheduled")
    assert not Awardee.objects.get(pk=awardee.pk).decision_live
    assert names(client.get("/tra-cuu/", {"ten": "ha thi may"})) == []
    decision.refresh_from_db()
    decision.expire_at = None
    decision.save_revision().publish()
    assert Awardee.objects.get(pk=awardee.pk).decision_live
    assert names(client.get("/tra-cuu/", {"ten": "ha thi may"})) == ["Hà Thị Mây"]
