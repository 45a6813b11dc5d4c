"""/dang-ky-thi-dua/ for everyone: per cluster, the units that registered and what they aim
at, with no personal data; the open campaign on the home page. Constant queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from registrations import workflow
from registrations.models import Campaign
from tests.registrations.factories import (
    CampaignFactory,
    ClusterFactory,
    UnitFactory,
    registration_with_rows,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def only_our_campaign():
    """A campaign of its own that is the open one (the demo's is moved into the past)."""
    Campaign.objects.update(
        opens_at=timezone.now() - datetime.timedelta(days=400),
        deadline=timezone.now() - datetime.timedelta(days=390),
    )
    return CampaignFactory(title="Đăng ký thi đua năm thử nghiệm")


def add_units(campaign, cluster, count, state="submitted"):
    units = [UnitFactory() for _ in range(count)]
    cluster.members.add(*units)
    cluster.save()
    for unit in units:
        registration = registration_with_rows(campaign, unit)
        if state != "draft":
            workflow.submit(registration, None)
    return units


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_the_list_shows_sent_registrations_without_personal_data(client, only_our_campaign):
    campaign = only_our_campaign
    cluster = ClusterFactory(year=campaign.year, name="Khối các cơ quan thử nghiệm")
    sent = add_units(campaign, cluster, 2)
    drafts = add_units(campaign, cluster, 1, state="draft")
    response = client.get("/dang-ky-thi-dua/")
    html = response.content.decode()
    assert "Khối các cơ quan thử nghiệm" in html
    assert "2/3 đơn vị đã đăng ký" in html
    for unit in sent:
        assert unit.name in html
    assert drafts[0].name not in html
    title = campaign.individual_titles.first()
    assert f"{title}: 2" in html  # counts per title, never names
    for secret in ("Cán bộ thử nghiệm 1", "Nguyễn Văn Thủ", sent[0].email, "Chỉ tiêu thử nghiệm"):
        assert secret not in html
    assert "Đang nhận đăng ký đến" in html


def test_the_list_makes_the_same_queries_however_many_units(client, only_our_campaign):
    campaign = only_our_campaign
    first = ClusterFactory(year=campaign.year)
    add_units(campaign, first, 2)
    before, _html = count_queries(client, "/dang-ky-thi-dua/")
    second = ClusterFactory(year=campaign.year)
    add_units(campaign, first, 4)
    add_units(campaign, second, 6)
    add_units(campaign, first, 2, state="draft")
    after, _html = count_queries(client, "/dang-ky-thi-dua/")
    assert after == before
    assert before <= 16


def test_the_officers_overview_makes_constant_queries(client, only_our_campaign):
    from tests.registrations.factories import ReportWindowFactory, officer_for

    campaign = only_our_campaign
    unit = UnitFactory()
    client.force_login(officer_for(unit))
    ReportWindowFactory(campaign=campaign)
    before, html = count_queries(client, "/dang-ky-thi-dua/")
    assert campaign.title in html and "Khu vực của" in html
    for _ in range(3):
        ReportWindowFactory(campaign=campaign)
    registration_with_rows(campaign, unit)
    after, _html = count_queries(client, "/dang-ky-thi-dua/")
    assert after == before


def test_the_home_page_shows_the_open_campaign_and_its_deadline(client, only_our_campaign):
    html = client.get("/").content.decode()
    deadline = timezone.localtime(only_our_campaign.deadline).strftime("%d/%m/%Y %H:%M")
    assert only_our_campaign.title in html
    assert f"Hạn đăng ký: {deadline}" in html
    assert 'href="/dang-ky-thi-dua/"' in html


def test_no_open_campaign_says_so_on_the_home_page(client):
    Campaign.objects.update(deadline=timezone.now() - datetime.timedelta(days=1))
    assert "Hiện chưa mở đợt đăng ký thi đua." in client.get("/").content.decode()
