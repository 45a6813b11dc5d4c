"""What the law or the office's policy may change without a code change. The answer deadline,
legal basis and retention period of each kind of request are rows the secretariat edits
(`KindRule`); these are the values used until such a row exists, and the settings that
override the rest (AWARD_REQUEST_ACKNOWLEDGE_WORKING_DAYS, AWARD_REQUEST_SCAN_MAX_BYTES)."""

from django.conf import settings

ACKNOWLEDGE_WORKING_DAYS = 2
ANSWER_WORKING_DAYS = {"xac_nhan": 10, "cap_doi": 20, "cap_lai": 20}
RETENTION_MONTHS = 60
SCAN_MAX_BYTES = 5 * 1024 * 1024
# The status link e-mailed to the citizen and shown once the request is sent.
STATUS_MAX_AGE = 3 * 365 * 24 * 60 * 60


def acknowledge_days():
    return getattr(settings, "AWARD_REQUEST_ACKNOWLEDGE_WORKING_DAYS", ACKNOWLEDGE_WORKING_DAYS)


def scan_max_bytes():
    return getattr(settings, "AWARD_REQUEST_SCAN_MAX_BYTES", SCAN_MAX_BYTES)


def rate_limits():
    """Limits of the public form and of the look-up by code; settings may set them."""
    settings.RATE_LIMITS.setdefault("award-request-ip", (5, 3600))
    settings.RATE_LIMITS.setdefault("award-request-track", (20, 600))
