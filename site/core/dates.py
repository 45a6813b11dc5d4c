"""Calendar arithmetic the retention rules share (contacts of comments, questions and data
requests are erased so many months after an event), and the one way moments and days are
written for people: dd/mm/yyyy HH:MM in the site's time zone, and "ngày … tháng … năm …" in
official papers."""

import calendar
import datetime

from django.utils import timezone


def months_before(day, months):
    """The same day `months` earlier (the month's last day when it is shorter)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return day.replace(year=year, month=month + 1, day=min(day.day, last_day))


def end_of_day(day):
    """The first instant after `day`, in the site's time zone."""
    start = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min)
    return timezone.make_aware(start)


def format_moment(value):
    """A moment as people read it, "31/12/2026 17:30" in the site's time zone ("" for none)."""
    if value is None:
        return ""
    return timezone.localtime(value, timezone.get_default_timezone()).strftime("%d/%m/%Y %H:%M")


def format_day(value):
    """A date, or a moment's day in the site's time zone, as "31/12/2026"."""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value, timezone.get_default_timezone())
    return value.strftime("%d/%m/%Y")


def format_long_day(day):
    """A day as official papers write it: "ngày 05 tháng 12 năm 2026"."""
    return f"ngày {day:%d} tháng {day:%m} năm {day.year}"
