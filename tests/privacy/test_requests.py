"""Asking, confirming through the e-mailed link, and following the request."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from wagtail.models import ModelLogEntry

from privacy import conf
from privacy.models import DataRequest, PendingConfirmation, RequestStatus
from tests.privacy.conftest import EMAIL

pytestmark = pytest.mark.django_db
ASK = "/du-lieu-ca-nhan/"


def hidden_fields(html):
    form = BeautifulSoup(html, "html.parser").find("form", id="yeu-cau-form")
    assert form is not None
    return {
        field["name"]: field.get("value", "")
        for field in form.find_all("input")
        if field.get("type") == "hidden"
    }


def ask(client, **overrides):
    page = client.get(ASK)
    assert page.status_code == 200
    data = {**hidden_fields(page.content.decode()), "kind": "access", "email": EMAIL, **overrides}
    return client.post(ASK, data)


def link_in(message, path):
    found = re.search(r"https?://\S+(" + re.escape(path) + r"\S+)", message.body)
    assert found, message.body
    return found.group(1)


def test_a_request_is_stored_only_once_confirmed(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = ask(client, details="Tôi muốn xem các ý kiến đã gửi.")
    assert response.status_code == 303
    assert client.get(response["Location"]).status_code == 200
    assert not DataRequest.objects.exists()
    assert mail.outbox[-1].to == [EMAIL]
    confirm = link_in(mail.outbox[-1], "/du-lieu-ca-nhan/xac-nhan/")
    # The link names a pending confirmation by a random token: no address travels in it.
    assert PendingConfirmation.objects.get().email == EMAIL
    assert PendingConfirmation.objects.get().token_digest not in confirm

    # Opening the link (as a mail scanner would) confirms nothing; the button does.
    page = client.get(confirm)
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]
    assert not DataRequest.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(confirm)
    assert response.status_code == 303
    request = DataRequest.objects.get()
    assert request.email == EMAIL
    assert request.details == "Tôi muốn xem các ý kiến đã gửi."
    assert request.status == RequestStatus.RECEIVED
    assert request.due_by > request.acknowledge_by > request.confirmed_at
    assert ModelLogEntry.objects.filter(action="tdkt.privacy.confirmed").exists()

    # The status page: reached by a signed link, never by the address in a query string.
    status = client.get(response["Location"])
    assert status.status_code == 200
    assert request.reference_code in status.content.decode()
    assert EMAIL not in response["Location"]
    received = mail.outbox[-1]
    assert request.reference_code in received.subject
    assert link_in(received, "/du-lieu-ca-nhan/trang-thai/") == response["Location"]

    # The link works once: confirming or opening it again leads to the same request.
    assert not PendingConfirmation.objects.exists()
    assert client.post(confirm)["Location"] == response["Location"]
    assert client.get(confirm)["Location"] == response["Location"]
    assert DataRequest.objects.count() == 1


def test_forged_or_expired_links_are_refused(
    client, monkeypatch, data_request, django_capture_on_commit_callbacks
):
    assert client.get("/du-lieu-ca-nhan/xac-nhan/forged-token/").status_code == 404
    assert client.post("/du-lieu-ca-nhan/xac-nhan/forged-token/").status_code == 404
    assert client.get(f"/du-lieu-ca-nhan/trang-thai/{data_request.pk}-1-abc/").status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, kind="delete")
    confirm = link_in(mail.outbox[-1], "/du-lieu-ca-nhan/xac-nhan/")
    monkeypatch.setattr(conf, "CONFIRM_MAX_AGE", -1)
    assert client.get(confirm).status_code == 404
    assert client.post(confirm).status_code == 404
    assert not DataRequest.objects.filter(kind="delete").exists()


def test_bad_input_is_refused_with_a_message(client):
    response = ask(client, email="khong-phai-email", kind="")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Vui lòng chọn loại yêu cầu." in html
    assert "Địa chỉ thư điện tử chưa đúng" in html
    assert not mail.outbox


def test_links_to_one_address_are_limited(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        statuses = [ask(client).status_code for _ in range(4)]
    assert statuses == [303, 303, 303, 429]
    assert len(mail.outbox) == 3
