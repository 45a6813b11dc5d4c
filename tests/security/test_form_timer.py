"""The "filled too fast" check cannot be skipped: a form's token keeps counting from when the
form was first shown to the visitor, whatever invalid POST came in between. Before, any
invalid POST (even one with a forged token) got back a fresh token dated in the past, ready
to be sent at once."""

from unittest import mock

import pytest
from django.core import signing
from django.test import override_settings
from django.utils import timezone

from consultations.models import PortalComment, Question
from core.antispam import TOKEN_SALT
from tests.consultations.helpers import OPINION, form_fields, form_url

pytestmark = pytest.mark.django_db

ASK = "/hoi-dap/gui-cau-hoi/"
QUESTION = {
    "kind": "question",
    "name": "Đinh Văn Tuấn",
    "email": "tuan.dinh@example.vn",
    "phone": "0978 112 233",
    "comment": "Xin hỏi thủ tục đề nghị Bằng khen của Chủ tịch UBND tỉnh?",
    "consent": "on",
}


def issued_at(html):
    return signing.loads(form_fields(html)["form_token"], salt=TOKEN_SALT)["t"]


def at(seconds_from_now):
    moment = timezone.now().timestamp() + seconds_from_now
    return mock.patch("core.antispam.time.time", return_value=moment)


@pytest.fixture(params=["question", "opinion"])
def public_form(request, nominee):
    """(address to GET and POST, what a valid submission holds, how many are stored)."""
    if request.param == "question":
        return ASK, QUESTION, Question.objects.count
    url = form_url(nominee.url)
    return url, OPINION, PortalComment.objects.filter(page_id=nominee.pk).count


@override_settings(PUBLIC_FORM_MIN_SECONDS=3)
def test_an_invalid_post_keeps_the_first_token_and_its_age(client, public_form):
    url, valid, count = public_form
    before = count()
    shown = client.get(url).content.decode()
    first = issued_at(shown)
    # A POST missing the name: refused, and the form comes back with the same token.
    response = client.post(url, {**form_fields(shown), **valid, "name": ""})
    assert response.status_code == 400
    assert issued_at(response.content.decode()) == first
    # So sending it again at once is still "too fast"…
    again = client.post(url, {**form_fields(response.content.decode()), **valid})
    assert again.status_code == 400
    assert "quá nhanh" in again.content.decode()
    assert count() == before
    # …and three seconds after the form was first shown it goes through.
    with at(3):
        assert client.post(url, {**form_fields(again.content.decode()), **valid}).status_code == 303
    assert count() == before + 1


@override_settings(PUBLIC_FORM_MIN_SECONDS=3)
def test_a_forged_token_earns_a_token_dated_now_not_in_the_past(client, public_form):
    url, valid, count = public_form
    stored_before = count()
    shown = client.get(url).content.decode()
    before = int(timezone.now().timestamp())
    forged = client.post(url, {**form_fields(shown), **valid, "form_token": "gia-mao"})
    assert forged.status_code == 400
    assert issued_at(forged.content.decode()) >= before
    sent_at_once = client.post(url, {**form_fields(forged.content.decode()), **valid})
    assert "quá nhanh" in sent_at_once.content.decode()
    assert count() == stored_before


@override_settings(PUBLIC_FORM_MIN_SECONDS=3, PUBLIC_FORM_MAX_AGE=60)
def test_an_expired_token_is_replaced_by_one_dated_now(client, public_form):
    url, valid, _count = public_form
    shown = client.get(url).content.decode()
    with at(120):
        expired = client.post(url, {**form_fields(shown), **valid})
        assert "mở quá lâu" in expired.content.decode()
        assert issued_at(expired.content.decode()) >= int(timezone.now().timestamp()) + 119
