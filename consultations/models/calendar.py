"""Public holidays, which the secretariat keeps as data, and the working-day arithmetic the
10-working-day public consultation rule depends on (the text a round cites is data: see
ConsultationPage.legal_document)."""

from datetime import datetime, time, timedelta

from django.core.cache import cache
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

REQUIRED_WORKING_DAYS = 10


class Holiday(models.Model):
    """A day off for public offices: Tết, 30/4, 1/5, 2/9, Giỗ Tổ… and their compensating days."""

    date = models.DateField(_("Ngày"), unique=True)
    name = models.CharField(_("Tên ngày nghỉ"), max_length=150)

    panels = [FieldPanel("date"), FieldPanel("name")]

    class Meta:
        ordering = ["-date"]
        verbose_name = _("Ngày nghỉ lễ")
        verbose_name_plural = _("Lịch nghỉ lễ")

    def __str__(self):
        return f"{self.date:%d/%m/%Y} – {self.name}"


HOLIDAYS_CACHE_KEY = "consultations:holidays"


@receiver([post_save, post_delete], sender=Holiday)
def holidays_changed(**_kwargs):
    """Every change of the calendar, one at a time or in bulk (the admin's bulk delete goes
    through a queryset, never through Holiday.delete), empties the cached list at the
    change, and again once it is committed (a reader may have cached the old list in between),
    so no deadline is counted from a stale calendar."""
    cache.delete(HOLIDAYS_CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(HOLIDAYS_CACHE_KEY))


class WorkingCalendar:
    """Working days skip Saturdays, Sundays and the holidays in the table."""

    def __init__(self, holidays=None):
        self.holidays = set(holidays) if holidays is not None else None

    @classmethod
    def cached(cls):
        """All holidays from the shared cache (the table is a few dozen rows), for listings
        that count days for many rows. Saving a holiday clears the cache."""
        holidays = cache.get(HOLIDAYS_CACHE_KEY)
        if holidays is None:
            holidays = list(Holiday.objects.values_list("date", flat=True))
            cache.set(HOLIDAYS_CACHE_KEY, holidays, 300)
        return cls(holidays)

    def _holidays(self, start, end):
        if self.holidays is None:
            self.holidays = set(
                Holiday.objects.filter(
                    date__gte=start, date__lte=end + timedelta(days=120)
                ).values_list("date", flat=True)
            )
        return self.holidays

    def is_working_day(self, day):
        return day.weekday() < 5 and day not in (self.holidays or set())

    def earliest_closing(self, opens_at, days=REQUIRED_WORKING_DAYS):
        """The first moment by which `days` whole working days (of 24 hours, counted only on
        working days) have passed since `opens_at`: opening on Monday 08:00 with no holiday
        gives Monday 08:00 two weeks later; opening on a Saturday counts from Monday 00:00."""
        local = timezone.localtime(opens_at)
        self._holidays(local.date(), local.date() + timedelta(days=days * 3))
        remaining = timedelta(days=days)
        cursor = local
        tz = local.tzinfo
        while True:
            next_midnight = datetime.combine(cursor.date() + timedelta(days=1), time.min, tz)
            if self.is_working_day(cursor.date()):
                available = next_midnight - cursor
                if remaining <= available:
                    return cursor + remaining
                remaining -= available
            cursor = next_midnight

    def start_for(self, end, days):
        """The latest moment from which `days` whole working days have passed by `end` (the
        mirror of earliest_closing): a question sent before it is more than `days` working
        days old at `end`."""
        local = timezone.localtime(end)
        self._holidays(local.date() - timedelta(days=days * 3 + 30), local.date())
        remaining = timedelta(days=days)
        cursor = local
        tz = local.tzinfo
        while True:
            day_start = datetime.combine(cursor.date(), time.min, tz)
            if cursor == day_start:  # at midnight the day before is the one to count
                day_start = datetime.combine(cursor.date() - timedelta(days=1), time.min, tz)
            if self.is_working_day(day_start.date()):
                available = cursor - day_start
                if remaining <= available:
                    return cursor - remaining
                remaining -= available
            cursor = day_start

    def working_days_between(self, start, end):
        """Whole working days (24 h each, counted on working days) from start to end."""
        local_start, local_end = timezone.localtime(start), timezone.localtime(end)
        self._holidays(local_start.date(), local_end.date())
        total = timedelta()
        cursor = local_start
        tz = local_start.tzinfo
        while cursor < local_end:
            next_midnight = datetime.combine(cursor.date() + timedelta(days=1), time.min, tz)
            stop = min(next_midnight, local_end)
            if self.is_working_day(cursor.date()):
                total += stop - cursor
            cursor = stop
        return total / timedelta(days=1)
