"""The opinion, reader comment and question forms keep a proof of consent: the purpose, the
moment and the exact words shown; the box is never ticked in advance."""

import pytest
from bs4 import BeautifulSoup

from consultations.comment_forms import CommentFormBase
from consultations.models import PortalComment, Question
from privacy.models import ConsentPurpose, ConsentRecord
from tests.consultations.helpers import OPINION, READER_COMMENT, form_url, submit
from tests.consultations.test_questions import ASK, QUESTION
from tests.consultations.test_questions import ask as ask_question

pytestmark = pytest.mark.django_db
SHOWN = str(CommentFormBase.base_fields["consent"].label)


def consent_of(instance):
    return ConsentRecord.objects.get(
        content_type__model=instance._meta.model_name, object_id=instance.pk
    )


def test_an_opinion_keeps_its_consent_text(client, nominee):
    assert submit(client, nominee.url).status_code == 303
    opinion = PortalComment.objects.get(page_id=nominee.pk, user_email=OPINION["email"])
    record = consent_of(opinion)
    assert record.purpose == ConsentPurpose.OPINION
    assert record.consent_text.text == SHOWN
    assert record.given_at == opinion.consent_at
    assert SHOWN in client.get(form_url(nominee.url)).content.decode()


def test_a_reader_comment_keeps_its_consent_text(client):
    from news.models import NewsPage

    page = NewsPage.objects.live().filter(allow_comments=True).first()
    assert submit(client, page.url, READER_COMMENT).status_code == 303
    comment = PortalComment.objects.get(page_id=page.pk, user_email=READER_COMMENT["email"])
    assert consent_of(comment).purpose == ConsentPurpose.COMMENT
    assert consent_of(comment).consent_text.text == SHOWN


def test_a_question_keeps_its_consent_text(client):
    assert ask_question(client).status_code == 303
    question = Question.objects.get(email=QUESTION["email"])
    record = consent_of(question)
    assert record.purpose == ConsentPurpose.QUESTION
    assert record.consent_text.text == SHOWN
    # The same words again: the same version is pointed at.
    assert ask_question(client, email="khac@example.vn").status_code == 303
    other = Question.objects.get(email="khac@example.vn")
    assert consent_of(other).consent_text == record.consent_text


def test_no_consent_no_submission_and_the_box_is_not_ticked(client):
    before = ConsentRecord.objects.filter(content_type__model="question").count()  # the demo's
    assert ask_question(client, consent=None).status_code == 400
    assert ConsentRecord.objects.filter(content_type__model="question").count() == before
    soup = BeautifulSoup(client.get(ASK).content, "html.parser")
    box = soup.find("input", attrs={"name": "consent"})
    assert box is not None and not box.has_attr("checked")
