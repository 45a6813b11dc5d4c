"""The one extension of a request's answer deadline: a reason is required, the new date is
counted in working days, the person is told, the step is logged and shown; no second one."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from consultations.models import Holiday, WorkingCalendar
from demo import accounts as demo_accounts
from privacy import data_requests
from privacy.models import DataRequest, RequestKind, RequestStatus, token_digest
from privacy.tokens import status_token
from tests.privacy.conftest import EMAIL

pytestmark = pytest.mark.django_db
HCM = ZoneInfo("Asia/Ho_Chi_Minh")
REASON = "Cần xác minh thêm với đơn vị đã tiếp nhận ý kiến của bạn."


def extend_url(data_request):
    return reverse("privacy_admin:extend", args=[data_request.pk])


def local(moment):
    return timezone.localtime(moment, HCM).replace(tzinfo=None)


def test_the_secretariat_extends_once_with_a_reason(
    as_role, users, client, data_request, django_capture_on_commit_callbacks
):
    secretary = as_role("secretariat")
    original_due = data_request.due_by

    refused = secretary.post(extend_url(data_request), {"reason": "   "})
    assert refused.status_code == 400
    assert "Vui lòng ghi lý do gia hạn." in refused.content.decode()
    data_request.refresh_from_db()
    assert not data_request.is_extended and data_request.due_by == original_due

    with django_capture_on_commit_callbacks(execute=True):
        response = secretary.post(extend_url(data_request), {"reason": REASON})
    assert response.status_code == 302
    data_request.refresh_from_db()
    expected = WorkingCalendar().earliest_closing(original_due, 10)
    assert data_request.due_by == expected > original_due
    assert data_request.due_before_extension == original_due
    assert data_request.extension_reason == REASON
    assert data_request.extended_at and data_request.extended_by == users[demo_accounts.SECRETARIAT]
    new_date = f"{timezone.localtime(expected):%d/%m/%Y}"

    message = mail.outbox[-1]
    assert message.to == [EMAIL] and data_request.reference_code in message.subject
    assert message.body.startswith("Kính gửi")
    assert new_date in message.body and REASON in message.body
    entry = ModelLogEntry.objects.get(
        object_id=str(data_request.pk), action="tdkt.privacy.extended"
    )
    assert entry.user == users[demo_accounts.SECRETARIAT] and entry.data["due_by"].startswith(
        new_date
    )

    status = client.get(reverse("privacy:status", args=[status_token(data_request)]))
    text = status.content.decode()
    assert new_date in text and "đã gia hạn" in text and REASON in text
    detail = secretary.get(reverse("privacy_admin:detail", args=[data_request.pk]))
    assert "Đã gia hạn" in detail.content.decode() and REASON in detail.content.decode()
    queue = secretary.get(reverse("wagtailsnippets_privacy_datarequest:list")).content.decode()
    assert "Đã gia hạn" in queue and new_date in queue

    # A second extension is refused, with a clear message, and changes nothing.
    sent = len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        again = secretary.post(extend_url(data_request), {"reason": "Thêm lần nữa."})
    assert again.status_code == 400
    assert "đã được gia hạn một lần" in again.content.decode()
    data_request.refresh_from_db()
    assert data_request.due_by == expected and data_request.extension_reason == REASON
    assert len(mail.outbox) == sent
    with pytest.raises(data_requests.AlreadyExtended):
        data_requests.extend(data_request, users[demo_accounts.SECRETARIAT], "Gọi thẳng dịch vụ.")


def test_the_extension_counts_working_days_and_is_a_setting(settings, users):
    settings.PRIVACY_EXTENSION_WORKING_DAYS = 5
    Holiday.objects.filter(date__range=(date(2027, 1, 20), date(2027, 3, 31))).delete()
    Holiday.objects.create(date=date(2027, 3, 2), name="Ngày nghỉ bù")
    data_request = DataRequest.objects.create(
        kind=RequestKind.ACCESS,
        email=EMAIL,
        confirmed_at=datetime(2027, 2, 10, 9, tzinfo=HCM),
        confirmation_digest=token_digest("extension-days"),
    )
    # 10 working days from Wednesday 10/2/2027 09:00.
    assert local(data_request.due_by) == datetime(2027, 2, 24, 9)
    data_requests.extend(data_request, users[demo_accounts.SECRETARIAT], REASON)
    # Wed 24/2 15 h, Thu, Fri, Mon 1/3, (holiday Tue 2/3), Wed 3/3, then 9 hours of Thu 4/3.
    assert local(data_request.due_by) == datetime(2027, 3, 4, 9)


def test_a_closed_request_is_not_extended(as_role, data_request):
    data_request.status = RequestStatus.DONE
    data_request.done_at = timezone.now()
    data_request.save()
    response = as_role("secretariat").post(extend_url(data_request), {"reason": REASON})
    assert response.status_code == 400
    assert "không thể gia hạn" in response.content.decode()
    data_request.refresh_from_db()
    assert not data_request.is_extended


@pytest.mark.parametrize(
    ("kind", "days"),
    [("access", 10), ("correct", 10), ("withdraw", 15), ("restrict", 15), ("delete", 20)],
)
def test_answer_periods_are_those_of_the_law(kind, days):
    # 2 working days to acknowledge; 10 to see, copy or correct; 15 to withdraw consent,
    # restrict or object; 20 to delete.
    from privacy import conf

    assert conf.acknowledge_days() == 2
    assert conf.answer_days(kind) == days
