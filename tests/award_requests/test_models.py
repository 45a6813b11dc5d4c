"""Deadlines in working days from the rules the secretariat edits, and what counts as overdue."""

from datetime import date, datetime, timedelta

import pytest
from django.utils import timezone

from award_requests.models import AwardRequest, KindRule, RequestStatus
from consultations.models import Holiday

pytestmark = pytest.mark.django_db


def at(*args):
    return timezone.make_aware(datetime(*args))


def make(kind, submitted_at):
    return AwardRequest.objects.create(
        kind=kind,
        submitted_at=submitted_at,
        requester_name="Bế Thị Hoa",
        requester_phone="0912345678",
        requester_address="Thôn Nà Làng",
        relation="ban_than",
        awardee_name="Bế Thị Hoa",
        reason="Xác nhận.",
    )


def test_the_default_rules_are_data_with_their_legal_basis():
    days = dict(KindRule.objects.values_list("kind", "answer_working_days"))
    assert days == {"xac_nhan": 10, "cap_doi": 20, "cap_lai": 20}
    assert "152/2025/NĐ-CP" in KindRule.objects.get(kind="cap_lai").legal_basis


def test_deadlines_skip_weekends_and_holidays():
    # Monday 7/12/2026 09:00; Tuesday 8/12 a holiday in the office's calendar.
    Holiday.objects.create(date=date(2026, 12, 8), name="Ngày nghỉ thử")
    request = make("xac_nhan", at(2026, 12, 7, 9))
    assert request.acknowledge_by == at(2026, 12, 10, 9)
    assert request.due_by == at(2026, 12, 22, 9)
    assert request.reference_code.startswith("XN-")
    assert "Luật Thi đua, khen thưởng" in request.legal_basis


def test_an_edited_rule_applies_to_new_requests():
    KindRule.objects.filter(kind="cap_doi").update(
        answer_working_days=5, legal_basis="Thông tư mới số 99/2027/TT-BNV."
    )
    request = make("cap_doi", at(2026, 12, 7, 9))
    assert request.due_by == at(2026, 12, 14, 9)
    assert request.legal_basis == "Thông tư mới số 99/2027/TT-BNV."


def test_overdue_means_open_and_past_a_deadline():
    now = timezone.now()
    late = make("xac_nhan", now - timedelta(days=40))
    unacknowledged = make("xac_nhan", now - timedelta(days=5))
    fresh = make("xac_nhan", now)
    closed = make("xac_nhan", now - timedelta(days=40))
    closed.status = RequestStatus.ANSWERED
    closed.save()
    overdue = set(AwardRequest.objects.overdue())
    assert overdue == {late, unacknowledged}
    assert late.is_overdue() and not fresh.is_overdue() and not closed.is_overdue()
    unacknowledged.status = RequestStatus.ACKNOWLEDGED
    unacknowledged.save()
    assert not unacknowledged.is_overdue()
