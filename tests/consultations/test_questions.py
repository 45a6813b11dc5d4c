"""Citizens' questions: asking (with an attachment checked by its content), tracking by code
and e-mail, handling, publishing without personal data, overdue by working days, and who may
open the admin views."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import timezone

from consultations.answers import after_staff_save, sync_public_page
from consultations.models import (
    Holiday,
    NameDisplay,
    Question,
    QuestionState,
    QuestionTopic,
    WorkingCalendar,
)
from demo import accounts as demo_accounts
from tests.consultations.factories import MINIMAL_PDF
from tests.consultations.helpers import form_fields
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
HCM = ZoneInfo("Asia/Ho_Chi_Minh")
ASK = "/hoi-dap/gui-cau-hoi/"
TRACK = "/hoi-dap/tra-cuu/"
QUESTION = {
    "kind": "question",
    "name": "Đinh Văn Tuấn",
    "email": "tuan.dinh@example.vn",
    "phone": "0978 112 233",
    "comment": "Xin hỏi hồ sơ đề nghị Bằng khen của Chủ tịch UBND tỉnh cho tập thể gồm những gì?",
    "consent": "on",
}
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()


def ask(client, files=None, **overrides):
    page = client.get(ASK)
    assert page.status_code == 200
    data = {**form_fields(page.content.decode()), **QUESTION, **overrides}
    data = {key: value for key, value in data.items() if value is not None}
    return client.post(ASK, {**data, **(files or {})})


def test_ask_gives_a_code_a_confirmation_and_an_email(client, django_capture_on_commit_callbacks):
    topic = QuestionTopic.objects.first()
    with django_capture_on_commit_callbacks(execute=True):
        response = ask(client, topic=topic.pk if topic else "")
    assert response.status_code == 303
    question = Question.objects.get(email=QUESTION["email"])
    assert question.reference_code.startswith("HD-")
    assert question.state == QuestionState.RECEIVED
    assert question.consent_at is not None
    confirmation = client.get(response["Location"])
    assert question.reference_code in confirmation.content.decode()
    assert "no-store" in confirmation["Cache-Control"]
    assert QUESTION["phone"] not in confirmation.content.decode()
    assert mail.outbox[-1].to == [QUESTION["email"]]
    assert question.reference_code in mail.outbox[-1].body
    assert "/hoi-dap/tra-cuu/" in mail.outbox[-1].body


def test_a_pdf_or_image_attachment_is_kept_privately(client, settings):
    pdf = SimpleUploadedFile("ho-so.pdf", MINIMAL_PDF, content_type="application/pdf")
    assert ask(client, files={"attachment": pdf}).status_code == 303
    question = Question.objects.get(email=QUESTION["email"])
    assert question.attachment.name.endswith(".pdf")
    assert str(settings.PRIVATE_MEDIA_ROOT) in question.attachment.path
    assert str(settings.MEDIA_ROOT) not in question.attachment.path

    image = SimpleUploadedFile("anh.jpg", PNG, content_type="image/jpeg")
    response = ask(client, files={"attachment": image}, email="khac@example.vn")
    assert response.status_code == 303
    # Stored with the extension of what it really is.
    assert Question.objects.get(email="khac@example.vn").attachment.name.endswith(".png")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("ho-so.pdf", b"MZ\x90\x00\x03" + b"\x00" * 200),  # a Windows program renamed .pdf
        ("anh.png", b"<svg onload=alert(1)></svg>"),
        ("tai-lieu.pdf", b"PK\x03\x04 zip"),
    ],
)
def test_an_attachment_is_checked_by_its_content(client, name, content):
    upload = SimpleUploadedFile(name, content, content_type="application/pdf")
    response = ask(client, files={"attachment": upload})
    assert response.status_code == 400
    html = response.content.decode()
    assert "nội dung tệp này không phải" in html
    assert QUESTION["comment"] in html  # what the person typed is kept
    assert not Question.objects.filter(email=QUESTION["email"]).exists()


@override_settings(QUESTION_ATTACHMENT_MAX_BYTES=1000)
def test_an_attachment_over_the_limit_is_refused(client):
    big = SimpleUploadedFile("lon.pdf", MINIMAL_PDF + b"0" * 2000, content_type="application/pdf")
    response = ask(client, files={"attachment": big})
    assert response.status_code == 400
    assert "Tệp đính kèm quá lớn" in response.content.decode()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"name": ""}, "Vui lòng nhập họ và tên"),
        ({"email": "sai"}, "Địa chỉ thư điện tử chưa đúng"),
        ({"phone": "abc"}, "Số điện thoại chưa đúng"),
        ({"kind": "khac"}, "Select a valid choice"),
        ({"comment": "a" * 5001}, "tối đa 5000 ký tự"),
        ({"consent": None}, "đồng ý xử lý dữ liệu cá nhân"),
    ],
)
def test_bad_input_keeps_the_text(client, overrides, message):
    response = ask(client, **overrides)
    assert response.status_code == 400
    html = response.content.decode()
    if message != "Select a valid choice":
        assert message in html
    soup = BeautifulSoup(html, "html.parser")
    if "comment" not in overrides:
        assert soup.find("textarea", {"name": "comment"}).get_text().strip() == QUESTION["comment"]
    assert not Question.objects.filter(email=QUESTION["email"]).exists()


def track(client, code, email):
    return client.post(TRACK, {"code": code, "email": email})


def test_tracking_needs_the_right_code_and_email(client):
    assert ask(client).status_code == 303
    question = Question.objects.get(email=QUESTION["email"])
    question.answer = "<p>Hồ sơ gồm tờ trình, báo cáo thành tích và biên bản họp xét.</p>"
    question.state = QuestionState.ANSWERED
    question.save()

    found = track(client, question.reference_code.lower(), "TUAN.DINH@example.vn")
    assert found.status_code == 200
    html = found.content.decode()
    assert "Đã trả lời" in html and "biên bản họp xét" in html  # shown though not published
    assert "no-store" in found["Cache-Control"]

    wrong_email = track(client, question.reference_code, "nguoi.khac@example.vn")
    missing_code = track(client, "HD-2026-ZZZZZZ", "nguoi.khac@example.vn")
    assert wrong_email.status_code == missing_code.status_code == 404
    # The same answer whether or not the code exists (only the typed code and the form's
    # masked CSRF token differ).
    token = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
    first = token.sub("", wrong_email.content.decode().replace(question.reference_code, "CODE"))
    second = token.sub("", missing_code.content.decode().replace("HD-2026-ZZZZZZ", "CODE"))
    assert first == second
    assert "biên bản họp xét" not in first and "Đã trả lời" not in first
    # The code field is tied to its hint, and an invalid e-mail to its error, for screen readers.
    soup = BeautifulSoup(track(client, "", "sai").content, "html.parser")
    assert soup.find("input", {"name": "code"})["aria-describedby"].split() == [
        "id_code-hint",
        "id_code-error",
    ]
    email = soup.find("input", {"name": "email"})
    assert email["aria-invalid"] == "true"
    assert soup.find(id=email["aria-describedby"]) is not None


@override_settings(
    RATE_LIMITS={
        "question-track": (3, 600),
        "question-ip": (5, 600),
        "question-email": (5, 3600),
        "comment-ip": (10, 600),
        "comment-email": (5, 3600),
    }
)
def test_tracking_attempts_are_limited(client):
    for _ in range(3):
        assert track(client, "HD-2026-AAAAAA", "a@example.vn").status_code == 404
    assert track(client, "HD-2026-AAAAAA", "a@example.vn").status_code == 429


def answered(secretary, **fields):
    question = Question.objects.create(
        name="Nguyễn Thị Bích Ngọc",
        email="ngoc.nguyen@example.vn",
        phone="0912 888 777",
        text="Gia đình tôi ở số 12 Trần Đăng Ninh. Xin hỏi tiêu chuẩn Chiến sĩ thi đua cơ sở?",
        state=QuestionState.ANSWERED,
        answer="<p>Theo Luật Thi đua, khen thưởng 2022, danh hiệu này xét hằng năm.</p>",
        consent_at=timezone.now(),
        assigned_to=secretary,
        **fields,
    )
    return question


def test_publishing_writes_a_page_without_personal_data(client, users):
    secretary = users[demo_accounts.SECRETARIAT]
    question = answered(
        secretary,
        publish=True,
        publication_consent=True,
        public_text="Xin hỏi tiêu chuẩn Chiến sĩ thi đua cơ sở?",
        topic=QuestionTopic.objects.first(),
    )
    page = sync_public_page(question, secretary)
    html = client.get(page.url).content.decode()
    assert "N.T.B.N." in html
    assert "tiêu chuẩn Chiến sĩ thi đua cơ sở" in html
    for private in (
        "ngoc.nguyen@example.vn",
        "0912 888 777",
        "Nguyễn Thị Bích Ngọc",
        "Trần Đăng Ninh",
    ):
        assert private not in html
    # Listed, found without diacritics, and in site search, also without personal data.
    listing = client.get("/hoi-dap/?q=chien+si+thi+dua+co+so").content.decode()
    assert page.title in listing
    search = client.get("/tim-kiem/?q=tieu+chuan+chien+si").content.decode()
    assert page.title in search and "ngoc.nguyen@example.vn" not in search

    question.name_display = NameDisplay.HIDDEN
    sync_public_page(question, secretary)
    assert "N.T.B.N." not in client.get(page.url).content.decode()

    question.publish = False
    sync_public_page(question, secretary)
    assert client.get(page.url).status_code == 404


def test_the_answer_is_emailed_once(users, django_capture_on_commit_callbacks):
    question = answered(users[demo_accounts.SECRETARIAT])
    with django_capture_on_commit_callbacks(execute=True):
        after_staff_save(question, users[demo_accounts.SECRETARIAT])
        question.refresh_from_db()
        after_staff_save(question, users[demo_accounts.SECRETARIAT])
    sent = [m for m in mail.outbox if m.to == ["ngoc.nguyen@example.vn"]]
    assert len(sent) == 1
    assert question.reference_code in sent[0].subject
    assert "xét hằng năm" in sent[0].body and "<p>" not in sent[0].body


def at(day, hour=8):
    return datetime.datetime(*day, hour, tzinfo=HCM)


def test_overdue_counts_working_days(settings):
    settings.QUESTION_ANSWER_WORKING_DAYS = 10
    Holiday.objects.filter(date__year=2026, date__month__in=[4, 5]).delete()
    question = Question(name="A", email="a@example.vn", text="?", submitted_at=at((2026, 4, 20)))
    no_holidays = WorkingCalendar(holidays=[])
    assert not question.is_overdue(no_holidays, now=at((2026, 5, 4)))  # exactly 10 days
    assert question.is_overdue(no_holidays, now=at((2026, 5, 4), 9))
    with_holidays = WorkingCalendar(
        holidays=[datetime.date(2026, 4, 30), datetime.date(2026, 5, 1)]
    )
    assert not question.is_overdue(with_holidays, now=at((2026, 5, 5)))
    assert question.is_overdue(with_holidays, now=at((2026, 5, 6), 9))
    question.state = QuestionState.ANSWERED
    assert not question.is_overdue(with_holidays, now=at((2026, 6, 30)))


def test_the_office_list_shows_overdue_items(client, users):
    late = Question.objects.create(
        name="Lò Văn Pản",
        email="pan@example.vn",
        text="Kiến nghị về thời gian xét khen thưởng.",
        submitted_at=timezone.now() - datetime.timedelta(days=40),
        consent_at=timezone.now(),
    )
    client.force_login(users[demo_accounts.SECRETARIAT])
    listing = client.get("/admin/snippets/consultations/question/")
    assert listing.status_code == 200
    row = next(
        tr
        for tr in BeautifulSoup(listing.content, "html.parser").find_all("tr")
        if late.reference_code in tr.get_text()
    )
    assert "Quá hạn" in row.get_text()
    export = client.get("/admin/snippets/consultations/question/?export=csv")
    assert export.status_code == 200
    assert late.reference_code.encode() in b"".join(export.streaming_content)


def test_every_question_admin_view_is_for_the_secretariat(client, users, settings):
    question = Question.objects.create(
        name="Hà Văn Lâm", email="lam@example.vn", text="Câu hỏi.", consent_at=timezone.now()
    )
    question.attachment.save("dinh-kem.pdf", SimpleUploadedFile("x.pdf", MINIMAL_PDF))
    urls = [
        "/admin/snippets/consultations/question/",
        f"/admin/snippets/consultations/question/edit/{question.pk}/",
        f"/admin/snippets/consultations/question/history/{question.pk}/",
        "/admin/snippets/consultations/question/?export=xlsx",
        f"/admin/y-kien/cau-hoi/{question.pk}/tep-dinh-kem/",
        "/admin/snippets/consultations/questiontopic/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"], url
    outsider = UserFactory(username="khach")
    for user in (
        users[demo_accounts.EDITOR],
        users[demo_accounts.APPROVER],
        users[demo_accounts.UNIT_OFFICER],
        outsider,
    ):
        client.force_login(user)
        for url in urls:
            assert client.get(url).status_code in (302, 403), (user.username, url)
    client.force_login(users[demo_accounts.SECRETARIAT])
    for url in urls:
        assert client.get(url).status_code == 200, url
    listing = client.get("/admin/snippets/consultations/question/").content.decode()
    assert f"/admin/y-kien/cau-hoi/{question.pk}/tep-dinh-kem/" in listing
    download = client.get(f"/admin/y-kien/cau-hoi/{question.pk}/tep-dinh-kem/")
    assert "attachment" in download["Content-Disposition"]
    # Nobody adds or deletes citizens' questions from the admin.
    assert client.get("/admin/snippets/consultations/question/add/").status_code in (302, 403)
    delete = f"/admin/snippets/consultations/question/delete/{question.pk}/"
    assert client.get(delete).status_code in (302, 403)
