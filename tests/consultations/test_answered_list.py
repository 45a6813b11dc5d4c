"""/hoi-dap/: the published answers filtered by topic (`chu-de`) and words (`q`)."""

import pytest

from consultations.models import AnsweredQuestionPage

pytestmark = pytest.mark.django_db
LIST = "/hoi-dap/"


def shown(response):
    return {page.pk for page in response.context["answers"]}


def test_a_topic_narrows_the_list_and_stays_chosen(client):
    page = AnsweredQuestionPage.objects.live().exclude(topic=None).first()
    response = client.get(LIST, {"chu-de": page.topic.slug})
    assert response.status_code == 200
    assert page.pk in shown(response)
    assert {answer.topic_id for answer in response.context["answers"]} == {page.topic_id}
    assert response.context["topic"] == page.topic
    assert response.context["filter_query"] == f"chu-de={page.topic.slug}"


@pytest.mark.parametrize(
    "params",
    [
        {"chu-de": "khong-co-chu-de-nay"},
        {"chu-de": "\x00"},
        {"trang": "abc"},
        {"q": "!!!"},
    ],
)
def test_a_wrong_value_is_ignored(client, params):
    everything = shown(client.get(LIST))
    response = client.get(LIST, params)
    assert response.status_code == 200
    assert shown(response) == everything
    assert response.context["topic"] is None
    assert "chu-de" not in response.context["filter_query"]


def test_words_are_found_without_diacritics_and_cut_to_length(client):
    response = client.get(LIST, {"q": "  ho so  ", "trang": "2"})
    assert response.context["query"] == "ho so"
    assert response.context["filter_query"] == "q=ho+so"
    assert client.get(LIST, {"q": "a" * 500}).context["query"] == "a" * 200
