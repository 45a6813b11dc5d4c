"""The demo's opinions and questions carry a proof of consent like real submissions, with the
words the forms show, so a demo address's personal-data file lists them."""

import pytest
from django.contrib.contenttypes.models import ContentType

from consultations.comment_forms import OpinionForm
from consultations.forms import AskForm
from consultations.models import PortalComment, Question
from demo.builders import consultations as demo
from demo.builders import questions as demo_questions
from demo.content.consultations import EMAIL_DOMAIN
from privacy import data_requests
from privacy.models import ConsentPurpose, ConsentRecord

pytestmark = pytest.mark.django_db


def demo_opinions():
    return PortalComment.objects.filter(round__isnull=False, user_email__endswith=EMAIL_DOMAIN)


def demo_questions_():
    return Question.objects.filter(email__endswith=EMAIL_DOMAIN)


def consented(model, purpose):
    return set(
        ConsentRecord.objects.filter(
            content_type=ContentType.objects.get_for_model(model), purpose=purpose
        ).values_list("object_id", flat=True)
    )


def assert_every_demo_submission_consented():
    opinions, questions = list(demo_opinions()), list(demo_questions_())
    assert opinions and questions
    assert {o.pk for o in opinions} <= consented(PortalComment, ConsentPurpose.OPINION)
    assert {q.pk for q in questions} <= consented(Question, ConsentPurpose.QUESTION)


def test_the_seeded_demo_records_every_consent():
    assert_every_demo_submission_consented()
    opinion = demo_opinions().first()
    record = ConsentRecord.objects.get(
        content_type=ContentType.objects.get_for_model(PortalComment), object_id=opinion.pk
    )
    assert record.consent_text.text == str(OpinionForm.base_fields["consent"].label)
    assert record.given_at == opinion.submit_date

    # The secretariat's file for a demo address lists the consents given.
    question = demo_questions_().first()
    data = data_requests.personal_data(question.email)
    shown = str(AskForm.base_fields["consent"].label)
    assert data["questions"] and any(row["loi_dong_y"] == shown for row in data["consents"])


def test_seeding_again_adds_the_consents_an_older_demo_lacks(home_page):
    ConsentRecord.objects.all().delete()
    demo.build(home_page, None)
    demo_questions.build(home_page, None)
    assert_every_demo_submission_consented()
    # And adds nothing twice.
    count = ConsentRecord.objects.count()
    demo.build(home_page, None)
    demo_questions.build(home_page, None)
    assert ConsentRecord.objects.count() == count
