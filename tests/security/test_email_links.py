"""Every link in every e-mail is on the site's configured base address (BASE_URL), whatever
Host header the request that caused it carried. Before, a request with `Host: 127.0.0.1:9999`
(production checks the host name, not the port) got links to that port in its e-mails."""

import re

import pytest
from django.core import mail

from demo import accounts as demo_accounts
from tests.consultations.helpers import form_fields

pytestmark = pytest.mark.django_db

FORGED_HOST = "127.0.0.1:9999"
LINK = re.compile(r"https?://[^\s<>\"]+")


def links_in_outbox():
    return [link for message in mail.outbox for link in LINK.findall(message.body)]


def assert_links_on_base(settings):
    links = links_in_outbox()
    assert links, "no e-mail with a link was sent"
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/"
    assert all(link.startswith(base) for link in links), links
    assert not any(FORGED_HOST in message.body for message in mail.outbox)


@pytest.mark.parametrize("form", ["/tai-khoan/quen-mat-khau/", "/admin/password_reset/"])
def test_password_reset_links(client, users, settings, form, django_capture_on_commit_callbacks):
    users[demo_accounts.EDITOR].email = "bien.tap@example.vn"
    users[demo_accounts.EDITOR].save(update_fields=["email"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(form, {"email": "bien.tap@example.vn"}, HTTP_HOST=FORGED_HOST)
    assert_links_on_base(settings)


def test_question_tracking_link(client, settings, django_capture_on_commit_callbacks):
    page = client.get("/hoi-dap/gui-cau-hoi/", HTTP_HOST=FORGED_HOST)
    data = {
        **form_fields(page.content.decode()),
        "kind": "question",
        "name": "Đinh Văn Tuấn",
        "email": "tuan.dinh@example.vn",
        "phone": "0978 112 233",
        "comment": "Xin hỏi thời hạn nộp hồ sơ đề nghị khen thưởng cuối năm?",
        "consent": "on",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/hoi-dap/gui-cau-hoi/", data, HTTP_HOST=FORGED_HOST)
    assert response.status_code in (302, 303)
    assert_links_on_base(settings)


def test_officer_invitation_links(
    as_role, unit_setting, settings, django_capture_on_commit_callbacks
):
    from registrations.models import UnitOfficer

    officer = UnitOfficer.objects.get(user=unit_setting["user"])
    officer.user.email = "can.bo@example.vn"
    officer.user.save(update_fields=["email"])
    client = as_role("secretariat")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/can-bo-don-vi/{officer.pk}/gui-lai-thu-moi/", HTTP_HOST=FORGED_HOST)
    assert_links_on_base(settings)
