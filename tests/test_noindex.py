"""Pages that search engines must not index say so exactly once, in the head; public pages
never do. Pages on base.html get the tag from `noindex` in their context; the error pages
and the printable council report have their own head."""

import datetime
import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client, RequestFactory
from django.utils import timezone

from core.views import server_error
from demo import accounts as demo_accounts
from news.models import NewsPage
from registrations import workflow
from tests.consultations.factories import ConsultationPageFactory, NomineePageFactory
from tests.consultations.helpers import OPINION, form_fields, submit
from tests.factories import UserFactory
from tests.registrations.factories import (
    CampaignFactory,
    ReportWindowFactory,
    UnitFactory,
    officer_for,
    registration_with_rows,
)

pytestmark = pytest.mark.django_db

ROBOTS = b'<meta name="robots"'


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    yield
    cache.clear()


def robots_tags(response, status=200):
    assert response.status_code == status, response
    html = response.content
    assert html.count(ROBOTS) == html.count(b'<meta name="robots" content="noindex">')
    head = html.split(b"</head>")[0]
    assert head.count(ROBOTS) == html.count(ROBOTS)  # in the head, never in the body
    return html.count(ROBOTS)


def test_public_pages_have_no_robots_tag(client):
    news = NewsPage.objects.live().first()
    assert robots_tags(client.get(news.url)) == 0
    assert robots_tags(client.get("/")) == 0
    assert robots_tags(client.get("/hoi-dap/gui-cau-hoi/")) == 0
    assert robots_tags(client.get("/du-lieu-ca-nhan/")) == 0
    assert robots_tags(client.get("/tai-khoan/dang-nhap/")) == 0
    assert robots_tags(client.get("/khong-co-trang-nay/"), status=404) == 0


def test_search_pages_are_not_indexed(client):
    assert robots_tags(client.get("/tim-kiem/")) == 1
    assert robots_tags(client.get("/tim-kiem/?q=thi+dua")) == 1


def test_question_track_and_confirmation_are_not_indexed(client):
    assert robots_tags(client.get("/hoi-dap/tra-cuu/")) == 1
    wrong = client.post("/hoi-dap/tra-cuu/", {"code": "HD-2026-AAAAAA", "email": "a@example.vn"})
    assert robots_tags(wrong, status=404) == 1

    page = client.get("/hoi-dap/gui-cau-hoi/")
    data = {
        **form_fields(page.content.decode()),
        "kind": "question",
        "name": "Đinh Văn Tuấn",
        "email": "tuan.dinh@example.vn",
        "comment": "Xin hỏi hồ sơ đề nghị Bằng khen gồm những gì?",
        "consent": "on",
    }
    sent = client.post("/hoi-dap/gui-cau-hoi/", data)
    assert sent.status_code == 303
    assert robots_tags(client.get(sent["Location"])) == 1


def test_opinion_confirmation_is_not_indexed(client, section):
    consultation = ConsultationPageFactory(parent=section("lay-y-kien"))
    nominee = NomineePageFactory(parent=consultation)
    sent = submit(client, nominee.url, OPINION)
    assert sent.status_code == 303
    assert robots_tags(client.get(nominee.url)) == 0
    assert robots_tags(client.get(sent["Location"])) == 1


def test_council_report_is_not_indexed(client, section, users):
    consultation = ConsultationPageFactory(parent=section("lay-y-kien"))
    client.force_login(users[demo_accounts.SECRETARIAT])
    assert robots_tags(client.get(f"/admin/y-kien/bao-cao/{consultation.pk}/")) == 1


def test_unit_pages_are_not_indexed(client):
    unit = UnitFactory()
    campaign = CampaignFactory()
    client.force_login(officer_for(unit))
    base = f"/dang-ky-thi-dua/dang-ky/{campaign.pk}/"
    assert robots_tags(client.get(base)) == 1  # the form

    registration = registration_with_rows(campaign, unit)
    workflow.submit(registration, None)
    assert robots_tags(client.get(base + "da-gui/")) == 1
    assert robots_tags(client.get(base + "ban-in/")) == 1

    window = ReportWindowFactory(campaign=campaign)
    workflow.accept(registration, None)
    assert robots_tags(client.get(f"/dang-ky-thi-dua/bao-cao/{window.pk}/")) == 1  # the form

    closed = ReportWindowFactory(
        campaign=campaign,
        opens_at=timezone.now() - datetime.timedelta(days=30),
        deadline=timezone.now() - datetime.timedelta(days=1),
    )
    assert robots_tags(client.get(f"/dang-ky-thi-dua/bao-cao/{closed.pk}/")) == 1


def test_not_an_officer_is_not_indexed(client):
    client.force_login(UserFactory())
    campaign = CampaignFactory()
    response = client.get(f"/dang-ky-thi-dua/dang-ky/{campaign.pk}/")
    assert robots_tags(response, status=403) == 1


def test_privacy_request_pages_are_not_indexed(client, django_capture_on_commit_callbacks):
    page = client.get("/du-lieu-ca-nhan/")
    hidden = re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', page.content.decode())
    data = {**dict(hidden), "kind": "access", "email": "mai.hoang@example.vn"}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/du-lieu-ca-nhan/", data)
    assert response.status_code == 303
    assert robots_tags(client.get(response["Location"])) == 1  # "check your e-mail"

    confirm = re.search(r"(/du-lieu-ca-nhan/xac-nhan/\S+)", mail.outbox[-1].body).group(1)
    assert robots_tags(client.get(confirm)) == 1
    with django_capture_on_commit_callbacks(execute=True):
        status = client.post(confirm)
    assert robots_tags(client.get(status["Location"])) == 1
    invalid = client.get("/du-lieu-ca-nhan/xac-nhan/khong-hop-le/")
    assert robots_tags(invalid, status=404) == 1


def test_password_pages_are_not_indexed(client):
    assert robots_tags(client.get("/tai-khoan/quen-mat-khau/")) == 1
    assert robots_tags(client.get("/tai-khoan/quen-mat-khau/da-gui/")) == 1
    assert robots_tags(client.get("/tai-khoan/dat-mat-khau/xong/")) == 1
    assert robots_tags(client.get("/tai-khoan/dat-mat-khau/MQ/sai-ma/")) == 1  # a dead link


def test_two_factor_pages_of_unit_officers_are_not_indexed(client):
    client.force_login(officer_for(UnitFactory()))
    assert robots_tags(client.get("/tai-khoan/xac-thuc-hai-buoc/")) == 1


def test_error_pages_are_not_indexed():
    assert robots_tags(server_error(RequestFactory().get("/")), status=500) == 1
    csrf = Client(enforce_csrf_checks=True).post("/tai-khoan/dang-nhap/", {})
    assert robots_tags(csrf, status=403) == 1
