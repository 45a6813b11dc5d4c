"""Statistics by locality: awards from 1/7/2025 by commune, ward or special zone, earlier ones by
former district, never one list mixing both; the free text resolved to the province's rows."""

import csv
import datetime
import io
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.localities import LocalityResolver, two_level_since
from home.models import Locality
from news.models import Awardee
from news.statistics import counts_by_locality, summary
from tests.news.factories import AwardDecisionPageFactory, AwardeeFactory

UNKNOWN_COMMUNE = "Chưa xác định xã, phường"
UNKNOWN_DISTRICT = "Chưa xác định huyện, thành phố"


def row(pk, name, kind, district=None):
    return Locality(
        pk=pk,
        name=name,
        kind=kind,
        is_current=kind not in Locality.FORMER_KINDS,
        former_district_id=district,
    )


ROWS = [
    row(1, "huyện Văn Quan", "huyen"),
    row(2, "xã Văn Quan", "xa", district=1),
    row(3, "huyện Chi Lăng", "huyen"),
    row(4, "xã Chi Lăng", "xa", district=3),
    row(5, "thành phố Lạng Sơn", "thanh_pho"),
    row(6, "phường Tam Thanh", "phuong", district=5),
    row(7, "huyện Lộc Bình", "huyen"),
    row(8, "xã Na Dương", "xa", district=7),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("huyện Chi Lăng", "huyện Chi Lăng"),
        ("xã Chi Lăng", "xã Chi Lăng"),
        ("  XÃ CHI LANG ", "xã Chi Lăng"),
        ("thành phố Lạng Sơn", "thành phố Lạng Sơn"),
        ("phường Tam Thanh", "phường Tam Thanh"),
        ("xã Tràng Các, huyện Văn Quan", "huyện Văn Quan"),
        ("thị trấn Na Dương, huyện Lộc Bình", "huyện Lộc Bình"),
        # The former district wins over an old commune that shares a current unit's name.
        ("xã Chi Lăng, huyện Chi Lăng", "huyện Chi Lăng"),
        ("thôn Nà Pàn, xã Chi Lăng", "xã Chi Lăng"),
        ("phường Tam Thanh, tỉnh Lạng Sơn", "phường Tam Thanh"),
        ("xã Tràng Các", None),
        ("huyện Chi Lăng cũ", None),
        ("thành phố Hà Nội", None),
        ("", None),
        (None, None),
    ],
)
def test_resolver_maps_free_text_to_a_row(text, expected):
    found = LocalityResolver(ROWS).resolve(text)
    assert (found.name if found else None) == expected


def test_resolver_gives_the_former_district_of_a_row():
    resolver = LocalityResolver(ROWS)
    district_of = resolver.district_of
    assert district_of(resolver.resolve("xã Na Dương")).name == "huyện Lộc Bình"
    assert district_of(resolver.resolve("huyện Văn Quan")).name == "huyện Văn Quan"
    assert district_of(None) is None
    assert district_of(row(9, "xã Mới", "xa")) is None


def test_resolver_reads_the_localities_in_one_query(db, django_assert_num_queries):
    with django_assert_num_queries(1):
        resolver = LocalityResolver.from_database()
    assert resolver.resolve("xã Tân Đoàn, huyện Văn Quan").name == "huyện Văn Quan"
    assert resolver.district_of(resolver.resolve("xã Tân Đoàn")).name == "huyện Văn Quan"


def test_the_reform_date_defaults_to_1_july_2025_and_is_a_setting(settings):
    del settings.TWO_LEVEL_LOCAL_GOVERNMENT_SINCE  # absent from the settings files
    assert two_level_since() == datetime.date(2025, 7, 1)
    settings.TWO_LEVEL_LOCAL_GOVERNMENT_SINCE = datetime.date(2027, 1, 1)
    assert two_level_since() == datetime.date(2027, 1, 1)


@pytest.fixture
def decide(db, section):
    """A published decision on a date, with awardees typed with the given localities."""
    decisions = []

    def make(date, *localities):
        decision = AwardDecisionPageFactory(parent=section("khen-thuong"), signed_on=date)
        for locality in localities:
            AwardeeFactory(decision=decision, locality=locality)
        decisions.append(decision)
        return decision

    make.awardees = lambda: Awardee.objects.filter(decision__in=decisions)
    return make


AFTER = datetime.date(2026, 3, 2)
BEFORE = datetime.date(2024, 5, 6)


def test_after_the_reform_only_current_units(decide):
    decide(
        AFTER,
        "xã Chi Lăng",
        "Xã Chi Lang",
        "phường Tam Thanh",
        "thôn Nà Pàn, xã Chi Lăng",
        "huyện Chi Lăng",  # a district typed after the reform says no commune
        "xã Tràng Các, huyện Văn Quan",
        "nơi nào đó",
        "",  # blank: left out
    )
    result = counts_by_locality(decide.awardees())
    assert result["former"] == []
    assert result["current"] == [
        (UNKNOWN_COMMUNE, 3),  # equal counts: by name
        ("xã Chi Lăng", 3),
        ("phường Tam Thanh", 1),
    ]


def test_before_the_reform_only_former_districts(decide):
    decide(
        BEFORE,
        "huyện Văn Quan",
        "xã Tràng Các, huyện Văn Quan",
        "xã Văn Quan",  # today's commune: counted under its former district
        "thị trấn Na Dương, huyện Lộc Bình",
        "thành phố Lạng Sơn",
        "phường Tam Thanh",
        "nơi nào đó",
    )
    result = counts_by_locality(decide.awardees())
    assert result["current"] == []
    assert result["former"] == [
        ("huyện Văn Quan", 3),
        ("thành phố Lạng Sơn", 2),
        (UNKNOWN_DISTRICT, 1),
        ("huyện Lộc Bình", 1),
    ]


def test_the_reform_day_itself_is_counted_by_commune(decide):
    decide(datetime.date(2025, 6, 30), "xã Chi Lăng")
    decide(datetime.date(2025, 7, 1), "xã Chi Lăng")
    result = counts_by_locality(decide.awardees())
    assert result["current"] == [("xã Chi Lăng", 1)]
    assert result["former"] == [("huyện Chi Lăng", 1)]
    assert result["since"] == datetime.date(2025, 7, 1)


def test_a_later_reform_date_from_the_setting_moves_awards_to_the_former_list(decide, settings):
    settings.TWO_LEVEL_LOCAL_GOVERNMENT_SINCE = datetime.date(2027, 1, 1)
    decide(AFTER, "xã Chi Lăng")
    result = counts_by_locality(decide.awardees())
    assert result["current"] == []
    assert result["former"] == [("huyện Chi Lăng", 1)]


def test_each_list_keeps_its_top_after_merging_texts_sorted_by_count_then_name(decide):
    unknown = [f"xã Thử {number}" for number in range(20)]
    communes = ["xã Văn Quan", "xã Đình Lập", "phường Kỳ Lừa"]
    decide(AFTER, *unknown, *communes, "xã Chi Lăng", "Xã Chi Lăng", "XA CHI LANG")
    assert counts_by_locality(decide.awardees())["current"] == [
        (UNKNOWN_COMMUNE, 20),
        ("xã Chi Lăng", 3),
        ("phường Kỳ Lừa", 1),
        ("xã Đình Lập", 1),  # by folded name: "Đ" as "d", before "V"
        ("xã Văn Quan", 1),
    ]
    assert counts_by_locality(decide.awardees(), limit=3)["current"] == [
        (UNKNOWN_COMMUNE, 20),
        ("xã Chi Lăng", 3),
        ("phường Kỳ Lừa", 1),
    ]


def test_a_range_over_both_years_keeps_two_tables(decide):
    decide(BEFORE, "xã Chi Lăng, huyện Chi Lăng")
    decide(AFTER, "xã Chi Lăng")
    result = counts_by_locality(decide.awardees())
    assert result["current"] == [("xã Chi Lăng", 1)]
    assert result["former"] == [("huyện Chi Lăng", 1)]
    both = summary(2024, 2026)["by_locality"]
    assert both["current"] and both["former"]
    current_names = set(Locality.objects.filter(is_current=True).values_list("name", flat=True))
    former_names = set(Locality.objects.filter(is_current=False).values_list("name", flat=True))
    assert {name for name, _count in both["current"]} <= current_names | {UNKNOWN_COMMUNE}
    assert {name for name, _count in both["former"]} <= former_names | {UNKNOWN_DISTRICT}


def locality_section(client, **params):
    response = client.get("/thong-ke/", params)
    assert response.status_code == 200
    html = response.content.decode()
    return re.search(r'id="by-locality".*?</section>', html, re.S).group(0)


@pytest.mark.django_db
def test_page_for_2026_shows_only_current_units(client):
    section = locality_section(client, nam=2026)
    assert "Từ 01/07/2025: theo xã, phường, đặc khu" in section
    assert "Trước 01/07/2025" not in section
    assert "huyện" not in section.lower()
    assert "xã Hữu Lũng" in section and "phường Tam Thanh" in section


@pytest.mark.django_db
def test_page_for_2024_shows_only_former_districts(client):
    section = locality_section(client, nam=2024)
    assert "Trước 01/07/2025: theo huyện, thành phố (trước sắp xếp)" in section
    assert "Từ 01/07/2025" not in section
    assert "huyện Văn Quan" in section
    for name in Locality.objects.filter(is_current=True).values_list("name", flat=True):
        assert f">{name}<" not in section


@pytest.mark.django_db
def test_page_over_the_plan_period_shows_both_tables_with_the_set_date(client, settings):
    section = locality_section(client, giai_doan="2021-2025")
    assert section.index("Từ 01/07/2025") < section.index("Trước 01/07/2025")
    settings.TWO_LEVEL_LOCAL_GOVERNMENT_SINCE = datetime.date(2025, 8, 1)
    section = locality_section(client, giai_doan="2021-2025")
    assert "Từ 01/08/2025: theo xã, phường, đặc khu" in section


@pytest.mark.django_db
def test_page_without_locality_rows_says_so(client):
    section = locality_section(client, nam=2040)
    assert "Chưa có số liệu." in section
    assert "Từ 01/07/2025" not in section and "Trước 01/07/2025" not in section


def csv_rows(client, **params):
    response = client.get("/thong-ke/tai-ve/csv/", params)
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return [row[:3] for row in csv.reader(io.StringIO(text))]


def test_csv_has_the_two_lists_under_their_own_headings(client, decide):
    decide(datetime.date(2030, 2, 3), "xã Chi Lăng", "huyện Chi Lăng")
    rows = csv_rows(client, nam=2030)
    assert ["Theo xã, phường (từ 01/07/2025)", "xã Chi Lăng", "1"] in rows
    assert ["Theo xã, phường (từ 01/07/2025)", UNKNOWN_COMMUNE, "1"] in rows
    headings = {row[0] for row in rows}
    assert "Theo huyện, thành phố cũ (trước 01/07/2025)" not in headings
    assert "Theo địa phương" not in headings
    rows = csv_rows(client, nam=2024)
    former = {row[1] for row in rows if row[0] == "Theo huyện, thành phố cũ (trước 01/07/2025)"}
    assert "huyện Văn Quan" in former
    assert "Theo xã, phường (từ 01/07/2025)" not in {row[0] for row in rows}


def test_page_query_count_does_not_grow_with_awardees(client, decide):
    client.get("/thong-ke/", {"giai_doan": "2021-2025"})
    cache.clear()  # the figures computed each time, not read from the cache
    with CaptureQueriesContext(connection) as before:
        client.get("/thong-ke/", {"giai_doan": "2021-2025"})
    localities = ["xã Chi Lăng", "huyện Cao Lộc", "xã Bắc Xa, huyện Đình Lập", "nơi khác"]
    decide(datetime.date(2025, 3, 3), *(localities * 10))
    decide(datetime.date(2025, 9, 9), *(localities * 10))
    cache.clear()
    with CaptureQueriesContext(connection) as after:
        html = client.get("/thong-ke/", {"giai_doan": "2021-2025"}).content.decode()
    assert len(after) == len(before)
    assert UNKNOWN_COMMUNE in html and UNKNOWN_DISTRICT in html
