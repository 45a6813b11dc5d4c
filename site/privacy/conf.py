"""Deadlines of personal-data requests in working days (Nghị định 356/2025/NĐ-CP). Settings
override them (PRIVACY_ACKNOWLEDGE_WORKING_DAYS, PRIVACY_ANSWER_WORKING_DAYS) when the law
changes."""

from django.conf import settings

ACKNOWLEDGE_WORKING_DAYS = 2
ANSWER_WORKING_DAYS = {
    "access": 10,
    "correct": 15,
    "withdraw": 15,
    "restrict": 15,
    "delete": 20,
}
# The signed links: confirming a request, and following it afterwards.
CONFIRM_MAX_AGE = 24 * 60 * 60
STATUS_MAX_AGE = 365 * 24 * 60 * 60


def acknowledge_days():
    return getattr(settings, "PRIVACY_ACKNOWLEDGE_WORKING_DAYS", ACKNOWLEDGE_WORKING_DAYS)


def answer_days(kind):
    days = {**ANSWER_WORKING_DAYS, **getattr(settings, "PRIVACY_ANSWER_WORKING_DAYS", {})}
    return days[kind]
