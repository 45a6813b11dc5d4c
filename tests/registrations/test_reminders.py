"""Reminders go to the units that have not sent, at the configured days before a deadline,
once each."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from registrations import workflow
from registrations.models import Registration, ReminderLog
from registrations.reminders import due_reminders, send_due_reminders, stage
from tests.registrations.factories import (
    CampaignFactory,
    ClusterFactory,
    ReportWindowFactory,
    UnitFactory,
    registration_with_rows,
)

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def test_the_stage_is_the_nearest_configured_day():
    deadline = timezone.now() + 10 * DAY
    days = [7, 3, 1]
    assert stage(days, deadline, deadline - 8 * DAY) is None
    assert stage(days, deadline, deadline - 7 * DAY) == 7
    assert stage(days, deadline, deadline - 5 * DAY) == 7
    assert stage(days, deadline, deadline - 2 * DAY) == 3
    assert stage(days, deadline, deadline - datetime.timedelta(hours=2)) == 1


@pytest.fixture
def units_near_deadline():
    """Five units of one cluster, the deadline in 2.5 days: not started, draft, returned,
    submitted, accepted."""
    campaign = CampaignFactory(deadline=timezone.now() + datetime.timedelta(days=2, hours=12))
    names = ["chưa bắt đầu", "nháp", "trả lại", "đã gửi", "đã tiếp nhận"]
    units = [UnitFactory(name=f"Đơn vị {name}") for name in names]
    ClusterFactory(year=campaign.year, members=units)
    UnitFactory(name="Đơn vị ngoài cụm")  # not expected to register
    registration_with_rows(campaign, units[1])
    returned = registration_with_rows(campaign, units[2])
    workflow.submit(returned, None)
    workflow.return_for_changes(returned, None, "Bổ sung chỉ tiêu")
    workflow.submit(registration_with_rows(campaign, units[3]), None)
    accepted = registration_with_rows(campaign, units[4])
    workflow.submit(accepted, None)
    workflow.accept(accepted, None)
    return campaign, units


def test_reminders_go_to_units_that_have_not_sent(units_near_deadline):
    campaign, units = units_near_deadline
    due = [r for r in due_reminders() if r.period == campaign]
    assert sorted(r.unit.name for r in due) == [
        "Đơn vị chưa bắt đầu",
        "Đơn vị nháp",
        "Đơn vị trả lại",
    ]
    assert {r.days_before for r in due} == {3}


def test_each_reminder_is_sent_once(units_near_deadline, django_capture_on_commit_callbacks):
    campaign, units = units_near_deadline
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_registration_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    ours = [m for m in mail.outbox if campaign.title in m.subject]
    assert len(ours) == 3
    assert "còn 3 ngày" in ours[0].subject
    assert "/dang-ky-thi-dua/" in ours[0].body
    assert units[0].email in {address for m in ours for address in m.to}
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        send_due_reminders()
    assert not [m for m in mail.outbox if campaign.title in m.subject]
    assert ReminderLog.objects.filter(campaign=campaign).count() == 3
    # A day later the 1-day reminder is due.
    later = timezone.now() + 2 * DAY
    assert {r.days_before for r in due_reminders(later) if r.period == campaign} == {1}


def test_an_extension_moves_the_reminder(units_near_deadline):
    campaign, units = units_near_deadline
    draft = Registration.objects.get(campaign=campaign, unit=units[1])
    workflow.reopen(draft, None, until=timezone.now() + 20 * DAY)
    due_units = {r.unit for r in due_reminders() if r.period == campaign}
    assert units[1] not in due_units and units[0] in due_units


def test_report_windows_have_their_own_reminders():
    window = ReportWindowFactory(deadline=timezone.now() + datetime.timedelta(hours=20))
    waiting, done = UnitFactory(), UnitFactory()
    ClusterFactory(year=window.campaign.year, members=[waiting, done])
    from registrations.views.reports import start_report

    report = start_report(window, done, None)
    workflow.submit(report, None)
    due = [r for r in due_reminders() if r.period == window]
    assert [(r.unit, r.days_before) for r in due] == [(waiting, 1)]
