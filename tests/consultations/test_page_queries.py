"""Queries of each consultation and question page type: few, and as many with three times the
content (the content grown by copying the demo's own pages).

A served page costs the pages along its address and the page itself (core.routing): 2 queries
before its own content. The view restrictions, the site and the chrome (header, menu, footer,
breadcrumbs) are built once and kept (core.routing, core.chrome)."""

import pytest

from consultations.models import (
    AnsweredQuestionPage,
    ConsultationIndexPage,
    ConsultationPage,
    GuidanceIndexPage,
    GuidancePage,
    NomineePage,
    QuestionIndexPage,
)
from tests.page_queries import CHROME_QUERIES, queries

pytestmark = pytest.mark.django_db


def copies(page, count, parent=None):
    """`count` live copies of a page, beside it (or under `parent`)."""
    for number in range(count):
        page.copy(
            to=parent or page.get_parent(),
            update_attrs={
                "slug": f"{page.slug}-ban-sao-{number}",
                "title": f"{page.title} {number}",
            },
            keep_live=True,
        )


def first(model):
    return model.objects.live().order_by("path").first()


def grown(client, page, grow):
    before = queries(client, page.url)
    grow()
    return before, queries(client, page.url)


def test_consultation_index(client):
    index = first(ConsultationIndexPage)
    rounds = ConsultationPage.objects.live().child_of(index)
    before, after = grown(client, index, lambda: copies(rounds.first(), 2 * rounds.count()))
    assert after == before <= CHROME_QUERIES + 4


def test_consultation_round(client):
    round_ = first(ConsultationPage)
    nominees = NomineePage.objects.live().child_of(round_)
    before, after = grown(client, round_, lambda: copies(nominees.first(), 2 * nominees.count()))
    assert after == before <= CHROME_QUERIES + 3


def test_nominee(client):
    nominee = first(NomineePage)
    before, after = grown(client, nominee, lambda: copies(nominee, 2))
    assert after == before
    # Beyond the 5 of every page: the round, and the opinions counted, chosen and read
    # (consultations.commenting).
    assert after <= CHROME_QUERIES + 6


def test_question_index(client):
    index = first(QuestionIndexPage)
    answers = AnsweredQuestionPage.objects.live().child_of(index)
    before, after = grown(client, index, lambda: copies(answers.first(), 2 * answers.count()))
    assert after == before <= CHROME_QUERIES + 2


def test_answered_question(client):
    answer = first(AnsweredQuestionPage)
    before, after = grown(client, answer, lambda: copies(answer, 2))
    assert after == before <= CHROME_QUERIES + 3


def test_guidance_index(client):
    index = first(GuidanceIndexPage)
    guides = GuidancePage.objects.live().child_of(index)
    before, after = grown(client, index, lambda: copies(guides.first(), 2 * guides.count()))
    assert after == before <= CHROME_QUERIES + 3


def test_guidance(client):
    guide = first(GuidancePage)
    before, after = grown(client, guide, lambda: copies(guide, 2))
    assert after == before <= CHROME_QUERIES + 2
