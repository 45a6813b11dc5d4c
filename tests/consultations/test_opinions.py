"""Citizens' opinions on nominees: accepted only while the round is open, identified, held for
moderation, with a reference code, a confirmation page and an e-mail; bad input kept."""

import datetime
from unittest import mock
from urllib.error import URLError

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone
from django.utils.html import escape

from consultations.models import ModerationState, PortalComment, Stance
from tests.consultations.factories import ConsultationPageFactory, NomineePageFactory
from tests.consultations.helpers import OPINION, form_fields, form_url, submit

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def nominee(section):
    consultation = ConsultationPageFactory(parent=section("lay-y-kien"))
    return NomineePageFactory(parent=consultation)


def test_an_opinion_is_stored_pending_with_a_code_confirmation_and_email(
    client, nominee, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, nominee.url)

    assert response.status_code == 303
    opinion = PortalComment.objects.get(page_id=nominee.pk)
    assert opinion.moderation_state == ModerationState.PENDING
    assert not opinion.is_public
    assert opinion.round_id == nominee.get_parent().pk
    assert opinion.page_id == nominee.pk
    assert opinion.stance == Stance.AGREE
    assert opinion.phone == "0912 345 678"
    assert opinion.consent_at is not None
    assert opinion.reference_code.startswith(f"YK-{timezone.localdate().year}-")

    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    assert opinion.reference_code in confirmation.content.decode()
    assert "no-store" in confirmation["Cache-Control"]
    assert OPINION["phone"] not in confirmation.content.decode()

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [OPINION["email"]]
    assert opinion.reference_code in mail.outbox[0].subject
    assert opinion.reference_code in mail.outbox[0].body

    # Pending: not on the public page yet.
    assert OPINION["comment"] not in client.get(nominee.url).content.decode()


def test_the_same_form_sent_twice_is_stored_once(client, nominee):
    page = client.get(form_url(nominee.url))
    payload = {**form_fields(page.content.decode()), **OPINION}
    first = client.post(nominee.url, payload)
    second = client.post(nominee.url, payload)
    assert first.status_code == second.status_code == 303
    assert first["Location"] == second["Location"]
    assert PortalComment.objects.filter(page_id=nominee.pk).count() == 1


def test_an_opinion_of_exactly_5000_characters_is_stored_whole(client, nominee):
    text = ("Ý kiến đầy đủ. " * 400)[:5000]
    assert submit(client, nominee.url, comment=text).status_code == 303
    assert PortalComment.objects.get(page_id=nominee.pk).comment == text.strip()


def test_a_forged_confirmation_address_is_not_found(client, nominee):
    assert client.get(nominee.url + "y-kien/da-gui/khong-hop-le/").status_code == 404


def test_opinions_close_at_the_exact_second(client, nominee):
    consultation = nominee.get_parent().specific
    closing = consultation.closes_at
    page = client.get(form_url(nominee.url))
    payload = {**form_fields(page.content.decode()), **OPINION}

    just_before = closing - datetime.timedelta(microseconds=1)
    with mock.patch("consultations.commenting.timezone.now", return_value=just_before):
        assert client.post(nominee.url, payload).status_code == 303
    assert PortalComment.objects.filter(page_id=nominee.pk).count() == 1

    payload = {**form_fields(client.get(form_url(nominee.url)).content.decode()), **OPINION}
    payload["comment"] = "Ý kiến gửi đúng lúc hết hạn."
    with mock.patch("consultations.commenting.timezone.now", return_value=closing):
        response = client.post(nominee.url, payload)
    assert response.status_code == 403
    assert "không nhận ý kiến" in response.content.decode()
    # What the person typed is still in the form.
    assert "Ý kiến gửi đúng lúc hết hạn." in response.content.decode()
    assert PortalComment.objects.filter(page_id=nominee.pk).count() == 1


def test_closed_and_upcoming_rounds_show_no_form_and_refuse_posts(client, section, nominee):
    consultation = nominee.get_parent().specific
    payload = {**form_fields(client.get(form_url(nominee.url)).content.decode()), **OPINION}
    # The clock passes the closing time (saving it through the page would break the rule).
    type(consultation).objects.filter(pk=consultation.pk).update(
        opens_at=consultation.opens_at - datetime.timedelta(days=30),
        closes_at=timezone.now() - datetime.timedelta(minutes=1),
    )

    page = client.get(nominee.url).content.decode()
    assert 'id="binh-luan-form"' not in page
    assert client.post(nominee.url, payload).status_code == 403

    upcoming = ConsultationPageFactory(
        parent=section("lay-y-kien"),
        opens_at=timezone.now() + datetime.timedelta(days=1),
        closes_at=timezone.now() + datetime.timedelta(days=30),
    )
    later = NomineePageFactory(parent=upcoming)
    assert 'id="binh-luan-form"' not in client.get(later.url).content.decode()
    assert PortalComment.objects.filter(page_id__in=[nominee.pk, later.pk]).count() == 0


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"name": "   "}, "Vui lòng nhập họ và tên"),
        ({"email": "khong-phai-email"}, "Địa chỉ thư điện tử chưa đúng"),
        ({"phone": "12ab"}, "Số điện thoại chưa đúng"),
        ({"address": ""}, "Vui lòng nhập địa chỉ liên hệ"),
        ({"stance": None}, "Vui lòng chọn quan điểm"),
        ({"stance": "ung-ho"}, "Quan điểm không hợp lệ"),
        ({"comment": "x" * 5001}, "tối đa 5000 ký tự"),
        ({"comment": "   "}, "Vui lòng nhập nội dung"),
        ({"consent": None}, "đồng ý xử lý dữ liệu cá nhân"),
        ({"name": "N" * 51}, "tối đa 50 ký tự"),
    ],
)
def test_bad_input_gets_a_vietnamese_message_and_keeps_the_text(
    client, nominee, overrides, message
):
    response = submit(client, nominee.url, **overrides)

    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    soup = BeautifulSoup(html, "html.parser")
    kept = {
        "name": soup.find("input", {"name": "name"}).get("value", ""),
        "comment": soup.find("textarea", {"name": "comment"}).get_text(),
    }
    if "comment" not in overrides:
        assert kept["comment"].strip() == OPINION["comment"]
    if "name" not in overrides:
        assert kept["name"] == OPINION["name"]
    assert PortalComment.objects.filter(page_id=nominee.pk).count() == 0


XSS_PAYLOADS = [
    "<script>alert('xss')</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg/onload=alert(1)>",
    "javascript:alert(1)",
    '<a href="javascript:alert(1)">bấm</a>',
    "{{ 7*7 }}{% debug %}",
    '=HYPERLINK("http://example.com")',
]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_markup_in_every_field_is_shown_as_text(client, admin_client, nominee, payload):
    from consultations import moderation

    response = submit(
        client,
        nominee.url,
        name=("Khách " + payload)[:100],
        address="Xã " + payload,
        comment="Nội dung " + payload,
    )
    assert response.status_code == 303
    opinion = PortalComment.objects.get(page_id=nominee.pk)
    moderation.approve([opinion], None)

    pages = [
        client.get(nominee.url),
        client.get(response["Location"]),
        admin_client.get(f"/admin/y-kien/{opinion.pk}/"),
        admin_client.get("/admin/y-kien/"),
        admin_client.get(f"/admin/y-kien/bao-cao/{opinion.round_id}/"),
    ]
    for page in pages:
        assert page.status_code == 200
        html = page.content.decode()
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "<svg/onload" not in html
        assert '<a href="javascript' not in html
    public_html = pages[0].content.decode()
    assert "Nội dung " + escape(payload) in public_html
    # The invalid (over-long) case: the text is echoed escaped as well.
    bad = submit(client, nominee.url, comment=payload * 1000)
    assert bad.status_code == 400
    assert "<script>alert" not in bad.content.decode()


def test_the_honeypot_and_a_forged_token_are_refused(client, nominee):
    assert submit(client, nominee.url, website="http://spam.example").status_code == 400
    response = submit(client, nominee.url, form_token="gia-mao")
    assert response.status_code == 400
    assert "Biểu mẫu không hợp lệ" in response.content.decode()
    assert PortalComment.objects.filter(page_id=nominee.pk).count() == 0


@override_settings(PUBLIC_FORM_MIN_SECONDS=3)
def test_a_form_sent_too_fast_is_refused_then_accepted_when_sent_again(client, nominee):
    response = submit(client, nominee.url)
    assert response.status_code == 400
    html = response.content.decode()
    assert "quá nhanh" in html
    assert OPINION["comment"] in html
    # The form comes back with the token it was first shown with: its age still counts from
    # then, so sending again at once is still too fast, and three seconds later goes through.
    payload = {**form_fields(html), **OPINION}
    assert "quá nhanh" in client.post(nominee.url, payload).content.decode()
    later = timezone.now().timestamp() + 3
    with mock.patch("core.antispam.time.time", return_value=later):
        again = client.post(nominee.url, payload)
    assert again.status_code == 303
    assert PortalComment.objects.filter(page_id=nominee.pk).count() == 1


def test_a_form_left_open_too_long_asks_to_send_again(client, nominee):
    page = client.get(form_url(nominee.url))
    payload = {**form_fields(page.content.decode()), **OPINION}
    later = timezone.now().timestamp() + 13 * 60 * 60
    with mock.patch("core.antispam.time.time", return_value=later):
        response = client.post(nominee.url, payload)
    assert response.status_code == 400
    assert "mở quá lâu" in response.content.decode()
    assert OPINION["comment"] in response.content.decode()


@override_settings(RATE_LIMITS={"comment-ip": (2, 600), "comment-email": (5, 3600)})
def test_rate_limit_per_ip(client, nominee):
    for number in range(2):
        assert submit(client, nominee.url, comment=f"Ý kiến số {number}").status_code == 303
    response = submit(client, nominee.url, comment="Ý kiến thứ ba")
    assert response.status_code == 429
    assert "Nội dung vẫn được giữ" in response.content.decode()
    assert "Ý kiến thứ ba" in response.content.decode()
    assert PortalComment.objects.filter(page_id=nominee.pk).count() == 2
    # Another address is not limited by the first one's count.
    payload = {**form_fields(client.get(form_url(nominee.url)).content.decode()), **OPINION}
    payload.update(comment="Từ máy khác", email="khac@example.vn")
    assert client.post(nominee.url, payload, REMOTE_ADDR="10.0.0.9").status_code == 303


@override_settings(RATE_LIMITS={"comment-ip": (50, 600), "comment-email": (2, 3600)})
def test_rate_limit_per_email_across_addresses(client, nominee):
    for number in range(2):
        response = submit(client, nominee.url, comment=f"Ý kiến số {number}")
        assert response.status_code == 303
    response = client.post(
        nominee.url,
        {
            **form_fields(client.get(form_url(nominee.url)).content.decode()),
            **OPINION,
            "comment": "Ba",
        },
        REMOTE_ADDR="10.1.1.1",
    )
    assert response.status_code == 429
    assert PortalComment.objects.filter(page_id=nominee.pk).count() == 2


@override_settings(
    RECAPTCHA_ENABLED=True, RECAPTCHA_PUBLIC_KEY="khoa-cong-khai", RECAPTCHA_PRIVATE_KEY="bi-mat"
)
def test_recaptcha_unreachable_gives_a_clear_message_and_keeps_the_text(client, nominee):
    with mock.patch("django_recaptcha.client.recaptcha_request", side_effect=URLError("timed out")):
        response = submit(client, nominee.url, **{"g-recaptcha-response": "token"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "không kết nối được dịch vụ kiểm tra chống thư rác" in html.lower()
    assert OPINION["comment"] in html
    assert PortalComment.objects.filter(page_id=nominee.pk).count() == 0


@override_settings(
    RECAPTCHA_ENABLED=True, RECAPTCHA_PUBLIC_KEY="khoa-cong-khai", RECAPTCHA_PRIVATE_KEY="bi-mat"
)
def test_recaptcha_passed_lets_the_opinion_in(client, nominee):
    from django_recaptcha.client import RecaptchaResponse

    with mock.patch(
        "django_recaptcha.fields.client.submit",
        return_value=RecaptchaResponse(is_valid=True, extra_data={}),
    ):
        response = submit(client, nominee.url, **{"g-recaptcha-response": "token"})
    assert response.status_code == 303
    assert PortalComment.objects.filter(page_id=nominee.pk).count() == 1


def test_a_mail_server_that_is_down_delays_the_email_and_loses_nothing(
    client, nominee, settings, django_capture_on_commit_callbacks
):
    """With the database queue, a failed send is queued again for later; the opinion is
    stored and the person sees the confirmation."""
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_BACKEND = "tests.consultations.failing_mail.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, nominee.url)
    assert response.status_code == 303
    assert PortalComment.objects.filter(page_id=nominee.pk).count() == 1
    queued = DBTaskResult.objects.get()
    assert queued.task_path == "core.mail.send_email_task"

    # The worker's first try fails: the e-mail goes back in the queue, for later.
    from core.mail import send_email_task

    arguments = queued.args_kwargs["args"]
    assert send_email_task.call(*arguments) == "deferred"
    retry = DBTaskResult.objects.exclude(pk=queued.pk).get()
    assert retry.run_after > timezone.now()
    assert retry.args_kwargs["args"][-1] == 2  # the attempt number

    # Once the server is back, the retried e-mail goes out.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_email_task.call(*retry.args_kwargs["args"]) == "sent"
    assert len(mail.outbox) == 1
