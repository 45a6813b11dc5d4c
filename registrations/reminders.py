"""Reminder e-mails to units that have not yet sent their registration or report, a set
number of days before the deadline (Campaign.reminder_days, e.g. 7, 3 and 1 days).

Run by `manage.py send_registration_reminders` (daily, from cron) or its task. Each unit gets
each reminder at most once (ReminderLog), so running it again, or on two servers, sends
nothing twice; a run that was missed sends only the reminder due now, not the older ones."""

from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import task

from core.mail import send_templated_email, site_url
from registrations.models import (
    EDITABLE_STATES,
    Campaign,
    Registration,
    RegistrationPortalPage,
    ReminderLog,
    ReportWindow,
    ResultReport,
    Unit,
)


@dataclass
class Reminder:
    unit: Unit
    period: object  # a Campaign or a ReportWindow
    deadline: object
    days_before: int

    @property
    def is_report(self):
        return isinstance(self.period, ReportWindow)


def stage(days, deadline, now):
    """The reminder due now: the smallest number of days that the time left is within."""
    left = deadline - now
    due = [day for day in days if left <= timedelta(days=day)]
    return min(due) if due else None


def expected_units(year):
    """Units expected to register and report in a year: the members of its clusters."""
    return Unit.objects.filter(clusters__year=year).distinct()


def _pending(period, records, units, days, now, sent):
    """Reminders for one campaign or window: units with no record, or a draft or returned
    one, whose (possibly extended) deadline is near."""
    by_unit = {record.unit_id: record for record in records}
    reminders = []
    for unit in units:
        record = by_unit.get(unit.pk)
        if record is not None and record.state not in EDITABLE_STATES:
            continue
        deadline = record.effective_deadline if record else period.deadline
        if deadline <= now:
            continue
        day = stage(days, deadline, now)
        if day is not None and (unit.pk, day) not in sent:
            reminders.append(Reminder(unit, period, deadline, day))
    return reminders


def due_reminders(now=None):
    """Every reminder due now and not yet sent."""
    now = now or timezone.now()
    reminders = []
    campaigns = Campaign.objects.filter(opens_at__lte=now).filter(
        deadline__gt=now - timedelta(days=365)
    )
    for campaign in campaigns:
        days = campaign.reminder_day_list
        units = list(expected_units(campaign.year))
        sent = set(
            ReminderLog.objects.filter(campaign=campaign, window=None).values_list(
                "unit_id", "days_before"
            )
        )
        registrations = Registration.objects.filter(campaign=campaign).select_related("campaign")
        reminders += _pending(campaign, registrations, units, days, now, sent)
        for window in campaign.windows.filter(opens_at__lte=now):
            sent = set(
                ReminderLog.objects.filter(window=window).values_list("unit_id", "days_before")
            )
            reports = ResultReport.objects.filter(window=window).select_related("window")
            reminders += _pending(window, reports, units, days, now, sent)
    return reminders


def portal_url():
    page = RegistrationPortalPage.objects.live().first()
    return site_url(page.url if page and page.url else "/dang-ky-thi-dua/")


def send_reminder(reminder, url=None):
    """Record the reminder, then e-mail it; False when it was already recorded."""
    period = reminder.period
    log = {"unit": reminder.unit, "days_before": reminder.days_before}
    if reminder.is_report:
        log.update(window=period, campaign=period.campaign)
    else:
        log.update(campaign=period, window=None)
    try:
        with transaction.atomic():
            ReminderLog.objects.create(**log)
            send_templated_email(
                "registrations/email/reminder",
                {
                    "unit": reminder.unit,
                    "period": period,
                    "deadline": reminder.deadline,
                    "days_before": reminder.days_before,
                    "is_report": reminder.is_report,
                    "url": url or portal_url(),
                },
                reminder.unit.contact_emails(),
            )
    except IntegrityError:  # another run recorded it first
        return False
    return True


def send_due_reminders(now=None):
    url = portal_url()
    return sum(send_reminder(reminder, url) for reminder in due_reminders(now))


@task()
def send_reminders_task():
    return send_due_reminders()
