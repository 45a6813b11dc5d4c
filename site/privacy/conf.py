"""Deadlines of personal-data requests in working days (Nghị định 356/2025/NĐ-CP) and how long
a closed request keeps the requester's contact data. Settings override them
(PRIVACY_ACKNOWLEDGE_WORKING_DAYS, PRIVACY_ANSWER_WORKING_DAYS, PRIVACY_EXTENSION_WORKING_DAYS,
PRIVACY_REQUEST_RETENTION_MONTHS) when the law or the office's policy changes."""

from django.conf import settings

ACKNOWLEDGE_WORKING_DAYS = 2
ANSWER_WORKING_DAYS = {
    "access": 10,
    "correct": 10,
    "withdraw": 15,
    "restrict": 15,
    "delete": 20,
}
# The one extension of the answer deadline, counted from the deadline it extends.
EXTENSION_WORKING_DAYS = 10
# A closed request is proof that it was handled: it keeps its kind, dates, status and code, but
# the requester's address and free texts only this many months after it was closed.
REQUEST_RETENTION_MONTHS = 36
# The signed links: confirming a request, and following it afterwards.
CONFIRM_MAX_AGE = 24 * 60 * 60
STATUS_MAX_AGE = 365 * 24 * 60 * 60


def acknowledge_days():
    return getattr(settings, "PRIVACY_ACKNOWLEDGE_WORKING_DAYS", ACKNOWLEDGE_WORKING_DAYS)


def answer_days(kind):
    days = {**ANSWER_WORKING_DAYS, **getattr(settings, "PRIVACY_ANSWER_WORKING_DAYS", {})}
    return days[kind]


def extension_days():
    return getattr(settings, "PRIVACY_EXTENSION_WORKING_DAYS", EXTENSION_WORKING_DAYS)


def request_retention_months():
    return getattr(settings, "PRIVACY_REQUEST_RETENTION_MONTHS", REQUEST_RETENTION_MONTHS)
