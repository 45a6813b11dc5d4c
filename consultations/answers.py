"""What staff handling a question sets off: the e-mail with the answer, and the public
AnsweredQuestionPage kept in step with the question (written from its public version only)."""

from django.utils import timezone

from consultations.models import AnsweredQuestionPage, Question, QuestionIndexPage, QuestionState
from core.filters import query_string
from core.mail import send_templated_email, site_url


def after_staff_save(question, user):
    """What saving a question in the admin sets off: the public page kept in step with the
    'publish' choice, then the e-mail with the answer (once), linking to that page."""
    page = sync_public_page(question, user)
    if (
        question.state == QuestionState.ANSWERED
        and question.answer.strip()
        and question.answer_emailed_at is None
    ):
        send_templated_email(
            "consultations/email/question_answered",
            {"question": question, **answer_links(question, page)},
            [question.email],
        )
        Question.objects.filter(pk=question.pk).update(answer_emailed_at=timezone.now())


def answer_links(question, page):
    """The e-mail's links, on the site's configured base address: the public answer page when
    the answer is published, and the tracking page (the code filled in), where the answer
    shows either way."""
    index = page.get_parent().specific if page else QuestionIndexPage.objects.first()
    track_url = ""
    if index is not None:
        track = index.url + index.reverse_subpage("track")
        track_url = site_url(track + "?" + query_string({"code": question.reference_code}))
    return {"answer_url": site_url(page.url) if page else "", "track_url": track_url}


def sync_public_page(question, user=None):
    """Publish, update or withdraw the public page of a question."""
    page = (
        AnsweredQuestionPage.objects.filter(pk=question.public_page_id).first()
        if question.public_page_id
        else None
    )
    should_show = (
        question.publish and question.state == QuestionState.ANSWERED and question.answer.strip()
    )
    if not should_show:
        if page is not None and page.live:
            page.unpublish(user=user)
        return None
    fields = {
        "title": question.public_heading,
        "kind": question.kind,
        "topic": question.topic,
        "asker": question.public_name,
        "question_text": question.public_question,
        "answer": question.answer,
        "asked_on": timezone.localtime(question.submitted_at).date(),
        "answered_on": timezone.localtime(question.answered_at or timezone.now()).date(),
        "is_faq": question.is_faq,
    }
    if page is None:
        index = QuestionIndexPage.objects.first()
        page = AnsweredQuestionPage(slug=question.reference_code.lower(), live=False, **fields)
        index.add_child(instance=page)
        Question.objects.filter(pk=question.pk).update(public_page=page)
        question.public_page = page
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    page.save_revision(user=user, log_action=True).publish(user=user)
    return page
