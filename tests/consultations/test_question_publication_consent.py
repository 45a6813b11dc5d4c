"""Publishing a question with the asker's initials is a purpose of its own: asked by its own
unticked box, proved by its own consent record, refused in the admin without it, and withdrawn
when the person has their data erased."""

import pytest
from bs4 import BeautifulSoup

from consultations.answers import sync_public_page
from consultations.forms import AskForm
from consultations.models import Question, QuestionState
from consultations.models.questions import NameDisplay
from demo import accounts as demo_accounts
from privacy.data_requests import erase
from privacy.models import ConsentPurpose, ConsentRecord, DataRequest
from tests.consultations.test_questions import ASK, QUESTION, answered
from tests.consultations.test_questions import ask as ask_question

pytestmark = pytest.mark.django_db
PUBLICATION_LABEL = str(AskForm.base_fields["publication_consent"].label)


def purposes(question):
    records = ConsentRecord.objects.filter(content_type__model="question", object_id=question.pk)
    return {record.purpose: record.consent_text.text for record in records}


def test_the_publication_box_is_separate_optional_and_not_ticked(client):
    soup = BeautifulSoup(client.get(ASK).content, "html.parser")
    box = soup.find("input", attrs={"name": "publication_consent"})
    assert box is not None and not box.has_attr("checked") and not box.has_attr("required")
    assert PUBLICATION_LABEL in soup.get_text()

    assert ask_question(client).status_code == 303
    without = Question.objects.get(email=QUESTION["email"])
    assert not without.publication_consent
    assert set(purposes(without)) == {ConsentPurpose.QUESTION}

    assert (
        ask_question(client, email="dong.y@example.vn", publication_consent="on").status_code == 303
    )
    agreed = Question.objects.get(email="dong.y@example.vn")
    assert agreed.publication_consent
    assert purposes(agreed)[ConsentPurpose.PUBLICATION] == PUBLICATION_LABEL


def test_without_consent_the_public_page_names_nobody(client, users):
    question = answered(
        users[demo_accounts.SECRETARIAT], publish=True, public_text="Xin hỏi về Bằng khen?"
    )
    page = sync_public_page(question, users[demo_accounts.SECRETARIAT])
    assert "N.T.B.N." not in client.get(page.url).content.decode()


def edit_form_data(html):
    """Every field of the admin's edit form as the browser would send it."""
    soup = BeautifulSoup(html, "html.parser")
    form = next(form for form in soup.find_all("form") if form.find(attrs={"name": "name_display"}))
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "file"):
            continue
        if field.name == "textarea":
            data[name] = field.get_text()
        elif field.name == "select":
            chosen = field.find("option", selected=True)
            data[name] = chosen.get("value", "") if chosen else ""
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        else:
            data[name] = field.get("value", "")
    return data


def test_the_admin_refuses_initials_without_consent_and_keeps_what_was_typed(client, users):
    question = answered(users[demo_accounts.SECRETARIAT])
    client.force_login(users[demo_accounts.SECRETARIAT])
    url = f"/admin/snippets/consultations/question/edit/{question.pk}/"
    data = edit_form_data(client.get(url).content.decode())
    data.update(
        publish="on", public_title="Tiêu chuẩn Chiến sĩ thi đua cơ sở", name_display="initials"
    )
    response = client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    errors = BeautifulSoup(html, "html.parser").select(".w-field__errors")
    messages = [text for error in errors if (text := error.get_text(" ", strip=True))]
    assert messages == ["Người hỏi không đồng ý ghi tên khi công khai: hãy chọn “Ẩn tên”."]
    assert "Tiêu chuẩn Chiến sĩ thi đua cơ sở" in html  # what was typed is kept
    question.refresh_from_db()
    assert not question.publish and question.public_page_id is None

    data["name_display"] = NameDisplay.HIDDEN
    assert client.post(url, data).status_code == 302
    question.refresh_from_db()
    assert question.publish and question.public_page_id is not None


def test_erasing_ones_data_withdraws_the_initials_from_a_published_answer(client, users):
    secretary = users[demo_accounts.SECRETARIAT]
    question = answered(
        secretary, publish=True, publication_consent=True, public_text="Xin hỏi về Bằng khen?"
    )
    page = sync_public_page(question, secretary)
    assert "N.T.B.N." in client.get(page.url).content.decode()
    data_request = DataRequest.objects.create(
        kind="delete", email=question.email, confirmation_digest="thu-nghiem-xoa"
    )
    erase(data_request, secretary)
    question.refresh_from_db()
    assert not question.publication_consent and question.state == QuestionState.ANSWERED
    html = client.get(page.url).content.decode()
    assert "N.T.B.N." not in html and "Xin hỏi về Bằng khen?" in html
