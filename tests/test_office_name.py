"""The standing office's short name comes from the site settings: the question form, the units'
pages, the e-mails and the messages say it as the province names its office."""

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from consultations.comment_forms import CommentFormBase
from consultations.models import Question
from demo import accounts as demo_accounts
from home.models import DEFAULT_OFFICE_SHORT_NAME, PortalSettings, office_short_name
from privacy.models import ConsentRecord
from registrations import workflow
from registrations.importing import units as unit_import
from tests.consultations.test_questions import ASK, QUESTION, ask
from tests.registrations.factories import (
    CampaignFactory,
    UnitFactory,
    officer_for,
    registration_with_rows,
)
from tests.registrations.test_registration import filled_form, registration_url

pytestmark = pytest.mark.django_db
PHONG = "Phòng Thi đua – Khen thưởng"


def set_office(name):
    portal = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    portal.office_short_name = name
    portal.save()


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()


@pytest.fixture
def phong():
    set_office(PHONG)


@pytest.fixture
def campaign():
    return CampaignFactory()


@pytest.fixture
def unit():
    return UnitFactory(name="Sở Khoa học và Công nghệ")


@pytest.fixture
def officer(client, unit):
    user = officer_for(unit)
    client.force_login(user)
    return user


def main_text(response):
    """The page's own content: the footer names the office in full (office_name)."""
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(soup.find("main").get_text(" ").split())


def submit_registration(client, campaign, capture):
    with capture(execute=True):
        response = client.post(
            registration_url(campaign), filled_form(client, campaign, action="submit")
        )
        response = client.post(response["Location"])  # the confirmation step sends
    assert response.status_code == 303
    return response


def test_the_helper_reads_the_default_site_and_falls_back(phong):
    assert office_short_name() == PHONG
    set_office("")
    assert office_short_name() == DEFAULT_OFFICE_SHORT_NAME


def test_the_question_form_its_consent_and_email_name_the_office(
    client, phong, django_capture_on_commit_callbacks
):
    page = main_text(client.get(ASK))
    assert f"{PHONG} tiếp nhận câu hỏi, kiến nghị, phản ánh" in page
    assert f"Tôi đồng ý để {PHONG} xử lý dữ liệu cá nhân" in page
    assert "Ban Thi đua" not in page

    with django_capture_on_commit_callbacks(execute=True):
        assert ask(client).status_code == 303
    body = mail.outbox[-1].body
    assert f"{PHONG} đã nhận câu hỏi, kiến nghị của bạn." in body
    assert "Ban Thi đua" not in body
    # The proof of consent keeps the words the form showed.
    question = Question.objects.get(email=QUESTION["email"])
    consent = ConsentRecord.objects.get(content_type__model="question", object_id=question.pk)
    assert consent.consent_text.text.startswith(f"Tôi đồng ý để {PHONG} xử lý")


def test_by_default_the_question_wording_is_unchanged(client, django_capture_on_commit_callbacks):
    page = main_text(client.get(ASK))
    assert "Ban Thi đua – Khen thưởng tiếp nhận câu hỏi, kiến nghị, phản ánh" in page
    assert str(CommentFormBase.base_fields["consent"].label) in page
    with django_capture_on_commit_callbacks(execute=True):
        assert ask(client).status_code == 303
    assert "Ban Thi đua – Khen thưởng đã nhận câu hỏi, kiến nghị của bạn." in mail.outbox[-1].body


def test_the_units_form_sent_page_and_email_name_the_office(
    client, phong, officer, campaign, django_capture_on_commit_callbacks
):
    form = main_text(client.get(registration_url(campaign)))
    assert f"chuyển tới {PHONG} và không sửa được nữa, trừ khi {PHONG} trả lại" in form
    assert "Ban Thi đua" not in form

    response = submit_registration(client, campaign, django_capture_on_commit_callbacks)
    sent = main_text(client.get(response["Location"]))
    assert f"{PHONG} sẽ xem xét và tiếp nhận" in sent
    assert "Ban Thi đua" not in sent
    body = mail.outbox[-1].body
    assert f"{PHONG} đã nhận hồ sơ của đơn vị:" in body
    assert f"{PHONG} sẽ xem xét" in body
    assert "Ban Thi đua" not in body and "Ban sẽ" not in body
    printed = main_text(client.get(registration_url(campaign, "ban-in/")))
    assert f"(qua {PHONG})" in printed


def test_by_default_the_units_wording_is_unchanged(
    client, officer, campaign, django_capture_on_commit_callbacks
):
    response = submit_registration(client, campaign, django_capture_on_commit_callbacks)
    assert "Ban Thi đua – Khen thưởng sẽ xem xét và tiếp nhận" in main_text(
        client.get(response["Location"])
    )
    assert "Ban Thi đua – Khen thưởng đã nhận hồ sơ của đơn vị:" in mail.outbox[-1].body


def test_a_returned_record_its_email_and_notice_name_the_office(
    client, phong, users, unit, officer, campaign, django_capture_on_commit_callbacks
):
    registration = registration_with_rows(campaign, unit)
    workflow.submit(registration, officer)
    staff = Client()
    staff.force_login(users[demo_accounts.SECRETARIAT])
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(
            reverse("registrations_office:registration_return", args=[registration.pk]),
            {"reason": "Bổ sung chỉ tiêu."},
        )
    assert response.status_code == 302
    body = mail.outbox[-1].body
    assert f"{PHONG} trả lại bản đăng ký thi đua “{campaign.title}”" in body
    assert "Ban Thi đua" not in body
    assert f"{PHONG} trả lại để bổ sung:" in main_text(client.get(registration_url(campaign)))


def test_a_refusal_past_the_deadline_names_the_office(phong, unit, campaign):
    registration = registration_with_rows(campaign, unit)
    campaign.deadline = timezone.now() - datetime.timedelta(hours=1)
    campaign.save(update_fields=["deadline"])
    with pytest.raises(workflow.TransitionRefused, match=f"Liên hệ {PHONG} để được gia hạn"):
        workflow.submit(registration, None)


def test_the_unit_import_template_names_the_office(phong):
    upload = SimpleUploadedFile("mau.xlsx", io.BytesIO(unit_import.template_xlsx()).getvalue())
    planned, errors = unit_import.validate(unit_import.read_rows(upload))
    assert errors == []
    office = planned[-1].values
    assert (office["name"], office["short_name"]) == (PHONG, "Phòng TĐKT")
