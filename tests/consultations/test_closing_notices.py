"""The secretariat hears once when a consultation round closes, with its counts."""

import datetime

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from consultations.models import ConsultationPage, ModerationState, PortalComment
from consultations.moderation import send_closing_notices
from core.mail import retry_delay
from tests.consultations.factories import ConsultationPageFactory, NomineePageFactory
from tests.consultations.helpers import submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def round_with_opinions(client, section, django_capture_on_commit_callbacks):
    consultation = ConsultationPageFactory(parent=section("lay-y-kien"))
    nominee = NomineePageFactory(parent=consultation)
    cache.clear()  # the rate limits of other tests
    for number, stance in enumerate(("agree", "agree", "disagree")):
        with django_capture_on_commit_callbacks(execute=True):
            response = submit(client, nominee.url, stance=stance, email=f"nguoi{number}@example.vn")
        assert response.status_code == 303
        client.cookies.clear()
    PortalComment.objects.filter(round=consultation).filter(stance="disagree").update(
        moderation_state=ModerationState.APPROVED
    )
    mail.outbox.clear()
    return consultation


def test_no_notice_while_the_round_is_open(round_with_opinions):
    assert send_closing_notices() == 0
    assert mail.outbox == []


def test_one_notice_with_the_counts_once_the_round_has_closed(
    round_with_opinions, django_capture_on_commit_callbacks
):
    after_closing = round_with_opinions.closes_at + datetime.timedelta(minutes=5)
    with django_capture_on_commit_callbacks(execute=True):
        # The demo's own open round may close before this one: it is told about too.
        assert send_closing_notices(now=after_closing) >= 1
    notices = [m for m in mail.outbox if round_with_opinions.title in m.subject]
    assert len(notices) == 1
    body = notices[0].body
    assert notices[0].subject.startswith("Đã kết thúc lấy ý kiến")
    assert "Tổng số ý kiến nhận được: 3" in body
    assert "- Đồng ý: 2" in body and "- Không đồng ý: 1" in body
    assert "Còn chờ kiểm duyệt hoặc xác minh: 2" in body
    assert f"/y-kien/bao-cao/{round_with_opinions.pk}/" in body
    # Nobody's contact details go into the notice.
    assert "@example.vn" not in body and "0912" not in body

    # A second run (or a second machine) sends nothing more about this round (the demo's own
    # round may close within that hour, depending on the day the suite runs).
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        send_closing_notices(now=after_closing + datetime.timedelta(hours=1))
    assert not [m for m in mail.outbox if round_with_opinions.title in m.subject]
    stored = ConsultationPage.objects.get(pk=round_with_opinions.pk)
    assert stored.closing_notice_sent_at == after_closing


def test_the_command_runs_the_job(round_with_opinions, capsys):
    ConsultationPage.objects.filter(pk=round_with_opinions.pk).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    call_command("send_consultation_closing_notices")
    assert "Đã gửi thông báo cho 1 đợt" in capsys.readouterr().out


def test_email_retries_wait_longer_each_time(settings):
    settings.EMAIL_RETRY_FIRST_DELAY = 120
    delays = [retry_delay(attempt).total_seconds() for attempt in range(1, 10)]
    assert delays[:4] == [120, 240, 480, 960]
    assert max(delays) == 6 * 60 * 60
