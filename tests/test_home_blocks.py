"""The home page's blocks are kept lists (core.models.kept_rows): what they show follows every
publish, unpublish and move at once, and the open rounds follow the clock without any change."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

import consultations.wagtail_hooks
from consultations.models import ConsultationPage
from tests.consultations.factories import ConsultationPageFactory
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def home(client):
    return client.get("/").content.decode()


def test_a_round_leaves_the_home_page_when_it_closes(client, section, monkeypatch):
    round_page = ConsultationPageFactory(
        parent=section("lay-y-kien"), title="Lấy ý kiến đợt thử đóng theo giờ"
    )
    assert round_page.title in home(client)
    # Nothing is saved: only the clock moves past the closing time.
    later = round_page.closes_at + datetime.timedelta(minutes=1)
    monkeypatch.setattr(consultations.wagtail_hooks, "timezone", SimpleNamespace(now=lambda: later))
    assert round_page.title not in home(client)


def test_a_round_that_opens_later_appears_when_it_opens(client, section, monkeypatch):
    now = timezone.now()
    round_page = ConsultationPageFactory(
        parent=section("lay-y-kien"),
        title="Lấy ý kiến đợt thử mở sau",
        opens_at=now + datetime.timedelta(hours=2),
        closes_at=now + datetime.timedelta(days=20),
    )
    assert round_page.title not in home(client)
    opened = now + datetime.timedelta(hours=3)
    monkeypatch.setattr(
        consultations.wagtail_hooks, "timezone", SimpleNamespace(now=lambda: opened)
    )
    assert round_page.title in home(client)


def test_published_unpublished_and_moved_news_show_at_once(client, section):
    news = NewsPageFactory(parent=section("tin-tuc"), title="Tin thử trên trang chủ")
    assert news.title in home(client)
    news.title = "Tin thử đã đổi tiêu đề"
    news.save_revision().publish()
    html = home(client)
    assert "Tin thử đã đổi tiêu đề" in html and "Tin thử trên trang chủ" not in html
    news.move(section("gioi-thieu"), pos="last-child")
    news.refresh_from_db()
    assert f'href="{news.url}"' in home(client)
    news.unpublish()
    assert "Tin thử đã đổi tiêu đề" not in home(client)


def test_an_unpublished_round_leaves_the_home_page(client, section):
    round_page = ConsultationPageFactory(
        parent=section("lay-y-kien"), title="Lấy ý kiến đợt thử gỡ xuống"
    )
    assert round_page.title in home(client)
    ConsultationPage.objects.get(pk=round_page.pk).unpublish()
    assert round_page.title not in home(client)
