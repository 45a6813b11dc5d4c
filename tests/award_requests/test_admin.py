"""The secretariat's queue, detail and actions (each e-mailed and logged), the export without
identity scans, and every admin address refused to anyone else."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from award_requests.models import KindRule, RequestStatus
from award_requests.tokens import status_token
from tests.award_requests.conftest import EMAIL, PDF, PHONE
from tests.security.test_admin_walk import admin_patterns
from verification.records import code_of

pytestmark = pytest.mark.django_db
LIST = "wagtailsnippets_award_requests_awardrequest:list"


def admin_urls(pk):
    """Every admin address of the app, found in the URL patterns themselves (ours and the
    snippet views Wagtail adds: list, results, chooser, edit, history, delete…)."""
    urls = []
    rule_pk = KindRule.objects.values_list("pk", flat=True).first()
    for _route, name, arguments in admin_patterns():
        if name and (
            name.startswith("award_requests_admin:")
            or "_award_requests_awardrequest:" in name
            # The rules are public (the form shows them): their chooser is Wagtail's own.
            or ("_award_requests_kindrule:" in name and "chooser" not in name)
        ):
            row = rule_pk if "kindrule" in name else pk
            urls.append(reverse(name, kwargs=dict.fromkeys(arguments, row)))
    return urls + [reverse(LIST) + "?export=csv", reverse(LIST) + "?export=xlsx"]


def logged(award_request, action):
    return ModelLogEntry.objects.filter(
        object_id=str(award_request.pk), action=f"tdkt.award_request.{action}"
    ).exists()


@pytest.mark.parametrize("role", ["anonymous", "officer", "editor", "approver", "norole"])
def test_every_admin_address_is_refused_to_others(as_role, award_request, role):
    urls = admin_urls(award_request.pk)
    # The request's page, its scan, reply and four actions; the snippet views of both models.
    assert len(urls) >= 15, urls
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
            assert PHONE.encode() not in response.content, url
    award_request.refresh_from_db()
    assert award_request.status == RequestStatus.SUBMITTED


@pytest.mark.parametrize("role", ["secretariat", "superuser"])
def test_the_secretariat_and_superusers_reach_the_queue(as_role, award_request, role):
    html = as_role(role).get(reverse(LIST)).content.decode()
    assert award_request.reference_code in html
    detail = as_role(role).get(reverse("award_requests_admin:detail", args=[award_request.pk]))
    assert detail.status_code == 200
    assert PHONE in detail.content.decode()


def test_the_queue_filters_by_status_kind_and_deadline(as_role, award_request):
    client = as_role("secretariat")
    award_request.due_by = timezone.now() - timedelta(hours=1)
    award_request.save()
    overdue = client.get(reverse(LIST) + "?deadline=qua-han").content.decode()
    assert award_request.reference_code in overdue and "Quá hạn" in overdue
    other_kind = client.get(reverse(LIST) + "?kind=cap_doi").content.decode()
    assert award_request.reference_code not in other_kind
    answered = client.get(reverse(LIST) + "?status=answered").content.decode()
    assert award_request.reference_code not in answered


def test_the_scan_is_shown_to_the_secretariat_and_each_viewing_logged(as_role, award_request):
    response = as_role("secretariat").get(
        reverse("award_requests_admin:scan", args=[award_request.pk])
    )
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert "no-store" in response["Cache-Control"]
    assert logged(award_request, "scan_viewed")


def test_acknowledge_then_ask_for_papers(
    as_role, award_request, django_capture_on_commit_callbacks
):
    client = as_role("secretariat")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("award_requests_admin:acknowledge", args=[award_request.pk]))
    award_request.refresh_from_db()
    assert award_request.status == RequestStatus.ACKNOWLEDGED and award_request.acknowledged_at
    assert mail.outbox[-1].to == [EMAIL] and "đã được tiếp nhận" in mail.outbox[-1].subject
    assert logged(award_request, "acknowledged")

    empty = client.post(reverse("award_requests_admin:ask_for_papers", args=[award_request.pk]))
    assert empty.status_code == 400
    assert "Vui lòng ghi giấy tờ cần bổ sung." in empty.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("award_requests_admin:ask_for_papers", args=[award_request.pk]),
            {"papers": "Bản sao giấy khai sinh của người đề nghị."},
        )
    award_request.refresh_from_db()
    assert award_request.status == RequestStatus.MORE_PAPERS
    assert "giấy khai sinh" in mail.outbox[-1].body
    assert logged(award_request, "papers_requested")


def test_answer_with_a_pdf_the_citizen_downloads(
    as_role, client, award_request, django_capture_on_commit_callbacks
):
    url = reverse("award_requests_admin:answer", args=[award_request.pk])
    not_pdf = SimpleUploadedFile("tra-loi.pdf", b"<html>not a pdf</html>")
    refused = as_role("secretariat").post(url, {"answer": "Xác nhận.", "reply_file": not_pdf})
    assert refused.status_code == 400
    assert "phải là tệp PDF" in refused.content.decode()
    reply = SimpleUploadedFile("tra-loi.pdf", PDF)
    with django_capture_on_commit_callbacks(execute=True):
        as_role("secretariat").post(
            url, {"answer": "Ban xác nhận khen thưởng theo hồ sơ lưu trữ.", "reply_file": reply}
        )
    award_request.refresh_from_db()
    assert award_request.status == RequestStatus.ANSWERED and award_request.closed_at
    assert "hồ sơ lưu trữ" in mail.outbox[-1].body
    assert logged(award_request, "answered")
    token = status_token(award_request)
    status_page = client.get(reverse("award_requests:status", args=[token])).content.decode()
    assert "hồ sơ lưu trữ" in status_page
    download = client.get(reverse("award_requests:reply_file", args=[token]))
    assert b"".join(download.streaming_content) == PDF
    # A closed request takes no more actions.
    again = as_role("secretariat").post(
        reverse("award_requests_admin:refuse", args=[award_request.pk]), {"reason": "Trùng."}
    )
    assert again.status_code == 302
    award_request.refresh_from_db()
    assert award_request.status == RequestStatus.ANSWERED


def test_refuse_needs_a_reason_and_tells_it(
    as_role, award_request, django_capture_on_commit_callbacks
):
    url = reverse("award_requests_admin:refuse", args=[award_request.pk])
    assert as_role("secretariat").post(url, {"reason": ""}).status_code == 400
    with django_capture_on_commit_callbacks(execute=True):
        as_role("secretariat").post(url, {"reason": "Không tìm thấy hồ sơ khen thưởng."})
    award_request.refresh_from_db()
    assert award_request.status == RequestStatus.REFUSED
    assert "Không tìm thấy hồ sơ" in mail.outbox[-1].body
    assert logged(award_request, "refused")


def test_the_export_holds_the_list_but_never_the_scan(as_role, award_request):
    response = as_role("secretariat").get(reverse(LIST) + "?export=csv")
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    assert award_request.reference_code in content and "Bế Văn Lộc" in content
    assert "Xác nhận khen thưởng" in content  # labels, not stored values
    assert award_request.identity_scan.name not in content
    assert "giay-to" not in content
    xlsx = as_role("secretariat").get(reverse(LIST) + "?export=xlsx")
    assert xlsx.status_code == 200
    assert ModelLogEntry.objects.filter(action="tdkt.export").exists()


def test_the_detail_names_the_published_award_a_code_points_to(
    as_role, award_request, live_awardee
):
    award_request.verification_code = code_of(live_awardee)
    award_request.awardee = live_awardee
    award_request.save()
    html = (
        as_role("secretariat")
        .get(reverse("award_requests_admin:detail", args=[award_request.pk]))
        .content.decode()
    )
    assert live_awardee.full_name in html
    assert live_awardee.decision.number in html
    assert award_request.verification_code in html
