"""The RSS feeds of news and exemplary stories give every address (the channel's link, its
atom:link to itself, each item's link and guid) on the Wagtail Site's own hostname and port,
never django.contrib.sites' example.com nor the Host a client sends."""

import pytest
from defusedxml import ElementTree as ET
from wagtail.models import Site

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db
DOMAIN = "thiduakhenthuong.langson.gov.vn"
ROOT = f"https://{DOMAIN}"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def province_site(db, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, DOMAIN]
    site = Site.objects.get(is_default_site=True)
    site.hostname = DOMAIN
    site.port = 443
    site.save()
    return site


def addresses(body):
    channel = ET.fromstring(body).find("channel")
    items = channel.findall("item")
    assert items, "the feed lists no item"
    return {
        "link": channel.findtext("link"),
        "self": channel.find(f"{ATOM}link").get("href"),
        "items": [item.findtext("link") for item in items],
        "guids": [item.findtext("guid") for item in items],
    }


@pytest.mark.parametrize("section_path", ["/tin-tuc/", "/guong-dien-hinh/"])
def test_feed_addresses_are_on_the_sites_own_domain(client, province_site, section_path):
    NewsPageFactory(parent=Site.objects.get().root_page.get_children().get(slug="tin-tuc"))
    # Asked for on another host name (the default site answers): the feed still names its own.
    response = client.get(section_path + "rss/", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    body = response.content.decode()
    assert "example.com" not in body and "localhost" not in body and "testserver" not in body
    found = addresses(response.content)
    assert found["link"] == ROOT + section_path
    assert found["self"] == ROOT + section_path + "rss/"
    for link in found["items"] + found["guids"]:
        assert link.startswith(ROOT + section_path), link
    # The items' links lead to their pages.
    path = found["items"][0].removeprefix(ROOT)
    assert client.get(path, HTTP_HOST=DOMAIN).status_code == 200


def test_a_site_on_a_port_of_its_own_keeps_it(client, province_site):
    province_site.port = 8443
    province_site.save()
    found = addresses(client.get("/tin-tuc/rss/").content)
    assert found["self"] == f"http://{DOMAIN}:8443/tin-tuc/rss/"
    assert all(link.startswith(f"http://{DOMAIN}:8443/tin-tuc/") for link in found["items"])
