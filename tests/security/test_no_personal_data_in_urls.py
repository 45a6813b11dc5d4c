"""No e-mail, phone number or postal address ever travels in an address (URL).

An address is kept where nobody controls it: the browser's history, the servers' and proxies'
logs, the Referer sent to the next site, analytics. So every public page of the demo site, as
a citizen and as a unit officer, is read for:

1. GET forms (a form without a method is one) with a field for an e-mail, a phone or an
   address: their values would be put in the address of the result;
2. links whose query string names such a field;
3. redirects whose Location carries an e-mail or a phone number.

The list of addresses comes from the URL patterns themselves (as in test_admin_walk.py) and the
demo's page tree with each routable page's argument-free routes, so a new page or route is
walked without anyone writing it down. The forms that take personal data by POST are then
submitted, and their redirects checked too.
"""

import re
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver

from tests.consultations.helpers import OPINION, READER_COMMENT, form_fields, submit
from tests.security.test_admin_walk import argument_names

pytestmark = pytest.mark.django_db

ADMIN_PREFIX = f"{settings.ADMIN_PATH}/"
# Field names, input types and autocomplete tokens of an e-mail, a phone or an address.
PERSONAL_NAME = re.compile(
    r"e-?mail|mail|phone|tel|dien[-_]?thoai|sdt|address|dia[-_]?chi", re.IGNORECASE
)
PERSONAL_TYPES = {"email", "tel"}
PERSONAL_AUTOCOMPLETE = re.compile(r"\b(email|tel[\w-]*|street-address|address-line\d)\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# A phone number stands apart: not the digits inside a hex token ("…8c00409791417/").
PHONE = re.compile(r"(?:\+84|(?<![0-9A-Za-z])0)\d(?:[ .-]?\d){7,9}(?![0-9A-Za-z])")
# Addresses that end the session or stream files: walked elsewhere.
SKIPPED = {"/tai-khoan/dang-xuat/"}


def public_routes(patterns=None, prefix=""):
    """Every argument-free route outside the admin, through every include."""
    if patterns is None:
        patterns = get_resolver().url_patterns
    for entry in patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from public_routes(entry.url_patterns, route)
        elif isinstance(entry, URLPattern) and not route.startswith(ADMIN_PREFIX):
            if argument_names(route) or not route or any(c in route for c in "^$(*["):
                continue  # needs an argument or is Wagtail's page catch-all (walked below)
            yield "/" + route


def page_addresses():
    """Every live page of the demo, and the argument-free routes of the routable ones."""
    from wagtail.contrib.routable_page.models import RoutablePageMixin
    from wagtail.models import Page

    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        url = page.url
        if not url:
            continue
        yield url
        if isinstance(page, RoutablePageMixin):
            for pattern in page.get_subpage_urls():
                if pattern.name == "index_route" or argument_names(str(pattern.pattern)):
                    continue
                yield url + page.reverse_subpage(pattern.name)


def personal_fields(form):
    found = []
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name", "")
        kind = (field.get("type") or "").lower()
        autocomplete = field.get("autocomplete") or ""
        if kind in {"hidden", "submit", "button"} and not PERSONAL_NAME.search(name):
            continue
        if (
            PERSONAL_NAME.search(name)
            or kind in PERSONAL_TYPES
            or PERSONAL_AUTOCOMPLETE.search(autocomplete)
        ):
            found.append(name or kind)
    return found


def leaks_in_page(url, html):
    soup = BeautifulSoup(html, "html.parser")
    problems = []
    for form in soup.find_all("form"):
        if (form.get("method") or "get").lower() != "get":
            continue
        fields = personal_fields(form)
        if fields:
            problems.append(f"{url}: GET form {form.get('action')!r} with {fields}")
    for link in soup.find_all("a", href=True):
        query = urlsplit(link["href"]).query
        names = [name for name, _value in parse_qsl(query) if PERSONAL_NAME.search(name)]
        if names or EMAIL.search(unquote(query)):
            problems.append(f"{url}: link {link['href']!r}")
    return problems


def leaks_in_location(url, response):
    location = unquote(response.get("Location", ""))
    if EMAIL.search(location) or PHONE.search(location):
        return [f"{url}: redirects to {location!r}"]
    return []


def test_the_checks_catch_what_they_look_for():
    """The detectors themselves, on the shapes they must refuse and those they must let by."""
    bad = (
        '<form action="/hoi-dap/tra-cuu/"><input name="code"><input name="email"></form>'
        '<form><input type="tel" name="so"></form>'
        '<form method="GET"><input name="dia_chi"></form>'
        '<a href="/hoi-dap/tra-cuu/?code=X&amp;email=a%40example.vn">x</a>'
    )
    assert len(leaks_in_page("/", bad)) == 4
    good = (
        '<form method="post"><input name="email"><input type="tel" name="phone"></form>'
        '<form><input name="q"><select name="nam"></select></form>'
        '<a href="/tra-cuu/?q=Nguyen&amp;trang=2">x</a>'
    )
    assert leaks_in_page("/", good) == []

    class Redirect(dict):
        pass

    assert leaks_in_location("/", Redirect(Location="/x/?e=a%40example.vn"))
    assert leaks_in_location("/", Redirect(Location="/x/?p=0912%20345%20678"))
    assert not leaks_in_location("/", Redirect(Location="/hoi-dap/da-gui/MTI:1a2b3c/"))


@pytest.mark.parametrize("who", ["anonymous", "officer"])
def test_no_public_address_carries_personal_data(as_role, who):
    client = as_role(who)
    addresses = sorted(set(public_routes()) | set(page_addresses()))
    assert "/hoi-dap/tra-cuu/" in addresses and "/tra-cuu/" in addresses
    problems = []
    walked = 0
    for url in addresses:
        if url in SKIPPED:
            continue
        response = client.get(url)
        walked += 1
        assert response.status_code < 500, url
        problems += leaks_in_location(url, response)
        if "html" in response.get("Content-Type", "") and not response.streaming:
            problems += leaks_in_page(url, response.content.decode())
    assert walked > 50
    assert not problems, "\n".join(problems)


def test_an_old_tracking_link_loses_the_email_and_shows_no_result(client):
    from consultations.models import Question

    question = Question.objects.create(
        name="Vi Thị Lan",
        email="lan.vi@example.vn",
        text="Xin hỏi thủ tục đề nghị Bằng khen?",
        answer="<p>Hồ sơ gồm tờ trình và báo cáo thành tích.</p>",
        state="answered",
    )
    old = client.get(
        "/hoi-dap/tra-cuu/", {"code": question.reference_code, "email": question.email}
    )
    assert old.status_code == 303
    assert "lan.vi" not in old["Location"] and "email" not in old["Location"]
    assert old["Location"].endswith(f"?code={question.reference_code}")
    form = client.get(old["Location"])
    html = form.content.decode()
    assert "tờ trình và báo cáo thành tích" not in html
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("input", {"name": "code"})["value"] == question.reference_code
    assert not soup.find("input", {"name": "email"}).get("value")
    tracking = soup.find("input", {"name": "code"}).find_parent("form")
    assert tracking["method"] == "post"
    assert tracking.find("input", {"name": "csrfmiddlewaretoken"}) is not None
    # Posted, the same pair finds the answer.
    found = client.post(
        "/hoi-dap/tra-cuu/", {"code": question.reference_code, "email": question.email}
    )
    assert "tờ trình và báo cáo thành tích" in found.content.decode()


def test_the_forms_taking_personal_data_redirect_without_it(client, nominee, news_page):
    """The opinion, the reader comment and the question are posted (with e-mail, phone and
    address), and their confirmation addresses carry none of it."""
    redirects = [
        submit(client, nominee.url, OPINION),
        submit(client, news_page.url, READER_COMMENT),
    ]
    ask = client.get("/hoi-dap/gui-cau-hoi/")
    data = {
        **form_fields(ask.content.decode()),
        "kind": "question",
        "name": "Đinh Văn Tuấn",
        "email": "tuan.dinh@example.vn",
        "phone": "0978 112 233",
        "comment": "Xin hỏi thời hạn nộp hồ sơ đề nghị khen thưởng cuối năm?",
        "consent": "on",
    }
    redirects.append(client.post("/hoi-dap/gui-cau-hoi/", data))
    for response in redirects:
        assert response.status_code in (302, 303), response.status_code
        assert leaks_in_location("form", response) == []
        page = client.get(response["Location"])
        assert page.status_code == 200
        assert leaks_in_page(response["Location"], page.content.decode()) == []
