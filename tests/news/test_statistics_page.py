"""The statistics page in reach and linkable: the period in its address and heading, the CSV
in words people read, links from the look-up, the decisions and the footer; the look-up's
other filters folded unless in use."""

import csv
import datetime
import io
import re

import pytest

from news.models import AwardDecisionPage, AwardTarget, DecisionLevel
from news.models.lookup import STATISTICS_CSV_HEADER
from tests.news.factories import AwardDecisionPageFactory, AwardeeFactory, AwardTargetFactory

pytestmark = pytest.mark.django_db
YEAR = 2031  # no demo decision falls in this year


@pytest.fixture
def year_rows(section):
    decision = AwardDecisionPageFactory(
        parent=section("khen-thuong"),
        level=DecisionLevel.PRIME_MINISTER,
        signed_on=datetime.date(YEAR, 4, 2),
    )
    for number in range(8):
        AwardeeFactory(decision=decision, direct_worker=number < 7)
    return AwardTargetFactory(
        period_start=YEAR,
        period_end=YEAR,
        tier="state",
        group=AwardTarget.Group.DIRECT_WORKER,
        comparison="gt",
        threshold=75,
    )


def csv_rows(response):
    raw = b"".join(response.streaming_content)
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark, for Excel
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def heading(html):
    return " ".join(re.sub(r"<[^>]+>", " ", re.search(r"<h1>(.*?)</h1>", html, re.S)[1]).split())


def title(html):
    return " ".join(re.search(r"<title>(.*?)</title>", html, re.S)[1].split())


def test_csv_has_vietnamese_headings_and_labels_never_codes(client, year_rows):
    response = client.get("/thong-ke/tai-ve/csv/", {"nam": YEAR})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert f"thong-ke-khen-thuong-nam-{YEAR}.csv" in response["Content-Disposition"]
    rows = csv_rows(response)
    assert rows[0] == STATISTICS_CSV_HEADER
    assert rows[0][:5] == ["Mục", "Nội dung", "Số lượt", "Tập thể", "Cá nhân"]
    assert rows[1][:2] == ["Phạm vi", f"Năm {YEAR}"]
    tiers = {row[1]: row[2:5] for row in rows if row[0] == "Theo cấp khen thưởng"}
    assert tiers == {
        "Cấp Nhà nước": ["8", "0", "8"],
        "Cấp tỉnh": ["0", "0", "0"],
        "Cấp sở, ngành, địa phương": ["0", "0", "0"],
    }
    cells = {cell for row in rows for cell in row}
    assert not cells & {"state", "province", "base", "direct_worker", "gt", "gte"}
    assert ["Theo cấp quyết định", "Thủ tướng Chính phủ", "8"] in [row[:3] for row in rows]
    target = next(row for row in rows if row[0] == "Chỉ tiêu")
    assert target == [
        "Chỉ tiêu",
        "Cấp Nhà nước: Người lao động trực tiếp (trên tổng số cá nhân)",
        "7",
        "",
        "",
        "8",
        "87,5%",
        "> 75%",
        "Đạt",
    ]


def test_period_in_the_address_names_the_page(client, year_rows):
    html = client.get("/thong-ke/", {"nam": YEAR}).content.decode()
    assert heading(html) == f"Thống kê khen thưởng – Năm {YEAR}"
    assert title(html).startswith(f"Thống kê khen thưởng – Năm {YEAR} –")
    assert f'<option value="{YEAR}" selected>' in html
    # The download carries the same period.
    assert f"tai-ve/csv/?nam={YEAR}" in html

    html = client.get("/thong-ke/", {"giai_doan": "2021-2025"}).content.decode()
    assert heading(html) == "Thống kê khen thưởng – Giai đoạn 2021 – 2025"
    assert "Giai đoạn 2021 – 2025" in title(html)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"nam": "abc"}, "Năm “abc” không hợp lệ (ví dụ: 2025)."),
        ({"nam": "1800"}, "Năm “1800” không hợp lệ (ví dụ: 2025)."),
        ({"giai_doan": "1990-1995"}, "Không có giai đoạn “1990-1995” (ví dụ: 2021-2025)."),
        ({"giai_doan": "<b>x</b>"}, "Không có giai đoạn “&lt;b&gt;x&lt;/b&gt;”"),
    ],
)
def test_bad_period_gets_a_clear_message_and_the_default(client, params, message):
    response = client.get("/thong-ke/", params)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    default = heading(client.get("/thong-ke/").content.decode())
    assert heading(html) == default
    assert default.split(" – ", 1)[1] in html.split(message, 1)[1].split("</p>", 1)[0]
    assert client.get("/thong-ke/tai-ve/csv/", params).status_code == 200


def test_valid_or_empty_period_has_no_message(client):
    for params in ({}, {"nam": ""}, {"giai_doan": "2021-2025", "nam": ""}):
        html = client.get("/thong-ke/", params).content.decode()
        assert "không hợp lệ" not in html and "Không có giai đoạn" not in html


def test_chart_labels_are_whole(client, year_rows):
    html = client.get("/thong-ke/", {"nam": YEAR}).content.decode()
    labels = re.findall(r'<span class="chart__label">(.*?)</span>', html, re.S)
    assert [" ".join(label.split()) for label in labels] == [
        "Cấp Nhà nước: Người lao động trực tiếp (trên tổng số cá nhân)"
    ]
    # The bar is drawn to scale from plain numbers, whatever the language's decimal mark.
    assert 'width="87.5"' in html and 'x1="75.00"' in html


def test_statistics_linked_from_lookup_decisions_and_footer(client, year_rows):
    statistics = "/thong-ke/"
    lookup = client.get("/tra-cuu/").content.decode()
    assert f'<a href="{statistics}">Thống kê khen thưởng' in lookup
    index = client.get("/khen-thuong/").content.decode()
    assert f'<a href="{statistics}">Thống kê khen thưởng' in index
    assert f'href="{statistics}?nam=2024"' in client.get("/khen-thuong/?nam=2024").content.decode()
    decision = AwardDecisionPage.objects.live().get(signed_on=datetime.date(YEAR, 4, 2))
    html = client.get(decision.url).content.decode()
    assert f'href="{statistics}?nam={YEAR}">Thống kê khen thưởng năm {YEAR}</a>' in html
    assert 'href="/tra-cuu/">Tra cứu khen thưởng</a>' in html
    footer = client.get("/").content.decode().split("<footer", 1)[1]
    assert f'href="{statistics}"' in footer


def test_statistics_link_is_left_out_without_the_page(client, section):
    section("thong-ke").unpublish()
    assert "Thống kê khen thưởng theo năm" not in client.get("/tra-cuu/").content.decode()
    assert "Thống kê khen thưởng theo năm" not in client.get("/khen-thuong/").content.decode()


def details_tag(html):
    return re.search(r'<details class="filter-more"[^>]*>', html)[0]


@pytest.mark.parametrize(
    ("params", "opened"),
    [
        ({}, False),
        ({"ten": "nguyen"}, False),
        ({"ten": "nguyen", "don_vi": "   "}, False),
        ({"don_vi": "So Y te"}, True),
        ({"ten": "nguyen", "nam": "2024"}, True),
        ({"loai": "collective"}, True),
        ({"nam": "abc"}, True),  # refused, and said so beside the field
    ],
)
def test_lookup_other_filters_are_open_when_one_is_set(client, params, opened):
    html = client.get("/tra-cuu/", params).content.decode()
    assert ("open" in details_tag(html)) is opened
    search_box = html.index('name="ten"')
    assert search_box < html.index("<details")
    for name in ("don_vi", "dia_phuong", "so_qd", "hinh_thuc", "cap", "nam", "loai"):
        assert html.index("<details") < html.index(f'name="{name}"') < html.index("</details>")
