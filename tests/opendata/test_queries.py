"""A page of either data set is read in the same number of queries however many rows it holds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.news.factories import AwardDecisionPageFactory, AwardeeFactory

pytestmark = pytest.mark.django_db


def queries(client, address, params):
    client.get(address, params)  # the first request reads the kept lists and the code key
    with CaptureQueriesContext(connection) as captured:
        response = client.get(address, params)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize("slug", ["quyet-dinh", "khen-thuong"])
def test_query_count_does_not_grow_with_the_rows(client, section, slug, fmt):
    address = reverse("opendata:data", kwargs={"slug": slug, "fmt": fmt})
    few = AwardDecisionPageFactory(parent=section("khen-thuong"), signed_on="2031-01-02")
    AwardeeFactory(decision=few)
    few.save_revision().publish()
    counted_few = queries(client, address, {"nam": 2031})
    for _number in range(12):
        many = AwardDecisionPageFactory(parent=section("khen-thuong"), signed_on="2031-03-04")
        for _row in range(8):
            AwardeeFactory(decision=many)
        many.save_revision().publish()
    counted_many = queries(client, address, {"nam": 2031})
    assert counted_many == counted_few
    assert counted_few <= 12
