"""The secretariat's queue and actions, each e-mailed to the person and logged; the work list
line; and every new admin address refused to anyone else."""

from datetime import timedelta
from io import BytesIO

import pytest
from django.conf import settings
from django.core import mail
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from consultations.models import PortalComment, Question
from core.worklist import work_items
from demo import accounts as demo_accounts
from privacy.models import ConsentRecord, RequestStatus
from privacy.tokens import status_token
from tests.privacy.conftest import EMAIL, OPINION_TEXT, QUESTION_TEXT
from tests.security.test_admin_walk import admin_patterns

pytestmark = pytest.mark.django_db


def status_page(client, data_request):
    return client.get(reverse("privacy:status", args=[status_token(data_request)]))


def logged(data_request, action):
    return ModelLogEntry.objects.filter(object_id=str(data_request.pk), action=action).exists()


def test_the_queue_marks_overdue_requests(as_role, data_request):
    data_request.due_by = timezone.now() - timedelta(hours=1)
    data_request.save()
    list_url = reverse("wagtailsnippets_privacy_datarequest:list")
    html = as_role("secretariat").get(list_url).content.decode()
    assert data_request.reference_code in html
    assert "Quá hạn" in html
    filtered = as_role("secretariat").get(list_url + "?deadline=qua-han").content.decode()
    assert data_request.reference_code in filtered


def test_the_work_list_counts_overdue_requests(users, data_request):
    request = RequestFactory().get("/")
    request.user = users[demo_accounts.SECRETARIAT]
    labels = [item.label for item in work_items(request)]
    assert "Yêu cầu về dữ liệu cá nhân quá hạn trả lời" not in labels
    data_request.due_by = timezone.now() - timedelta(hours=1)
    data_request.save()
    overdue = [item for item in work_items(request) if "dữ liệu cá nhân quá hạn" in item.label]
    assert overdue and overdue[0].count == 1 and overdue[0].urgent
    request.user = users[demo_accounts.EDITOR]
    assert not [item for item in work_items(request) if "dữ liệu cá nhân" in item.label]


def test_the_detail_lists_what_the_address_sent(as_role, data_request, citizen_data):
    html = (
        as_role("secretariat")
        .get(reverse("privacy_admin:detail", args=[data_request.pk]))
        .content.decode()
    )
    assert citizen_data["question"].reference_code in html
    assert citizen_data["opinion"].reference_code in html


@pytest.mark.parametrize("fmt", ["xlsx", "json"])
def test_sending_the_file(as_role, client, data_request, citizen_data, fmt,
                          django_capture_on_commit_callbacks):  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        response = as_role("secretariat").post(
            reverse("privacy_admin:send_file", args=[data_request.pk]), {"format": fmt}
        )
    assert response.status_code == 302
    data_request.refresh_from_db()
    assert data_request.file_sent_at and data_request.status == RequestStatus.IN_PROGRESS
    assert mail.outbox[-1].to == [EMAIL]
    assert reverse("privacy:status", args=[status_token(data_request)]) in mail.outbox[-1].body
    assert logged(data_request, "tdkt.privacy.file_sent")

    download = client.get(reverse("privacy:download", args=[status_token(data_request)]))
    assert download.status_code == 200 and "no-store" in download["Cache-Control"]
    content = b"".join(download.streaming_content)
    if fmt == "json":
        text = content.decode()
    else:
        workbook = load_workbook(BytesIO(content))
        text = " ".join(
            str(cell) for sheet in workbook for row in sheet.iter_rows(values_only=True)
            for cell in row
        )  # fmt: skip
    assert QUESTION_TEXT in text
    assert OPINION_TEXT in text
    assert "Tôi đồng ý (câu hỏi)." in text


def test_erasing_keeps_the_opinion_unsigned(as_role, data_request, citizen_data,
                                           django_capture_on_commit_callbacks):  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        as_role("secretariat").post(reverse("privacy_admin:erase", args=[data_request.pk]))
    opinion = PortalComment.objects.get(pk=citizen_data["opinion"].pk)
    question = Question.objects.get(pk=citizen_data["question"].pk)
    assert opinion.comment == OPINION_TEXT and opinion.is_public
    assert (opinion.user_email, opinion.phone, opinion.address) == ("", "", "")
    assert opinion.user_name == "Ẩn danh" and opinion.contacts_erased_at
    assert (question.email, question.phone, question.name) == ("", "", "Ẩn danh")
    # By content type too: the demo's questions carry consents under the same numbers.
    for item in (opinion, question):
        records = ConsentRecord.objects.filter(
            content_type__model=item._meta.model_name, object_id=item.pk
        )
        assert records.exists() and not records.filter(withdrawn_at=None).exists()
    assert logged(data_request, "tdkt.privacy.erased")
    assert mail.outbox[-1].to == [EMAIL] and "Đã xóa" in mail.outbox[-1].subject


def test_marking_done_needs_a_note_and_shows_on_the_status_page(
    as_role, client, data_request, django_capture_on_commit_callbacks
):
    secretary = as_role("secretariat")
    url = reverse("privacy_admin:done", args=[data_request.pk])
    assert secretary.post(url, {"note": ""}).status_code == 400
    with django_capture_on_commit_callbacks(execute=True):
        secretary.post(url, {"note": "Đã gửi bản sao dữ liệu."})
    data_request.refresh_from_db()
    assert data_request.status == RequestStatus.DONE
    assert logged(data_request, "tdkt.privacy.done")
    assert "Đã gửi bản sao dữ liệu." in mail.outbox[-1].body
    html = status_page(client, data_request).content.decode()
    assert "Đã hoàn thành" in html and "Đã gửi bản sao dữ liệu." in html


def privacy_urls(pk):
    urls = []
    for _route, name, arguments in admin_patterns():
        if name and (name.startswith("privacy_admin:") or "_privacy_datarequest:" in name):
            urls.append(reverse(name, kwargs=dict.fromkeys(arguments, pk)))
    return urls


@pytest.mark.parametrize("role", ["anonymous", "editor", "approver", "officer", "norole"])
def test_every_privacy_admin_address_is_refused(role, as_role, data_request, citizen_data):
    urls = privacy_urls(data_request.pk)
    # The queue, its results and chooser, and the request's page and its four actions.
    assert len(urls) >= 9, urls
    client = as_role(role)
    for url in urls:
        for method in (client.get, client.post):
            response = method(url)
            if role == "anonymous":
                assert response.status_code == 302, url
                assert f"/{settings.ADMIN_PATH}/login/" in response["Location"], url
            else:
                assert response.status_code in (302, 403, 405), (url, response.status_code)
                if response.status_code == 302:  # the dashboard, or sign-in for an officer
                    assert response["Location"].rstrip("/") == f"/{settings.ADMIN_PATH}" or (
                        response["Location"].startswith(f"/{settings.ADMIN_PATH}/login/")
                    ), url
            assert EMAIL.encode() not in response.content, url
    data_request.refresh_from_db()
    assert data_request.status == RequestStatus.RECEIVED and not data_request.erased_at
    assert PortalComment.objects.get(pk=citizen_data["opinion"].pk).user_email


def test_the_secretariat_reaches_every_privacy_admin_address(as_role, data_request):
    client = as_role("secretariat")
    for url in privacy_urls(data_request.pk):
        if any(action in url for action in ("gui-tep", "xoa-lien-he", "gia-han", "hoan-thanh")):
            continue  # actions: POST only, tested above
        assert client.get(url).status_code in (200, 302), url
