"""Deadlines in working days (holidays are data), and consent texts kept word for word."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from consultations.models import Holiday
from privacy.models import ConsentPurpose, ConsentText, DataRequest, RequestKind, token_digest

pytestmark = pytest.mark.django_db
HCM = ZoneInfo("Asia/Ho_Chi_Minh")
# Tết Đinh Mùi 2027 as the office's calendar has it: Friday 5/2, then Monday 8/2 – Thursday 11/2.
TET_2027 = [
    date(2027, 2, 5),
    date(2027, 2, 8),
    date(2027, 2, 9),
    date(2027, 2, 10),
    date(2027, 2, 11),
]


@pytest.fixture
def tet_2027():
    Holiday.objects.filter(date__range=(date(2027, 1, 20), date(2027, 3, 31))).delete()
    for day in TET_2027:
        Holiday.objects.create(date=day, name="Tết Nguyên đán Đinh Mùi")


def confirmed(kind, when, number):
    return DataRequest.objects.create(
        kind=kind, email="a@example.vn", confirmed_at=when, confirmation_digest=token_digest(number)
    )


def local(moment):
    return timezone.localtime(moment, HCM).replace(tzinfo=None)


@pytest.mark.parametrize(
    ("kind", "due"),
    [
        (RequestKind.ACCESS, datetime(2027, 2, 24, 9)),  # 10 working days
        (RequestKind.CORRECT, datetime(2027, 2, 24, 9)),  # 10
        (RequestKind.WITHDRAW, datetime(2027, 3, 3, 9)),  # 15
        (RequestKind.RESTRICT, datetime(2027, 3, 3, 9)),  # 15
        (RequestKind.DELETE, datetime(2027, 3, 10, 9)),  # 20
    ],
)
def test_deadlines_skip_tet_2027_and_weekends(tet_2027, kind, due):
    # Wednesday 3/2/2027 09:00, the day before the last working day ahead of Tết.
    request = confirmed(kind, datetime(2027, 2, 3, 9, tzinfo=HCM), kind)
    # Acknowledged within 2 working days: Wednesday's 15 hours, Thursday, then Friday 12/2.
    assert local(request.acknowledge_by) == datetime(2027, 2, 12, 9)
    assert local(request.due_by) == due


def test_without_the_holidays_the_deadline_would_be_a_week_earlier():
    Holiday.objects.filter(date__range=(date(2027, 1, 20), date(2027, 3, 31))).delete()
    request = confirmed(RequestKind.ACCESS, datetime(2027, 2, 3, 9, tzinfo=HCM), "plain")
    assert local(request.due_by) == datetime(2027, 2, 17, 9)


def test_deadlines_are_settings(tet_2027, settings):
    settings.PRIVACY_ANSWER_WORKING_DAYS = {"access": 5}
    settings.PRIVACY_ACKNOWLEDGE_WORKING_DAYS = 1
    request = confirmed(RequestKind.ACCESS, datetime(2027, 2, 3, 9, tzinfo=HCM), "short")
    assert local(request.acknowledge_by) == datetime(2027, 2, 4, 9)
    # Wed 15 h, Thu, Fri 12, Mon 15, Tue 16, then 9 hours of Wednesday 17/2.
    assert local(request.due_by) == datetime(2027, 2, 17, 9)


def test_overdue_is_an_open_request_past_its_deadline(tet_2027):
    request = confirmed(RequestKind.ACCESS, datetime(2027, 2, 3, 9, tzinfo=HCM), "late")
    after = datetime(2027, 2, 24, 10, tzinfo=HCM)
    assert request.is_overdue(after)
    assert not request.is_overdue(datetime(2027, 2, 24, 8, tzinfo=HCM))
    assert list(DataRequest.objects.overdue(after)) == [request]
    request.status = "done"
    request.save()
    assert not request.is_overdue(after)
    assert not DataRequest.objects.overdue(after).exists()


def test_a_request_gets_a_reference_code():
    request = confirmed(RequestKind.DELETE, timezone.now(), "code")
    assert request.reference_code.startswith(f"DL-{timezone.localdate().year}-")


def test_a_consent_text_is_versioned_when_its_words_change():
    first = ConsentText.for_shown(ConsentPurpose.QUESTION, "Lời đồng ý thứ nhất.")
    again = ConsentText.for_shown(ConsentPurpose.QUESTION, "Lời đồng ý thứ nhất.")
    changed = ConsentText.for_shown(ConsentPurpose.QUESTION, "Lời đồng ý đã sửa.")
    other_purpose = ConsentText.for_shown(ConsentPurpose.OPINION, "Lời đồng ý thứ nhất.")
    assert again == first
    assert changed.version == first.version + 1
    assert changed.text == "Lời đồng ý đã sửa."
    assert other_purpose.purpose == ConsentPurpose.OPINION
    assert other_purpose != first
