"""Closed requests keep their code, kind, dates and status as proof; the personal data, the
texts and the files go after the retention period of their kind's rule."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from award_requests.models import ERASED, KindRule, RequestStatus
from award_requests.retention import erase_expired_requests

pytestmark = pytest.mark.django_db


def close(award_request, days_ago):
    award_request.status = RequestStatus.ANSWERED
    award_request.answer = "Đã xác nhận cho ông Bế Văn Lộc."
    award_request.closed_at = timezone.now() - timedelta(days=days_ago)
    award_request.save()


def test_a_request_closed_long_ago_loses_its_personal_data(
    award_request, django_capture_on_commit_callbacks
):
    close(award_request, days_ago=6 * 365)
    scan_storage, scan_name = award_request.identity_scan.storage, award_request.identity_scan.name
    with django_capture_on_commit_callbacks(execute=True):
        call_command("erase_expired_award_requests", stdout=StringIO())
    award_request.refresh_from_db()
    assert award_request.personal_data_erased_at
    assert award_request.requester_name == ERASED and award_request.requester_phone == ERASED
    assert award_request.requester_email == "" and award_request.awardee_birth_year is None
    assert award_request.answer == ERASED and not award_request.identity_scan
    assert not scan_storage.exists(scan_name)
    assert award_request.reference_code.startswith("XN-")
    assert award_request.status == RequestStatus.ANSWERED
    assert ModelLogEntry.objects.filter(
        object_id=str(award_request.pk), action="tdkt.award_request.retention_erased"
    ).exists()
    assert erase_expired_requests() == 0  # once


def test_open_or_recent_requests_are_kept_and_the_period_is_data(award_request):
    assert erase_expired_requests() == 0  # open
    close(award_request, days_ago=60)
    assert erase_expired_requests() == 0  # within 60 months
    KindRule.objects.filter(kind=award_request.kind).update(retention_months=1)
    assert erase_expired_requests() == 1
