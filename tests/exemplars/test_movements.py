"""Movements gather their news, exemplars and award decisions."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from exemplars.models import MovementPage
from tests.exemplars.factories import ExemplarPageFactory, MovementPageFactory
from tests.factories import NewsPageFactory
from tests.news.factories import AwardDecisionPageFactory, AwardeeFactory

pytestmark = pytest.mark.django_db


def test_movement_page_gathers_what_is_tied_to_it(client, section):
    movement = MovementPageFactory(parent=section("phong-trao"), title="Phong trào Bản làng xanh")
    NewsPageFactory(parent=section("tin-tuc"), title="Tin về bản làng xanh", movement=movement)
    NewsPageFactory(
        parent=section("tin-tuc"), title="Tin nháp bản làng xanh", movement=movement, live=False
    )
    ExemplarPageFactory(
        parent=section("guong-dien-hinh"), title="Gương bản làng xanh", movement=movement
    )
    decision = AwardDecisionPageFactory(
        parent=section("khen-thuong"), title="Khen thưởng bản làng xanh", movement=movement
    )
    for _ in range(3):
        AwardeeFactory(decision=decision)
    response = client.get(movement.url)
    html = response.content.decode()
    assert "Tin về bản làng xanh" in html and "Tin nháp bản làng xanh" not in html
    assert "Gương bản làng xanh" in html
    assert "Khen thưởng bản làng xanh" in html and "3 tập thể, cá nhân" in html


def test_movement_query_count_is_constant(client, section):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    movement = MovementPageFactory(parent=section("phong-trao"))

    def add_one_of_each():
        NewsPageFactory(parent=section("tin-tuc"), movement=movement)
        ExemplarPageFactory(parent=section("guong-dien-hinh"), movement=movement)
        decision = AwardDecisionPageFactory(parent=section("khen-thuong"), movement=movement)
        AwardeeFactory(decision=decision)

    add_one_of_each()
    client.get(movement.url)
    # The first request after a change reads the lists again (they are kept until the next
    # change: core.models.kept_variant); both it and the next are constant in the content.
    add_one_of_each()
    with CaptureQueriesContext(connection) as rebuilt_before:
        client.get(movement.url)
    with CaptureQueriesContext(connection) as before:
        client.get(movement.url)
    for _ in range(5):
        add_one_of_each()
    with CaptureQueriesContext(connection) as rebuilt_after:
        client.get(movement.url)
    with CaptureQueriesContext(connection) as after:
        client.get(movement.url)
    assert len(rebuilt_after) == len(rebuilt_before)
    assert len(after) == len(before) < len(rebuilt_before)


def test_index_lists_ongoing_movements_first(client):
    movements = list(client.get("/phong-trao/").context["movements_page"])
    statuses = [movement.status for movement in movements]
    assert statuses == sorted(statuses, key=lambda status: status != MovementPage.Status.ONGOING)
    assert len(movements) >= 2


def test_end_date_cannot_precede_start():
    movement = MovementPageFactory.build(
        start_date=datetime.date(2026, 5, 1), end_date=datetime.date(2026, 1, 1)
    )
    with pytest.raises(ValidationError):
        movement.clean()


def test_demo_movements_come_from_the_seed_plans(client):
    for movement in MovementPage.objects.live():
        html = client.get(movement.url).content.decode()
        assert movement.plan_document is not None
        assert movement.plan_document.number in html
