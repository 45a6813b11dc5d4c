"""Retention of reader comments' and questions' contact data: erased by the daily job
(erase_commenter_contacts) once their configured months are over, name and text kept."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.utils import timezone

from consultations import moderation
from consultations.models import ModerationAction, PortalComment, Question, QuestionState

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_page(db):
    from news.models import NewsPage

    return NewsPage.objects.live().filter(allow_comments=True).first()


def reader_comment(page, sent_days_ago, number):
    comment = PortalComment(
        content_type=ContentType.objects.get_for_model(page),
        object_pk=str(page.pk),
        site_id=1,
        user_name=f"Bạn đọc {number}",
        user_email=f"bandoc{number}@example.vn",
        comment=f"Bình luận số {number}",
        submit_date=timezone.now() - datetime.timedelta(days=sent_days_ago),
        is_public=True,
        page_id=page.pk,
        ip_address="203.0.113.7",
        consent_at=timezone.now(),
    )
    comment.save()
    return comment


def question(number, *, sent_days_ago, answered_days_ago=None):
    now = timezone.now()
    return Question.objects.create(
        name=f"Người hỏi {number}",
        email=f"nguoihoi{number}@example.vn",
        phone="0912 345 678",
        text=f"Câu hỏi số {number}",
        ip_address="203.0.113.8",
        submitted_at=now - datetime.timedelta(days=sent_days_ago),
        state=QuestionState.ANSWERED if answered_days_ago is not None else QuestionState.RECEIVED,
        answer="<p>Trả lời.</p>" if answered_days_ago is not None else "",
        answered_at=(
            now - datetime.timedelta(days=answered_days_ago)
            if answered_days_ago is not None
            else None
        ),
    )


def test_reader_comments_lose_their_contacts_after_the_configured_months(news_page, settings):
    settings.READER_COMMENT_CONTACT_RETENTION_MONTHS = 6
    old = reader_comment(news_page, 200, 1)
    recent = reader_comment(news_page, 150, 2)

    call_command("erase_commenter_contacts", verbosity=0)

    old.refresh_from_db()
    assert (old.user_email, old.phone, old.address, old.ip_address) == ("", "", "", None)
    assert old.user_name == "Bạn đọc 1" and old.comment == "Bình luận số 1"
    assert old.contacts_erased_at is not None
    assert old.moderation_log.filter(action=ModerationAction.ERASE).exists()
    recent.refresh_from_db()
    assert recent.user_email == "bandoc2@example.vn" and recent.ip_address == "203.0.113.7"
    # Once erased, a comment is not counted (nor logged) again.
    assert moderation.erase_expired_contacts()["reader_comments"] == 0


def test_reader_comment_retention_is_a_setting(news_page, settings):
    settings.READER_COMMENT_CONTACT_RETENTION_MONTHS = 12
    comment = reader_comment(news_page, 200, 1)
    assert moderation.erase_expired_contacts()["reader_comments"] == 0
    comment.refresh_from_db()
    assert comment.user_email


def test_questions_lose_their_contacts_after_the_configured_months(settings):
    settings.QUESTION_CONTACT_RETENTION_MONTHS = 6
    moderation.erase_expired_contacts()  # the demo's own old questions first
    answered_long_ago = question(1, sent_days_ago=400, answered_days_ago=200)
    answered_lately = question(2, sent_days_ago=400, answered_days_ago=30)
    never_answered = question(3, sent_days_ago=200)
    sent_lately = question(4, sent_days_ago=20)

    erased = moderation.erase_expired_contacts()

    assert erased["questions"] == 2
    for item in (answered_long_ago, never_answered):
        item.refresh_from_db()
        assert (item.email, item.phone, item.ip_address) == ("", "", None)
        assert item.name.startswith("Người hỏi") and item.text.startswith("Câu hỏi số")
    for item in (answered_lately, sent_lately):
        item.refresh_from_db()
        assert item.email and item.phone and item.ip_address
    assert moderation.erase_expired_contacts()["questions"] == 0


def test_an_erased_question_can_no_longer_be_tracked(client, settings):
    settings.QUESTION_CONTACT_RETENTION_MONTHS = 6
    item = question(1, sent_days_ago=400, answered_days_ago=200)
    found = client.post("/hoi-dap/tra-cuu/", {"code": item.reference_code, "email": item.email})
    assert found.status_code == 200
    moderation.erase_expired_contacts()
    gone = client.post("/hoi-dap/tra-cuu/", {"code": item.reference_code, "email": item.email})
    assert gone.status_code == 404


def test_the_command_reports_every_kind(news_page, settings, capsys):
    settings.READER_COMMENT_CONTACT_RETENTION_MONTHS = 1
    settings.QUESTION_CONTACT_RETENTION_MONTHS = 1
    reader_comment(news_page, 100, 1)
    question(1, sent_days_ago=100)
    call_command("erase_commenter_contacts")
    out = capsys.readouterr().out
    assert "bình luận của bạn đọc" in out and "câu hỏi" in out


def test_the_privacy_page_states_each_period_and_how_to_use_ones_rights(client, settings):
    from django.utils.html import strip_tags

    html = client.get("/chinh-sach-bao-ve-du-lieu-ca-nhan/").content.decode()
    text = " ".join(strip_tags(html).split())
    for months in (
        settings.CONSULTATION_CONTACT_RETENTION_MONTHS,
        settings.READER_COMMENT_CONTACT_RETENTION_MONTHS,
        settings.QUESTION_CONTACT_RETENTION_MONTHS,
        settings.PRIVACY_REQUEST_RETENTION_MONTHS,
    ):
        assert f"{months} tháng" in text
    assert '<a href="/du-lieu-ca-nhan/">' in html and "Yêu cầu về dữ liệu cá nhân" in text
    assert "91/2025/QH15" in text and "356/2025/NĐ-CP" in text and "13/2023" not in text
    assert "72 giờ" in text and "bantdkt@langson.gov.vn" in text


def test_the_command_also_clears_personal_data_requests(capsys):
    from privacy.models import DataRequest, RequestStatus, token_digest

    done_at = timezone.now() - datetime.timedelta(days=40 * 31)
    request = DataRequest.objects.create(
        kind="delete",
        email="yeucau@example.vn",
        confirmation_digest=token_digest("command"),
        confirmed_at=done_at - datetime.timedelta(days=5),
        status=RequestStatus.DONE,
        done_at=done_at,
    )
    call_command("erase_commenter_contacts")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Đã xóa thông tin liên hệ của ")
    assert "bình luận của bạn đọc" in lines[0]
    assert lines[1].startswith("Đã xóa thông tin người yêu cầu của 1 yêu cầu về dữ liệu cá nhân")
    request.refresh_from_db()
    assert request.email == "[đã xóa]" and request.reference_code.startswith("DL")
