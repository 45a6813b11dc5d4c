"""Following an opinion or a reader comment by its code and e-mail (/tra-cuu-y-kien/): received,
published with its link, not published with the moderator's reason, answered; the same answer
for a wrong e-mail and an unknown code, what was typed kept, never cached for others, never
indexed, limited against guessing, and no contact data shown back."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache
from django.test import override_settings

from consultations import moderation
from consultations.models import PortalComment
from demo import accounts as demo_accounts
from tests.consultations.factories import ConsultationPageFactory, NomineePageFactory
from tests.consultations.helpers import OPINION, READER_COMMENT, submit
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db
STATUS = "/tra-cuu-y-kien/"
BASE = "https://thiduakhenthuong.langson.gov.vn"


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def nominee(section):
    consultation = ConsultationPageFactory(parent=section("lay-y-kien"))
    return NomineePageFactory(parent=consultation)


@pytest.fixture
def secretary(users):
    return users[demo_accounts.SECRETARIAT]


def look_up(client, code, email=OPINION["email"]):
    return client.post(STATUS, {"code": code, "email": email})


def state_of(response):
    badge = BeautifulSoup(response.content, "html.parser").find(attrs={"data-opinion-state": True})
    return badge["data-opinion-state"], " ".join(badge.get_text().split())


def sent_opinion(client, nominee):
    assert submit(client, nominee.url).status_code == 303
    return PortalComment.objects.get(page_id=nominee.pk)


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_confirmation_page_and_email_lead_to_the_status_page(
    client, nominee, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, nominee.url)
    opinion = PortalComment.objects.get(page_id=nominee.pk)

    confirmation = BeautifulSoup(client.get(response["Location"]).content, "html.parser")
    link = confirmation.find("a", href=re.compile(r"^/tra-cuu-y-kien/"))
    assert link["href"] == f"{STATUS}?code={opinion.reference_code}"
    # The link fills in the code, never the e-mail.
    form = BeautifulSoup(client.get(link["href"]).content, "html.parser")
    assert form.find("input", {"name": "code"})["value"] == opinion.reference_code
    assert form.find("input", {"name": "email"}).get("value") is None

    body = mail.outbox[0].body
    assert f"{BASE}{STATUS}?code={opinion.reference_code}" in body
    assert f"{BASE}{nominee.url}" in body


def test_an_opinion_is_followed_from_received_to_published_and_answered(client, nominee, secretary):
    opinion = sent_opinion(client, nominee)

    received = look_up(client, opinion.reference_code.lower())  # typed in lower case
    assert received.status_code == 200
    assert state_of(received) == ("received", "Đã nhận, đang chờ duyệt")
    html = received.content.decode()
    assert OPINION["comment"] in html and nominee.title in html
    # Nothing of the contact data the person did not type here.
    for private in (OPINION["phone"], OPINION["address"], OPINION["name"]):
        assert private not in html

    moderation.approve([opinion], secretary)
    published = look_up(client, opinion.reference_code)
    assert state_of(published) == ("published", "Đã công bố")
    soup = BeautifulSoup(published.content, "html.parser")
    link = soup.find("a", string=re.compile("Xem ý kiến đã công bố"))
    assert link["href"] == f"{nominee.url}#y-kien-{opinion.pk}"
    # The link leads to the opinion on the nominee's page.
    assert f'id="y-kien-{opinion.pk}"' in client.get(nominee.url).content.decode()

    moderation.reply_officially(opinion, secretary, "Hội đồng đã ghi nhận và xác minh ý kiến.")
    answered = BeautifulSoup(look_up(client, opinion.reference_code).content, "html.parser")
    assert "Đã được trả lời" in answered.get_text()
    assert "Trả lời của Hội đồng" in answered.get_text()
    assert "Hội đồng đã ghi nhận và xác minh ý kiến." in answered.get_text()


def test_an_opinion_of_a_round_that_shows_none_is_approved_not_published(
    client, nominee, secretary
):
    consultation = nominee.get_parent().specific
    consultation.show_opinions_publicly = False
    consultation.save_revision().publish()
    opinion = sent_opinion(client, nominee)
    moderation.approve([opinion], secretary)
    response = look_up(client, opinion.reference_code)
    assert state_of(response) == ("approved", "Đã duyệt")
    assert "không công khai nội dung từng ý kiến" in response.content.decode()
    assert f"#y-kien-{opinion.pk}" not in response.content.decode()


def test_not_published_shows_the_reason_from_the_list_never_the_office_note(
    client, nominee, secretary
):
    opinion = sent_opinion(client, nominee)
    moderation.reject([opinion], secretary, "abusive", "Ghi chú nội bộ về ông Nguyễn Văn A")
    response = look_up(client, opinion.reference_code)
    assert state_of(response) == ("not_published", "Không công bố")
    text = BeautifulSoup(response.content, "html.parser").get_text()
    assert "Lý do không công bố" in text
    assert "Ngôn từ xúc phạm, thiếu văn hóa" in text
    assert "Ghi chú nội bộ" not in text

    # "Lý do khác": the moderator's words are the reason.
    moderation.reject([opinion], secretary, "other", "Ý kiến gửi nhầm đợt lấy ý kiến.")
    text = BeautifulSoup(look_up(client, opinion.reference_code).content, "html.parser").get_text()
    assert "Ý kiến gửi nhầm đợt lấy ý kiến." in text


def test_an_opinion_being_verified_says_so(client, nominee, secretary):
    opinion = sent_opinion(client, nominee)
    moderation.mark_for_verification([opinion], secretary)
    assert state_of(look_up(client, opinion.reference_code))[0] == "verifying"


def test_a_reader_comment_is_followed_too(client, section, secretary):
    article = NewsPageFactory(parent=section("tin-tuc"))
    assert submit(client, article.url, READER_COMMENT).status_code == 303
    comment = PortalComment.objects.get(page_id=article.pk)
    assert comment.reference_code.startswith("BL-")
    moderation.approve([comment], secretary)
    response = look_up(client, comment.reference_code, READER_COMMENT["email"])
    assert state_of(response) == ("published", "Đã công bố")
    assert f'href="{article.url}#y-kien-{comment.pk}"' in response.content.decode()
    assert "Bình luận " + comment.reference_code in response.content.decode()


def test_a_wrong_email_and_an_unknown_code_get_the_same_answer_with_what_was_typed(client, nominee):
    opinion = sent_opinion(client, nominee)
    wrong_email = look_up(client, opinion.reference_code, "nguoi.khac@example.vn")
    unknown = look_up(client, "YK-2026-ZZZZZZ", "nguoi.khac@example.vn")
    assert wrong_email.status_code == unknown.status_code == 404
    for response, code in ((wrong_email, opinion.reference_code), (unknown, "YK-2026-ZZZZZZ")):
        soup = BeautifulSoup(response.content, "html.parser")
        assert "Không tìm thấy ý kiến, bình luận nào" in soup.find(class_="form__errors").text
        assert soup.find("input", {"name": "code"})["value"] == code
        assert soup.find("input", {"name": "email"})["value"] == "nguoi.khac@example.vn"
        assert OPINION["comment"] not in response.content.decode()
    token = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
    first = token.sub("", wrong_email.content.decode().replace(opinion.reference_code, "CODE"))
    second = token.sub("", unknown.content.decode().replace("YK-2026-ZZZZZZ", "CODE"))
    assert first == second

    # Missing and malformed input: a Vietnamese message tied to its field.
    bad = BeautifulSoup(look_up(client, "", "khong-phai-thu").content, "html.parser")
    assert "Vui lòng nhập mã tiếp nhận." in bad.get_text()
    email = bad.find("input", {"name": "email"})
    assert email["aria-invalid"] == "true"
    assert email["value"] == "khong-phai-thu"


def test_the_status_page_is_private_and_not_indexed(client, nominee):
    opinion = sent_opinion(client, nominee)
    for response in (client.get(STATUS), look_up(client, opinion.reference_code)):
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]
        assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_the_status_page_is_never_served_from_the_shared_cache(client, nominee, page_cache_on):
    first = client.get(STATUS)
    second = client.get(STATUS)
    assert first.get("X-Cache") != "HIT" and second.get("X-Cache") != "HIT"


def test_an_email_in_the_address_is_dropped_at_once(client):
    response = client.get(STATUS, {"code": "YK-2026-ABCDEF", "email": "a@example.vn"})
    assert response.status_code == 303
    assert response["Location"] == f"{STATUS}?code=YK-2026-ABCDEF"


@override_settings(
    RATE_LIMITS={
        "question-track": (3, 600),
        "question-ip": (5, 600),
        "question-email": (5, 3600),
        "comment-ip": (10, 600),
        "comment-email": (5, 3600),
    }
)
def test_guessing_codes_is_limited(client, nominee):
    opinion = sent_opinion(client, nominee)
    for _ in range(3):
        assert look_up(client, "YK-2026-AAAAAA").status_code == 404
    limited = look_up(client, opinion.reference_code)  # even the right pair, once over
    assert limited.status_code == 429
    assert "quá nhiều lần" in limited.content.decode()
    assert OPINION["comment"] not in limited.content.decode()
