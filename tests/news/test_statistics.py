"""Statistics: counts and the achieved ratios against targets, computed from known rows."""

import datetime
from decimal import Decimal

import pytest
from django.core.cache import cache

from news.models import AwardTarget, DecisionLevel
from news.statistics import summary
from tests.news.factories import AwardDecisionPageFactory, AwardeeFactory, AwardTargetFactory

pytestmark = pytest.mark.django_db
YEAR = 2030  # no demo decision falls in this year


@pytest.fixture
def known_rows(section):
    parent = section("khen-thuong")
    state = AwardDecisionPageFactory(
        parent=parent, level=DecisionLevel.PRIME_MINISTER, signed_on=datetime.date(YEAR, 3, 1)
    )
    province = AwardDecisionPageFactory(
        parent=parent, level=DecisionLevel.PROVINCIAL_CHAIR, signed_on=datetime.date(YEAR, 6, 1)
    )
    # State level: 5 collectives, 3 small; 10 individuals, 2 direct workers of whom 1 farmer.
    for number in range(5):
        AwardeeFactory(
            decision=state,
            kind="collective",
            position="",
            locality="xã Na Dương",
            small_collective=number < 3,
        )
    for number in range(10):
        AwardeeFactory(
            decision=state, direct_worker=number < 2, farmer=number == 0, locality="xã Na Dương"
        )
    # Province level: 4 collectives, 1 small + 2 grassroots;
    # 8 individuals, 7 direct workers, 2 workers.
    for number in range(4):
        AwardeeFactory(
            decision=province,
            kind="collective",
            position="",
            locality="phường Đông Kinh",
            small_collective=number == 0,
            grassroots_unit=number in (1, 2),
        )
    for number in range(8):
        AwardeeFactory(
            decision=province,
            direct_worker=number < 7,
            worker=number < 2,
            locality="phường Đông Kinh",
        )
    # Unpublished decisions do not count.
    hidden = AwardDecisionPageFactory(
        parent=parent, level=DecisionLevel.PRIME_MINISTER, signed_on=datetime.date(YEAR, 7, 1)
    )
    AwardeeFactory(decision=hidden, kind="collective", position="", small_collective=True)
    hidden.unpublish()

    def target(tier, group, comparison, threshold):
        return AwardTargetFactory(
            plan="Kế hoạch thử 2030",
            period_start=YEAR,
            period_end=YEAR,
            tier=tier,
            group=group,
            comparison=comparison,
            threshold=threshold,
        )

    return [
        target("state", AwardTarget.Group.SMALL_COLLECTIVE, "gte", 60),  # 3/5 = 60.0 -> met (≥)
        target("state", AwardTarget.Group.DIRECT_WORKER, "gt", 20),  # 2/10 = 20.0 -> not met (>)
        target("state", AwardTarget.Group.WORKER_FARMER, "gte", 5),  # 1/10 = 10.0 -> met
        target("province", AwardTarget.Group.DIRECT_WORKER, "gt", 75),  # 7/8 = 87.5 -> met
        target("province", AwardTarget.Group.WORKER_FARMER, "gt", 20),  # 2/8 = 25.0 -> met
        target(
            "province", AwardTarget.Group.SMALL_OR_GRASSROOTS, "gt", 75
        ),  # 3/4 = 75.0 -> not met
    ]


def test_target_ratios_from_known_rows(known_rows):
    result = summary(YEAR, YEAR, known_rows)
    got = [(r.achieved, r.base, r.ratio, r.met) for r in result["targets"]]
    assert got == [
        (3, 5, Decimal("60.0"), True),
        (2, 10, Decimal("20.0"), False),
        (1, 10, Decimal("10.0"), True),
        (7, 8, Decimal("87.5"), True),
        (2, 8, Decimal("25.0"), True),
        (3, 4, Decimal("75.0"), False),
    ]
    assert result["totals"] == {"total": 27, "collectives": 9, "individuals": 18}
    assert dict(result["by_level"]) == {"Thủ tướng Chính phủ": 15, "Chủ tịch UBND tỉnh": 12}
    # 2030 is after the two-level reform: counted by commune and ward only.
    assert dict(result["by_locality"]["current"]) == {"xã Na Dương": 15, "phường Đông Kinh": 12}
    assert result["by_locality"]["former"] == []


def test_target_without_rows_is_not_met():
    target = AwardTargetFactory(period_start=2040, period_end=2040)
    result = summary(2040, 2040, [target])
    assert result["targets"][0].ratio is None
    assert not result["targets"][0].met


def test_statistics_page_shows_marks_chart_and_table(client, known_rows):
    html = client.get("/thong-ke/", {"nam": YEAR}).content.decode()
    assert "Năm 2030" in html
    assert html.count("✔ Đạt") == 4
    assert html.count("✘ Chưa đạt") == 2
    assert 'class="chart"' in html and 'class="chart__bar"' in html
    assert "87,5%" in html


def test_statistics_page_by_period_and_bad_parameters(client):
    for params in (
        {},
        {"giai_doan": "2021-2025"},
        {"nam": "abc"},
        {"giai_doan": "x"},
        {"nam": "1800"},
    ):
        response = client.get("/thong-ke/", params)
        assert response.status_code == 200
    html = client.get("/thong-ke/", {"giai_doan": "2021-2025"}).content.decode()
    assert "Giai đoạn 2021 – 2025" in html
    assert "Cấp Nhà nước" in html and "Cấp tỉnh" in html


def test_statistics_csv(client, known_rows):
    response = client.get("/thong-ke/tai-ve/csv/", {"nam": YEAR})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "Chỉ tiêu" in text and "87,5%" in text and "Chưa đạt" in text


def test_statistics_query_count_is_constant(client, known_rows, section):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/thong-ke/", {"nam": YEAR})
    cache.clear()  # the figures computed, not read from the cache
    with CaptureQueriesContext(connection) as before:
        client.get("/thong-ke/", {"nam": YEAR})
    decision = AwardDecisionPageFactory(
        parent=section("khen-thuong"), signed_on=datetime.date(YEAR, 9, 9)
    )
    for _ in range(50):
        AwardeeFactory(decision=decision)
    cache.clear()
    with CaptureQueriesContext(connection) as after:
        client.get("/thong-ke/", {"nam": YEAR})
    assert len(after) == len(before)


def test_figures_are_computed_once_and_follow_every_change(known_rows, section):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def total():
        return summary(YEAR, YEAR, known_rows)["totals"]["total"]

    assert total() == 27
    with CaptureQueriesContext(connection) as again:
        assert total() == 27
    assert len(again) == 0  # read from the cache
    decision = AwardDecisionPageFactory(
        parent=section("khen-thuong"), signed_on=datetime.date(YEAR, 9, 9)
    )
    awardee = AwardeeFactory(decision=decision)
    assert total() == 28
    awardee.delete()
    assert total() == 27
    AwardeeFactory(decision=decision)
    decision.unpublish()
    assert total() == 27
    decision.save_revision().publish()
    assert total() == 28
