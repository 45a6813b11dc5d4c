"""The citizen's form, the confirmation, the e-mail, the look-up and the status page; nothing
personal on a page reached by the code."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse

from award_requests import workflow
from award_requests.models import AwardRequest, RequestStatus
from award_requests.tokens import status_token
from privacy.models import ConsentRecord
from tests.award_requests.conftest import EMAIL, PHONE, PNG, form_data, scan
from verification.records import code_of

pytestmark = pytest.mark.django_db
ASK = "/xac-minh/de-nghi/"


def hidden_fields(html):
    form = BeautifulSoup(html, "html.parser").find("form", id="de-nghi-form")
    assert form is not None
    return {
        field["name"]: field.get("value", "")
        for field in form.find_all("input")
        if field.get("type") == "hidden"
    }


def send(client, upload=None, path=ASK, **overrides):
    page = client.get(path)
    data = {**hidden_fields(page.content.decode()), **form_data(**overrides)}
    data["identity_scan"] = upload if upload is not None else scan()
    return client.post(ASK, data)


def test_a_request_is_stored_with_its_scan_consents_and_mail(
    client, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client)
    assert response.status_code == 303
    stored = AwardRequest.objects.get()
    assert stored.status == RequestStatus.SUBMITTED and stored.reissue_cause == "mat"
    assert stored.identity_scan.name.endswith(".pdf")
    assert "can-cuoc" not in stored.identity_scan.name  # renamed by the server
    # Stored outside the public media, where no address serves it.
    assert str(settings.PRIVATE_MEDIA_ROOT) in stored.identity_scan.path
    assert not stored.identity_scan.path.startswith(str(settings.MEDIA_ROOT))
    assert client.get("/media/" + stored.identity_scan.name).status_code == 404
    purposes = set(
        ConsentRecord.objects.filter(
            content_type__app_label="award_requests", object_id=stored.pk
        ).values_list("purpose", flat=True)
    )
    assert purposes == {"award_request", "award_request_id"}
    confirmation = client.get(response["Location"])
    html = confirmation.content.decode()
    assert stored.reference_code in html
    assert PHONE not in html and EMAIL not in html and "Bế Văn Lộc" not in html
    assert "private, no-store" in confirmation["Cache-Control"]
    assert mail.outbox[-1].to == [EMAIL]
    assert stored.reference_code in mail.outbox[-1].body
    assert reverse("award_requests:status", args=[status_token(stored)]) in mail.outbox[-1].body


def test_no_email_no_mail(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert send(client, requester_email="").status_code == 303
    assert AwardRequest.objects.get().requester_email == ""
    assert mail.outbox == []


def test_consent_is_never_ticked_in_advance(client):
    html = client.get(ASK).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    for name in ("consent_handling", "consent_identity"):
        box = soup.find("input", attrs={"name": name})
        assert box is not None and not box.has_attr("checked")


def test_the_form_sent_twice_stores_one_request(client):
    page = client.get(ASK)
    data = {**hidden_fields(page.content.decode()), **form_data()}
    for _ in range(2):
        data["identity_scan"] = scan()
        assert client.post(ASK, data).status_code == 303
    assert AwardRequest.objects.count() == 1


def test_bad_input_keeps_what_was_typed_and_asks_for_the_file_again(client):
    response = send(
        client,
        upload=scan(b"MZ\x90\x00 not a document", "giay-to.pdf"),
        requester_phone="12",
        award_name="",
        reissue_cause="",
        consent_identity="",
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Số điện thoại chưa đúng" in html
    assert "nội dung tệp này không phải" in html
    assert "Vui lòng nhập mã xác minh hoặc ghi hình thức khen thưởng." in html
    assert "hiện vật bị mất hay hư hỏng" in html
    assert "bản chụp giấy tờ tùy thân để xác minh" in html
    assert "chọn lại tệp" in html
    assert "Bằng Huân chương bị thất lạc khi chuyển nhà năm 2024." in html
    assert 'value="Bế Văn Lộc"' in html
    assert 'aria-describedby="id_requester_phone-hint id_requester_phone-error"' in html
    assert not AwardRequest.objects.exists()


def test_a_large_scan_is_refused(client, settings):
    settings.AWARD_REQUEST_SCAN_MAX_BYTES = 100
    response = send(client, upload=scan(PNG + b"\x00" * 200, "anh.png"))
    assert response.status_code == 400
    assert "Tệp đính kèm quá lớn" in response.content.decode()


def test_a_verification_code_is_prefilled_checked_and_linked(client, live_awardee):
    code = code_of(live_awardee)
    page = client.get(ASK + "?ma=" + code.lower())
    assert f'value="{code.lower()}"' in page.content.decode()
    response = send(client, path=ASK + "?ma=" + code, verification_code=code.lower(), award_name="")
    assert response.status_code == 303
    stored = AwardRequest.objects.get()
    assert stored.verification_code == code and stored.awardee == live_awardee


def test_a_mistyped_or_unknown_code_is_explained(client):
    response = send(client, verification_code="K7QW-2M9", award_name="")
    assert "Mã xác minh gồm 8 chữ cái và chữ số" in response.content.decode()
    response = send(client, verification_code="2222-2222", award_name="")
    assert response.status_code == 400
    assert "không khớp khen thưởng nào đã công bố" in response.content.decode()
    # With the award written out, an unknown code (another kind of record) is kept.
    assert send(client, verification_code="2222-2222").status_code == 303
    assert AwardRequest.objects.get().awardee is None


def test_the_form_is_limited_per_address(client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "award-request-ip": (1, 3600)}
    assert send(client).status_code == 303
    response = send(client)
    assert response.status_code == 429
    assert "thử gửi lại sau ít phút" in response.content.decode()


def test_the_honeypot_refuses_scripts(client):
    assert send(client, website="http://spam.example").status_code == 400
    assert not AwardRequest.objects.exists()


def test_tracking_needs_the_code_and_the_phone(client, award_request):
    track = reverse("award_requests:track")
    wrong = client.post(track, {"code": award_request.reference_code, "phone": "0900000000"})
    missing = client.post(track, {"code": "XN-2026-ZZZZZZ", "phone": PHONE})
    assert wrong.status_code == missing.status_code == 404
    assert "Không tìm thấy đề nghị" in wrong.content.decode()
    right = client.post(
        track, {"code": award_request.reference_code.lower(), "phone": "+84 912.345.678"}
    )
    assert right.status_code == 303
    assert right["Location"] == reverse("award_requests:status", args=[status_token(award_request)])
    assert PHONE not in right["Location"]


def test_tracking_is_rate_limited(client, award_request, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "award-request-track": (2, 600)}
    track = reverse("award_requests:track")
    for _ in range(2):
        client.post(track, {"code": "XN-2026-AAAAAA", "phone": PHONE})
    response = client.post(track, {"code": award_request.reference_code, "phone": PHONE})
    assert response.status_code == 429


def test_the_status_page_shows_the_answer_and_no_personal_data(client, award_request):
    workflow.answer(award_request, None, "Ban xác nhận khen thưởng theo Quyết định 125/KT.")
    response = client.get(reverse("award_requests:status", args=[status_token(award_request)]))
    html = response.content.decode()
    assert "Đã trả lời" in html and "Quyết định 125/KT" in html
    for private in (PHONE, EMAIL, "Bế Thị Hoa", "Bế Văn Lộc", "1941", "Thôn Nà Làng"):
        assert private not in html
    assert "private, no-store" in response["Cache-Control"]


def test_forged_status_links_are_refused(client, award_request):
    token = status_token(award_request)
    forged = re.sub(r"-\w+$", "-" + "0" * 32, token)
    assert client.get(reverse("award_requests:status", args=[forged])).status_code == 404
    assert client.get(reverse("award_requests:sent", args=["1-2-3"])).status_code == 404
