"""Pages stay cheap: their query counts do not grow with the content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import NewsPage
from tests.factories import NewsPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

# None: the view restrictions and the home blocks (news, exemplars, open rounds, frequent
# questions, the open campaign) are lists kept until what they show changes
# (tests/test_home_queries.py).
MAX_HOME_QUERIES = 0


def count_queries(client, address="/"):
    client.get(address)  # warm the per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200
    return len(queries)


def double_the_content(home_page):
    news_index = home_page.get_children().get(slug="tin-tuc").specific
    news_count = news_index.get_children().count()
    for _ in range(news_count):
        NewsPageFactory(parent=news_index)
    for _ in range(home_page.get_children().count()):
        StandardPageFactory(parent=home_page, show_in_menus=True)


def test_home_query_count_is_small_and_constant(client, home_page):
    before = count_queries(client)
    assert before <= MAX_HOME_QUERIES

    double_the_content(home_page)
    assert count_queries(client) == before


# Search is bounded separately (tests/test_search.py): it runs one query per page type shown.
@pytest.mark.parametrize("address", ["/tin-tuc/", "/gioi-thieu/", "/gioi-thieu/co-cau-to-chuc/"])
def test_other_pages_query_counts_do_not_grow_with_content(client, home_page, address):
    before = count_queries(client, address)
    double_the_content(home_page)
    assert count_queries(client, address) == before


def test_home_shows_the_newest_news_first(client, home_page):
    news_index = home_page.get_children().get(slug="tin-tuc").specific
    newest_demo = NewsPage.objects.order_by("-date").first()
    NewsPageFactory(parent=news_index, title="Tin mới nhất về phong trào thi đua")
    html = client.get("/").content.decode()
    assert html.index("Tin mới nhất về phong trào thi đua") < html.index(newest_demo.title)


def test_every_page_leads_to_the_privacy_policy_and_to_data_requests(client):
    html = client.get("/").content.decode()
    footer = html[html.index('class="site-footer"') :]
    assert 'href="/chinh-sach-bao-ve-du-lieu-ca-nhan/"' in footer
    assert 'href="/du-lieu-ca-nhan/"' in footer
    assert client.get("/du-lieu-ca-nhan/").status_code == 200
