"""Queries of each news, document and decision page type: few, and as many with three times
the content.

A served page costs the pages along its address and the page itself (core.routing): 2 queries
before its own content. The view restrictions, the site and the chrome (header, menu, footer,
breadcrumbs) are built once and kept (core.routing, core.chrome)."""

import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from news.models import AwardDecisionPage, LegalDocumentPage, NewsPage
from tests.factories import NewsPageFactory
from tests.news.factories import (
    AwardDecisionPageFactory,
    AwardeeFactory,
    IssuingBodyFactory,
    LegalDocumentPageFactory,
    NewsCategoryFactory,
)
from tests.page_queries import CHROME_QUERIES, queries

pytestmark = pytest.mark.django_db


def add_news(index, count):
    category = NewsCategoryFactory()
    for number in range(count):
        image = Image.objects.create(title=f"Ảnh {number}", file=get_test_image_file())
        page = NewsPageFactory(
            parent=index, category=category, main_image=image, main_image_alt="Ảnh"
        )
        page.tags.add(f"từ khóa {number}")
        page.save_revision().publish()


def test_news_index(client, section):
    index = section("tin-tuc")
    shown = NewsPage.objects.live().child_of(index).count()
    before = queries(client, index.url)
    add_news(index, 2 * shown)
    after = queries(client, index.url)
    assert after == before <= CHROME_QUERIES + 2


def test_news_article(client, section):
    index = section("tin-tuc")
    add_news(index, 1)
    page = NewsPage.objects.live().child_of(index).order_by("-pk").first()
    before = queries(client, page.url)
    for number in range(3):
        page.tags.add(f"thêm {number}")
    page.save_revision().publish()
    after = queries(client, page.url)
    assert after == before <= CHROME_QUERIES + 5


def test_documents_index(client, section):
    index = section("van-ban")
    shown = LegalDocumentPage.objects.live().child_of(index).count()
    before = queries(client, index.url)
    issuer = IssuingBodyFactory()
    for _ in range(2 * shown):
        LegalDocumentPageFactory(parent=index, issuer=issuer)
    after = queries(client, index.url)
    assert after == before <= CHROME_QUERIES + 2


def test_document(client, section):
    page = LegalDocumentPage.objects.live().child_of(section("van-ban")).first()
    before = queries(client, page.url)
    for number in range(3):
        LegalDocumentPageFactory(
            parent=section("van-ban"),
            replaced_by=page,
            status="expired",
            number=f"{number}/TEST",
        )
    after = queries(client, page.url)
    assert after == before <= CHROME_QUERIES + 4


def test_decisions_index(client, section):
    index = section("khen-thuong")
    shown = AwardDecisionPage.objects.live().child_of(index).count()
    before = queries(client, index.url)
    for _ in range(2 * shown):
        decision = AwardDecisionPageFactory(parent=index)
        AwardeeFactory(decision=decision)
    after = queries(client, index.url)
    assert after == before <= CHROME_QUERIES + 2


def test_decision_with_its_awardees(client, section):
    decision = AwardDecisionPageFactory(parent=section("khen-thuong"))
    AwardeeFactory(decision=decision)
    AwardeeFactory(decision=decision, kind="collective", full_name="Hợp tác xã Thử")
    before = queries(client, decision.url)
    for _ in range(6):
        AwardeeFactory(decision=decision)
    after = queries(client, decision.url)
    assert after == before <= CHROME_QUERIES + 3


def test_restrictions_read_once_still_keep_private_pages_private(client, section):
    from wagtail.models import PageViewRestriction

    index = section("tin-tuc")
    add_news(index, 2)
    private, public = NewsPage.objects.live().child_of(index).order_by("-pk")[:2]
    client.get(index.url)  # restrictions read by an earlier request are not reused
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert client.get(private.url).status_code == 302  # to the sign-in page
    assert client.get(public.url).status_code == 200
    listed = [page.pk for page in client.get(index.url).context["news_page"]]
    assert public.pk in listed and private.pk not in listed


def test_statistics(client, section):
    statistics_url = "/thong-ke/"
    before = queries(client, statistics_url)
    decision = AwardDecisionPageFactory(parent=section("khen-thuong"))
    for _ in range(3):
        AwardeeFactory(decision=decision)
    after = queries(client, statistics_url)
    assert after == before
    # The counts are kept per version of the counted data (news.statistics.summary), the
    # targets and the years with decisions are kept lists: only the 3 of every served page.
    assert after <= CHROME_QUERIES + 2
