"""Commenters' e-mail, phone and address never reach a public answer: pages, feeds, search,
sitemap, the public exports and the addresses django-comments-xtd would otherwise expose.
Asserted on raw response bodies. Also: reader comments on news and exemplar stories, and
query counts that do not grow with the number of comments."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consultations import moderation
from consultations.models import PortalComment
from demo import accounts as demo_accounts
from exemplars.models import ExemplarPage
from news.models import NewsPage
from tests.consultations.factories import ConsultationPageFactory, NomineePageFactory
from tests.consultations.helpers import OPINION, READER_COMMENT, form_fields, form_url, submit

pytestmark = pytest.mark.django_db

SECRETS = {
    "email": "bi.mat.rieng@example.vn",
    "phone": "0987 654 321",
    "address": "Số 99 ngõ Bí Mật, phường Tam Thanh",
}


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()


@pytest.fixture
def nominee(section):
    consultation = ConsultationPageFactory(parent=section("lay-y-kien"))
    return NomineePageFactory(parent=consultation, title="Bà Nông Thị Hạnh")


def public_urls(nominee, news, story, confirmation):
    consultation = nominee.get_parent()
    return [
        "/",
        "/lay-y-kien/",
        consultation.url,
        nominee.url,
        nominee.url + "?trang-y-kien=1",
        confirmation,
        news.url,
        story.url,
        "/tin-tuc/rss/",
        "/guong-dien-hinh/rss/",
        "/sitemap.xml",
        "/tim-kiem/?q=Hạnh",
        "/tim-kiem/?q=" + SECRETS["email"],
        "/tim-kiem/?q=" + SECRETS["phone"],
        "/tim-kiem/?q=Phan+Văn+Khải",
        "/tra-cuu/tai-ve/csv/",
        "/tra-cuu/tai-ve/xlsx/",
        "/thong-ke/tai-ve/csv/",
    ]


def test_private_fields_are_absent_from_every_public_answer(client, nominee, users):
    secretary = users[demo_accounts.SECRETARIAT]
    response = submit(
        client,
        nominee.url,
        name="Phan Văn Khải",
        email=SECRETS["email"],
        phone=SECRETS["phone"],
        address=SECRETS["address"],
    )
    assert response.status_code == 303
    confirmation = response["Location"]
    news = NewsPage.objects.live().first()
    story = ExemplarPage.objects.live().first()
    reader = submit(
        client, news.url, {**READER_COMMENT, "email": SECRETS["email"], "name": "Phan Văn Khải"}
    )
    assert reader.status_code == 303
    moderation.approve(list(PortalComment.objects.filter(user_name="Phan Văn Khải")), secretary)

    checked = 0
    for url in public_urls(nominee, news, story, confirmation):
        response = client.get(url)
        assert response.status_code == 200, url
        body = b"".join(response) if response.streaming else response.content
        for secret in SECRETS.values():
            # A search page echoes what was typed into it, and nothing more.
            if secret in url:
                control = client.get(url.replace(secret, "0000 000 000")).content
                assert body.count(secret.encode()) == control.count(b"0000 000 000"), url
            else:
                assert secret.encode() not in body, (url, secret)
        checked += 1
    assert checked == 18
    # The approved opinion is public: its name and text are there, its contacts are not.
    body = client.get(nominee.url).content.decode()
    assert "Phan Văn Khải" in body and OPINION["comment"] in body


@pytest.mark.parametrize(
    "url",
    [
        "/comments/",
        "/comments/api/feeds/",
        "/comments/feeds/latest/",
        "/api/v2/pages/",
        "/comments/api/nguoi/",
    ],
)
def test_no_comment_feed_or_api_is_exposed(client, url):
    assert client.get(url).status_code == 404


def test_reader_comments_are_moderated_and_threaded_two_levels(client, users):
    secretary = users[demo_accounts.SECRETARIAT]
    news = NewsPage.objects.live().first()
    first = submit(client, news.url, READER_COMMENT)
    assert first.status_code == 303
    comment = PortalComment.objects.get(page_id=news.pk, user_name=READER_COMMENT["name"])
    assert comment.reference_code.startswith("BL-")
    assert comment.round_id is None and comment.stance == "" and comment.phone == ""
    assert READER_COMMENT["comment"] not in client.get(news.url).content.decode()
    moderation.approve([comment], secretary)
    assert READER_COMMENT["comment"] in client.get(news.url).content.decode()

    # A reply to the comment (second level)…
    reply_page = client.get(form_url(news.url) + f"?tra-loi={comment.pk}")
    fields = form_fields(reply_page.content.decode())
    assert fields["reply_to"] == str(comment.pk)
    answer = {**READER_COMMENT, "name": "Hoàng Thu Trang", "comment": "Đồng tình với bạn."}
    assert client.post(news.url, {**fields, **answer}).status_code == 303
    reply = PortalComment.objects.get(user_name="Hoàng Thu Trang")
    assert (reply.parent_id, reply.level, reply.thread_id) == (comment.pk, 1, comment.pk)

    # …but not a reply to the reply: there are two levels only.
    moderation.approve([reply], secretary)
    fields = form_fields(client.get(form_url(news.url)).content.decode())
    third = {**READER_COMMENT, "name": "Lý Văn Sáu", "reply_to": reply.pk}
    response = client.post(news.url, {**fields, **third})
    assert response.status_code == 400
    assert "không còn nhận trả lời" in response.content.decode()
    assert not PortalComment.objects.filter(user_name="Lý Văn Sáu").exists()


def test_editors_can_switch_reader_comments_off(client):
    story = ExemplarPage.objects.live().first()
    assert 'id="binh-luan-form"' in client.get(form_url(story.url)).content.decode()
    fields = form_fields(client.get(form_url(story.url)).content.decode())
    ExemplarPage.objects.filter(pk=story.pk).update(allow_comments=False)
    assert 'id="binh-luan-form"' not in client.get(form_url(story.url)).content.decode()
    response = client.post(story.url, {**fields, **READER_COMMENT})
    assert response.status_code == 403
    assert not PortalComment.objects.filter(page_id=story.pk).exists()


def test_query_count_of_a_nominee_page_does_not_grow_with_opinions(client, nominee, users):
    from tests.consultations.test_moderation import opinion

    secretary = users[demo_accounts.SECRETARIAT]

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(nominee.url).status_code == 200
        return len(captured)

    moderation.approve([opinion(nominee, n) for n in range(3)], secretary)
    queries()  # warm the site and settings caches
    few = queries()
    batch = [opinion(nominee, n) for n in range(3, 30)]
    moderation.approve(batch, secretary)
    for item in batch[:10]:
        moderation.reply_officially(item, secretary, "Cảm ơn ý kiến.")
    many = queries()
    assert few == many
    assert many <= 25
