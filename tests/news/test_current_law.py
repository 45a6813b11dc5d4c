"""The rendered portal cites the law in force: Nghị định 98/2023/NĐ-CP (replaced on 1/7/2025)
and Nghị định 13/2023/NĐ-CP (repealed on 1/1/2026) appear only as texts no longer in force:
on their own pages, in the library marked "Hết hiệu lực", in a sentence that says they were
replaced, or in content dated before they stopped applying."""

import datetime
import html as html_lib
import re

import pytest
from wagtail.models import Page

from consultations.models import ConsultationPage, NomineePage
from news.models import LegalDocumentPage
from news.models.documents import DocumentStatus

pytestmark = pytest.mark.django_db

# Number as cited → the day it stopped applying.
NO_LONGER_IN_FORCE = {
    "98/2023": datetime.date(2025, 7, 1),
    "13/2023": datetime.date(2026, 1, 1),
}
# Table rows are one block (a library row carries its status); otherwise paragraphs, items…
ROW = re.compile(r"<tr\b.*?</tr>", re.S)
BLOCK_EDGE = re.compile(r"</?(?:p|li|dd|dt|h[1-6]|div|section|article|nav|header|footer)\b[^>]*>")
TAG = re.compile(r"<[^>]+>")


def blocks(html):
    html = re.sub(r"<(script|style|head)\b.*?</\1>", " ", html, flags=re.S)
    rows = ROW.findall(html)
    rest = ROW.sub(" ", html)
    for chunk in [*rows, *BLOCK_EDGE.split(rest)]:
        text = " ".join(html_lib.unescape(TAG.sub(" ", chunk)).split())
        if text:
            yield text


def says_no_longer_in_force(text, number):
    lowered = text.lower()
    return (
        "hết hiệu lực" in lowered
        or "được thay thế" in lowered
        or re.search(r"thay thế[^.;]{0,60}" + re.escape(number), lowered) is not None
    )


def historical(page, number):
    """Dated content from before the text stopped applying, or a library document that is
    itself no longer in force (its page says so at the top)."""
    if isinstance(page, LegalDocumentPage):
        return page.status != DocumentStatus.IN_FORCE
    date = getattr(page, "display_date", None)
    if isinstance(date, datetime.datetime):
        date = date.date()
    return date is not None and date < NO_LONGER_IN_FORCE[number]


def offending(html, page=None):
    found = []
    for number in NO_LONGER_IN_FORCE:
        if page is not None and historical(page, number):
            continue
        for text in blocks(html):
            if number in text and not says_no_longer_in_force(text, number):
                found.append((number, text[:300]))
    return found


def rendered(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_the_old_texts_are_marked_no_longer_in_force_in_the_library():
    for number in ("98/2023/NĐ-CP", "13/2023/NĐ-CP"):
        page = LegalDocumentPage.objects.get(number=number)
        assert page.status == DocumentStatus.EXPIRED and page.replaced_by.live


def test_the_named_pages_cite_only_the_law_in_force(client):
    urls = ["/", "/lay-y-kien/", "/hoi-dap/", "/chinh-sach-bao-ve-du-lieu-ca-nhan/"]
    urls += [page.url for page in ConsultationPage.objects.live()]
    for nominee in NomineePage.objects.live():
        urls += [nominee.url, nominee.url + "binh-luan/"]
    urls += [page.url for page in Page.objects.live().child_of(Page.objects.get(slug="hoi-dap"))]
    assert len(urls) > 8
    problems = {url: offending(rendered(client, url)) for url in urls}
    assert {url: found for url, found in problems.items() if found} == {}


def test_every_demo_page_cites_old_texts_only_as_no_longer_in_force(client):
    problems = {}
    for page in Page.objects.live().public().specific().exclude(depth__lte=1):
        response = client.get(page.url)
        if response.status_code != 200:
            continue
        found = offending(response.content.decode(), page)
        if found:
            problems[page.url] = found
    listing = 1
    while True:
        response = client.get("/van-ban/", {"trang": listing})
        found = offending(response.content.decode())
        if found:
            problems[f"/van-ban/?trang={listing}"] = found
        if 'rel="next"' not in response.content.decode() or listing > 10:
            break
        listing += 1
    assert problems == {}


def test_the_check_catches_a_current_citation_of_a_replaced_text():
    html = "<p>Theo Nghị định số 98/2023/NĐ-CP, danh sách được công khai.</p>"
    assert offending(html) == [
        ("98/2023", "Theo Nghị định số 98/2023/NĐ-CP, danh sách được công khai.")
    ]
    html = "<p>Nghị định 152/2025/NĐ-CP thay thế Nghị định số 98/2023/NĐ-CP.</p>"
    assert offending(html) == []
