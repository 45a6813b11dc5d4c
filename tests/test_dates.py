"""Moments and days are written for people one way: dd/mm/yyyy HH:MM in the site's time zone."""

import datetime

from django.utils import timezone

from core.dates import format_day, format_long_day, format_moment

LATE_UTC = datetime.datetime(2026, 12, 31, 17, 30, tzinfo=datetime.UTC)


def test_a_moment_shows_in_the_sites_time_zone():
    assert format_moment(LATE_UTC) == "01/01/2027 00:30"


def test_a_moment_ignores_a_time_zone_activated_elsewhere():
    with timezone.override(datetime.UTC):
        assert format_moment(LATE_UTC) == "01/01/2027 00:30"


def test_no_moment_shows_nothing():
    assert format_moment(None) == ""


def test_a_day():
    assert format_day(datetime.date(2026, 12, 31)) == "31/12/2026"


def test_a_moments_day_is_the_local_day():
    assert format_day(LATE_UTC) == "01/01/2027"


def test_official_papers_write_the_day_in_words():
    assert format_long_day(datetime.date(2026, 12, 5)) == "ngày 05 tháng 12 năm 2026"
