"""The registration demo (demo.builders.registrations), loaded once for the session by the suite:
units, this year's clusters, the open campaign, registrations in every state, result reports."""

from decimal import Decimal

import pytest
from django.utils import timezone

from demo import accounts as demo_accounts
from demo import records as demo_records
from demo.build import DemoBuilder
from registrations.models import (
    Campaign,
    Cluster,
    ClusterCriterion,
    CriterionScore,
    IndicatorResult,
    PledgedIndicator,
    RegisteredIndividual,
    Registration,
    ReportAttachment,
    ReportWindow,
    ResultReport,
    SubmissionLog,
    SubmissionState,
    SubmissionVersion,
    Unit,
    UnitKind,
)

pytestmark = pytest.mark.django_db

State = SubmissionState


def open_campaign():
    now = timezone.now()
    return Campaign.objects.get(year=timezone.localdate().year, opens_at__lte=now, deadline__gt=now)


def test_about_twenty_units_of_every_kind_with_contact_details():
    units = Unit.objects.all()
    assert units.count() >= 20
    assert {unit.kind_id for unit in units} == set(UnitKind.objects.values_list("code", flat=True))
    for unit in units:
        assert unit.address and unit.phone, unit.code
        assert unit.email.endswith(("example.invalid", "example.vn")), unit.email
    assert units.filter(locality__isnull=False).count() >= 10


def test_three_clusters_this_year_with_head_deputy_and_criteria_summing_to_100():
    clusters = Cluster.objects.filter(year=timezone.localdate().year)
    assert clusters.count() == 3
    seen = set()
    for cluster in clusters:
        members = set(cluster.members.all())
        assert cluster.head_unit in members and cluster.deputy_unit in members
        assert cluster.head_unit != cluster.deputy_unit
        assert not seen & members, "a unit belongs to one cluster a year"
        seen |= members
        assert 4 <= cluster.criteria.count() <= 6
        assert cluster.max_total == Decimal("100")


def test_open_campaign_with_titles_movements_and_windows():
    campaign = open_campaign()
    year = timezone.localdate().year
    assert campaign.title == f"Đăng ký thi đua năm {year}"
    assert campaign.reminder_day_list == [7, 3, 1]
    assert campaign.collective_titles.filter(name="Tập thể lao động xuất sắc").exists()
    assert campaign.individual_titles.filter(name="Chiến sĩ thi đua cơ sở").exists()
    assert campaign.movements.exists()
    assert "chỉ tiêu thi đua" in campaign.instructions
    now = timezone.now()
    assert timezone.localtime(campaign.deadline).hour == 17
    mid_year = campaign.windows.get(kind=ReportWindow.Kind.MID_YEAR)
    assert mid_year.is_open(now)
    assert mid_year.title == f"Sơ kết 6 tháng đầu năm {year}"
    year_end = campaign.windows.get(kind=ReportWindow.Kind.YEAR_END)
    assert year_end.opens_at > now


def test_registrations_in_every_state_through_the_workflow():
    registrations = Registration.objects.filter(campaign=open_campaign())
    counts = {state: registrations.filter(state=state).count() for state in State.values}
    assert counts[State.DRAFT] >= 2
    assert counts[State.SUBMITTED] >= 3
    assert counts[State.ACCEPTED] >= 3
    assert counts[State.RETURNED] == 1
    # Some units have not registered yet.
    assert Unit.objects.exclude(registration__in=registrations).count() >= 3

    for record in registrations.exclude(state=State.DRAFT):
        assert record.reference_code and record.version == 1
        assert record.versions.count() == 1
        assert record.versions.get().data["indicators"] or record.state == State.RETURNED
        actions = list(record.log_entries.values_list("action", flat=True))
        assert actions[:2] == [SubmissionLog.Action.CREATED, SubmissionLog.Action.SUBMITTED]
        times = list(record.log_entries.values_list("at", flat=True))
        assert times == sorted(times) and times[-1] <= timezone.now()
    returned = registrations.get(state=State.RETURNED)
    assert returned.return_reason
    assert returned.log_entries.filter(action=SubmissionLog.Action.RETURNED).exists()
    assert returned.is_editable()
    for record in registrations.filter(state=State.ACCEPTED):
        assert record.log_entries.get(action=SubmissionLog.Action.ACCEPTED).user.username == (
            demo_accounts.SECRETARIAT
        )
        assert record.individuals.exists() and record.indicators.exists()


def test_demo_officers_units(users):
    campaign = open_campaign()
    first_unit = users[demo_accounts.UNIT_OFFICER].unit_officer.unit
    assert first_unit.code == demo_records.FIRST_UNIT_CODE
    assert not Registration.objects.filter(campaign=campaign, unit=first_unit).exists()

    second_unit = users[demo_accounts.OTHER_UNIT_OFFICER].unit_officer.unit
    registration = Registration.objects.get(campaign=campaign, unit=second_unit)
    assert registration.state == State.ACCEPTED
    assert registration.versions.get().submitted_by == users[demo_accounts.OTHER_UNIT_OFFICER]
    report = ResultReport.objects.get(window__campaign=campaign, unit=second_unit)
    assert report.state == State.DRAFT and report.is_editable()


def test_result_reports_with_scores_within_each_maximum():
    window = open_campaign().windows.get(kind=ReportWindow.Kind.MID_YEAR)
    reports = ResultReport.objects.filter(window=window)
    sent = reports.filter(state__in=[State.SUBMITTED, State.ACCEPTED])
    assert sent.count() >= 3
    assert reports.filter(state=State.ACCEPTED).count() == 1
    assert reports.filter(state=State.DRAFT).exists()
    for report in sent:
        assert report.cluster is not None and report.registration is not None
        for field in ResultReport.NARRATIVE_FIELDS:
            assert getattr(report, field), (report.unit.code, field)
        scores = list(report.scores.select_related("criterion"))
        assert len(scores) == report.cluster.criteria.count()
        assert all(0 <= score.points <= score.criterion.max_points for score in scores)
        assert report.score_total == sum(score.points for score in scores)
        assert report.indicator_results.filter(actual_value__isnull=False).exists()
        assert Decimal(report.versions.get().data["score_total"]) == report.score_total
    attachment = ReportAttachment.objects.get(report__in=sent)
    with attachment.file.open("rb") as stored:
        assert stored.read(5) == b"%PDF-"


def test_last_years_campaign_is_closed_with_accepted_registrations():
    year = timezone.localdate().year - 1
    campaign = Campaign.objects.get(year=year)
    assert campaign.has_closed()
    registrations = campaign.registrations.all()
    assert registrations.count() >= 3
    assert set(registrations.values_list("state", flat=True)) == {State.ACCEPTED}
    assert all(
        code.startswith(f"DK-{year}-")
        for code in registrations.values_list("reference_code", flat=True)
    )


def test_building_the_demo_again_changes_nothing():
    models = [
        Unit,
        Cluster,
        ClusterCriterion,
        Campaign,
        ReportWindow,
        Registration,
        RegisteredIndividual,
        PledgedIndicator,
        ResultReport,
        IndicatorResult,
        CriterionScore,
        ReportAttachment,
        SubmissionVersion,
        SubmissionLog,
    ]
    before = {model: model.objects.count() for model in models}
    states = dict(Registration.objects.values_list("pk", "state"))
    DemoBuilder().build()
    assert {model: model.objects.count() for model in models} == before
    assert dict(Registration.objects.values_list("pk", "state")) == states
