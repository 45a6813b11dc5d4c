"""Every e-mail links to what it is about, on the site's configured base address (BASE_URL,
settings.WAGTAILADMIN_BASE_URL): never example.com, never the address a request came in on.
Each e-mail is sent through the code that sends it and its links are read from the body."""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from consultations import moderation
from consultations.answers import after_staff_save
from consultations.models import ConsultationPage, PortalComment, Question, QuestionState
from demo import accounts as demo_accounts
from registrations import workflow
from registrations.accounts import invite_officer
from registrations.admin_views.common import email_unit
from registrations.models import RegistrationPortalPage, UnitOfficer
from registrations.reminders import Reminder, send_reminder
from registrations.views.common import email_sent
from tests.consultations.factories import ConsultationPageFactory, NomineePageFactory
from tests.consultations.helpers import OPINION, READER_COMMENT, submit
from tests.factories import NewsPageFactory
from tests.registrations.factories import (
    CampaignFactory,
    UnitFactory,
    officer_for,
    registration_with_rows,
)

pytestmark = pytest.mark.django_db
BASE = "https://thiduakhenthuong.langson.gov.vn"
URL = re.compile(r"https?://[^\s\"'<>]+")


@pytest.fixture(autouse=True)
def province_base_url(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def secretary(users):
    return users[demo_accounts.SECRETARIAT]


def links(message):
    """The addresses in an e-mail; each on the configured base address."""
    found = URL.findall(message.body)
    assert found, f"no link in {message.subject!r}"
    for url in found:
        assert url.startswith(BASE + "/"), url
    assert "example.com" not in message.body and "testserver" not in message.body
    return found


def only_mail(subject_part):
    messages = [message for message in mail.outbox if subject_part in message.subject]
    assert len(messages) == 1, [message.subject for message in mail.outbox]
    return messages[0]


def test_every_email_template_carries_a_link():
    templates = Path(settings.BASE_DIR).glob("templates/*/email/*.txt")
    bodies = [path for path in templates if not path.name.endswith("_subject.txt")]
    assert len(bodies) >= 15
    for path in bodies:
        text = path.read_text()
        assert re.search(r"\{\{ *\w*url\w* *\}\}|\{% url ", text), path


def test_opinion_confirmation_links_to_the_nominee_and_the_status_page(
    client, section, django_capture_on_commit_callbacks
):
    nominee = NomineePageFactory(parent=ConsultationPageFactory(parent=section("lay-y-kien")))
    with django_capture_on_commit_callbacks(execute=True):
        # A request on another host name changes nothing in the e-mail.
        submit(client, nominee.url, HTTP_HOST="localhost")
    opinion = PortalComment.objects.get(page_id=nominee.pk)
    found = links(only_mail(opinion.reference_code))
    assert BASE + nominee.url in found
    assert f"{BASE}/tra-cuu-y-kien/?code={opinion.reference_code}" in found
    # The links lead somewhere.
    assert client.get(nominee.url).status_code == 200
    assert client.get(f"/tra-cuu-y-kien/?code={opinion.reference_code}").status_code == 200


def test_reader_comment_confirmation_links_to_the_article(
    client, section, django_capture_on_commit_callbacks
):
    article = NewsPageFactory(parent=section("tin-tuc"))
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, article.url, READER_COMMENT)
    comment = PortalComment.objects.get(page_id=article.pk)
    found = links(only_mail(comment.reference_code))
    assert BASE + article.url in found
    assert f"{BASE}/tra-cuu-y-kien/?code={comment.reference_code}" in found


def test_the_councils_answer_to_an_opinion_links_to_the_page_and_the_status(
    client, section, secretary, django_capture_on_commit_callbacks
):
    nominee = NomineePageFactory(parent=ConsultationPageFactory(parent=section("lay-y-kien")))
    submit(client, nominee.url)
    opinion = PortalComment.objects.get(page_id=nominee.pk)
    moderation.approve([opinion], secretary)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        moderation.reply_officially(opinion, secretary, "Hội đồng đã xác minh, thông tin đúng.")
    message = only_mail(f"Trả lời ý kiến mã {opinion.reference_code}")
    assert message.to == [OPINION["email"]]
    found = links(message)
    assert BASE + nominee.url in found
    assert f"{BASE}/tra-cuu-y-kien/?code={opinion.reference_code}" in found


def answered_question(secretary, **fields):
    return Question.objects.create(
        name="Nguyễn Thị Bích Ngọc",
        email="ngoc.nguyen@example.vn",
        text="Xin hỏi tiêu chuẩn Chiến sĩ thi đua cơ sở?",
        state=QuestionState.ANSWERED,
        answer="<p>Theo Luật Thi đua, khen thưởng 2022, danh hiệu này xét hằng năm.</p>",
        consent_at=timezone.now(),
        assigned_to=secretary,
        **fields,
    )


def test_the_answer_to_a_question_links_to_its_public_page(
    secretary, django_capture_on_commit_callbacks
):
    question = answered_question(
        secretary,
        publish=True,
        publication_consent=True,
        public_text="Xin hỏi tiêu chuẩn Chiến sĩ thi đua cơ sở?",
    )
    with django_capture_on_commit_callbacks(execute=True):
        after_staff_save(question, secretary)
    question.refresh_from_db()
    found = links(only_mail(f"Trả lời câu hỏi mã {question.reference_code}"))
    assert BASE + question.public_page.url in found
    assert f"{BASE}/hoi-dap/tra-cuu/?code={question.reference_code}" in found


def test_an_answer_kept_private_links_to_the_tracking_page(
    secretary, django_capture_on_commit_callbacks
):
    question = answered_question(secretary, publish=False)
    with django_capture_on_commit_callbacks(execute=True):
        after_staff_save(question, secretary)
    found = links(only_mail(f"Trả lời câu hỏi mã {question.reference_code}"))
    assert found == [f"{BASE}/hoi-dap/tra-cuu/?code={question.reference_code}"]


def test_the_moderation_digest_links_to_the_queue_and_each_comment(
    client, section, django_capture_on_commit_callbacks
):
    nominee = NomineePageFactory(parent=ConsultationPageFactory(parent=section("lay-y-kien")))
    submit(client, nominee.url)
    opinion = PortalComment.objects.get(page_id=nominee.pk)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert moderation.send_moderation_digest() >= 1
    found = links(only_mail("chờ kiểm duyệt"))
    admin = f"{BASE}/{settings.ADMIN_PATH}"
    assert f"{admin}/y-kien/?state=pending" in found
    assert f"{admin}/y-kien/{opinion.pk}/" in found


def test_the_closing_notice_links_to_the_rounds_report(section, django_capture_on_commit_callbacks):
    now = timezone.now()
    ConsultationPage.objects.filter(closing_notice_sent_at=None).update(closing_notice_sent_at=now)
    consultation = ConsultationPageFactory(
        parent=section("lay-y-kien"),
        opens_at=now - datetime.timedelta(days=30),
        closes_at=now - datetime.timedelta(hours=1),
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert moderation.send_closing_notices(now) == 1
    found = links(only_mail(consultation.title))
    report = reverse("consultations_admin:report", args=[consultation.pk])
    assert BASE + report in found


def test_registration_emails_link_to_the_units_registration(
    users, django_capture_on_commit_callbacks
):
    portal = RegistrationPortalPage.objects.live().get()
    campaign = CampaignFactory()
    unit = UnitFactory()
    officer = officer_for(unit)
    registration_url = (
        BASE + portal.url + portal.reverse_subpage("registration", args=[campaign.pk])
    )
    with django_capture_on_commit_callbacks(execute=True):
        record = workflow.submit(registration_with_rows(campaign, unit), officer)[0]
        email_sent(None, portal, record, "registration_sent", campaign.pk)
        email_unit(record, "office_accepted")
    submitted = [message for message in mail.outbox if message.subject.startswith("Đã nhận")]
    assert links(submitted[-1]) == [registration_url + "da-gui/"]
    assert links(only_mail("Đã tiếp nhận")) == [registration_url]

    mail.outbox.clear()
    record.return_reason = "Bổ sung chỉ tiêu về cải cách hành chính."
    with django_capture_on_commit_callbacks(execute=True):
        email_unit(record, "office_returned")
        send_reminder(Reminder(unit, campaign, campaign.deadline, 3))
        invite_officer(UnitOfficer.objects.get(user=officer))
    assert links(only_mail("Trả lại")) == [registration_url]
    assert links(only_mail("Nhắc hạn")) == [BASE + portal.url]
    invitation = links(only_mail("Tài khoản cán bộ thi đua"))
    assert f"{BASE}{reverse('accounts:login')}" in invitation


def test_proposal_emails_link_to_the_proposals_status_page(django_capture_on_commit_callbacks):
    from tests.registrations.proposals.factories import ProposalFactory

    portal = RegistrationPortalPage.objects.live().get()
    proposal = ProposalFactory()
    status_url = (
        BASE + portal.url + portal.reverse_subpage("proposal_status", args=[proposal.round_id])
    )
    with django_capture_on_commit_callbacks(execute=True):
        email_unit(proposal, "office_accepted")
    message = only_mail("Đã tiếp nhận")
    assert links(message) == [status_url]
    assert "hồ sơ đề nghị khen thưởng" in message.body
