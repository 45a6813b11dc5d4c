"""The shared cache of anonymous pages: what is stored, what never is, and purging."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from consultations import moderation
from consultations.models import PortalComment
from core import pagecache
from demo import accounts as demo_accounts
from news.models import NewsPage
from registrations import workflow
from tests.consultations.factories import ConsultationPageFactory, NomineePageFactory
from tests.consultations.helpers import submit
from tests.registrations.factories import CampaignFactory, UnitFactory, registration_with_rows

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


def test_an_anonymous_page_is_served_from_the_cache_without_a_query(client):
    first = client.get("/tin-tuc/")
    assert first["X-Cache"] == "MISS"
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/tin-tuc/")
    assert second["X-Cache"] == "HIT"
    assert len(queries) == 0
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    # A CDN keeps the shared copy apart from visitors who carry cookies.
    assert "Cookie" in first["Vary"] and "Cookie" in second["Vary"]
    # The security headers are added to the cached answer too.
    assert "script-src 'self'" in second["Content-Security-Policy"]


def test_cached_pages_tell_a_cdn_how_long_to_keep_them(client):
    response = client.get("/tin-tuc/")
    control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"public", "max-age=60", "s-maxage=300", "stale-while-revalidate=60"} <= control


def test_query_strings_are_part_of_the_key_in_any_order(client):
    assert client.get("/tra-cuu/?ten=nguyen&nam=2024")["X-Cache"] == "MISS"
    assert client.get("/tra-cuu/?nam=2024&ten=nguyen")["X-Cache"] == "HIT"
    assert client.get("/tra-cuu/?ten=tran")["X-Cache"] == "MISS"


def test_publishing_a_page_purges_what_shows_it(
    client, section, django_capture_on_commit_callbacks
):
    before = client.get("/tin-tuc/")
    assert client.get("/tin-tuc/")["X-Cache"] == "HIT"
    news = NewsPage.objects.live().order_by("-date").first()
    news.title = "Tỉnh tổng kết phong trào thi đua yêu nước năm 2026"
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()
    after = client.get("/tin-tuc/")
    assert after["X-Cache"] == "MISS"
    assert "Tỉnh tổng kết phong trào thi đua yêu nước năm 2026" in after.content.decode()
    assert after.content != before.content


def test_unpublishing_purges_too(client, section, django_capture_on_commit_callbacks):
    about = section("gioi-thieu")
    page = about.get_children().live().first().specific
    assert client.get(page.url).status_code == 200
    assert client.get(page.url)["X-Cache"] == "HIT"
    assert client.get(about.url)["X-Cache"] == "MISS"
    assert client.get(about.url)["X-Cache"] == "HIT"
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert client.get(page.url).status_code == 404
    # The section's own page lists its children: purged as well.
    refreshed = client.get(about.url)
    assert refreshed["X-Cache"] == "MISS"
    assert page.title not in refreshed.content.decode()


def test_a_pending_opinion_purges_nothing_and_its_approval_purges(
    client, section, users, django_capture_on_commit_callbacks
):
    consultation = ConsultationPageFactory(parent=section("lay-y-kien"))
    nominee = NomineePageFactory(parent=consultation)
    listing = consultation.url
    assert client.get(listing)["X-Cache"] == "MISS"
    with django_capture_on_commit_callbacks(execute=True):
        assert submit(client, nominee.url).status_code == 303
    client.cookies.clear()
    # Waiting for moderation, it shows nowhere: the cached pages stay.
    assert client.get(listing)["X-Cache"] == "HIT"
    comment = PortalComment.objects.get(object_pk=str(nominee.pk))
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve(
            [comment], users[demo_accounts.SECRETARIAT]
        )  # a queryset update, no signal
    assert client.get(listing)["X-Cache"] == "MISS"


def test_a_draft_registration_purges_nothing_and_sending_it_purges(
    client, django_capture_on_commit_callbacks
):
    unit = UnitFactory(name="Sở Xây dựng thử nghiệm")
    registration = registration_with_rows(CampaignFactory(), unit)
    assert client.get("/dang-ky-thi-dua/")["X-Cache"] == "MISS"
    with django_capture_on_commit_callbacks(execute=True):  # the unit edits its draft
        registration.signer_name = "Trần Văn Nam"
        registration.save()
        registration.collective_titles.clear()
        registration.indicators.create(content="Tỷ lệ hồ sơ đúng hạn", planned_value=98)
    assert client.get("/dang-ky-thi-dua/")["X-Cache"] == "HIT"
    with django_capture_on_commit_callbacks(execute=True):
        workflow.submit(registration, None)
    assert client.get("/dang-ky-thi-dua/")["X-Cache"] == "MISS"


def test_a_comment_form_is_never_stored_and_the_page_beside_it_is(client, section):
    consultation = ConsultationPageFactory(parent=section("lay-y-kien"))
    nominee = NomineePageFactory(parent=consultation)
    news = NewsPage.objects.live().order_by("-date").first()  # with its readers' comments
    for page_url in (nominee.url, news.url):
        form_url = page_url + "binh-luan/"
        for _attempt in range(2):
            response = client.get(form_url)
            assert 'name="csrfmiddlewaretoken"' in response.content.decode()
            assert response["X-Cache"] == "BYPASS"
            assert "private" in response["Cache-Control"]
            client.cookies.clear()
        # The page itself carries no form, only the way to it: every reader shares it.
        assert client.get(page_url)["X-Cache"] == "MISS"
        page = client.get(page_url)
        assert page["X-Cache"] == "HIT"
        html = page.content.decode()
        assert "csrfmiddlewaretoken" not in html
        assert f'href="{form_url}#binh-luan-form"' in html


@pytest.mark.parametrize("address", ["/hoi-dap/", "/tai-khoan/dang-nhap/", "/lien-he/"])
def test_pages_with_forms_and_tokens_stay_private(client, address):
    response = client.get(address)
    html = response.content.decode()
    if "csrfmiddlewaretoken" in html:
        assert response.get("X-Cache") in (None, "BYPASS")
        assert "private" in response["Cache-Control"]
        client.cookies.clear()
        assert client.get(address).get("X-Cache") in (None, "BYPASS")


def test_signed_in_people_never_get_or_leave_a_cached_page(client, users):
    client.force_login(
        users[demo_accounts.EDITOR] if demo_accounts.EDITOR in users else next(iter(users.values()))
    )
    signed_in = client.get("/tin-tuc/")
    assert "X-Cache" not in signed_in
    assert "private" in signed_in["Cache-Control"]
    client.logout()
    client.cookies.clear()
    anonymous = client.get("/tin-tuc/")
    assert anonymous["X-Cache"] == "MISS"  # nothing was stored from the signed-in visit


def test_a_visitor_with_a_session_is_not_served_from_the_cache(client, settings):
    client.get("/tin-tuc/")
    client.cookies[settings.SESSION_COOKIE_NAME] = "some-session"
    response = client.get("/tin-tuc/")
    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"]


def test_the_admin_and_the_units_area_are_never_cached(client):
    for address in ("/admin/login/", "/dang-ky-thi-dua/dang-ky/", "/healthz/"):
        response = client.get(address)
        assert "X-Cache" not in response, address


def test_not_found_is_not_stored(client):
    assert client.get("/khong-co-trang-nay/").get("X-Cache") == "BYPASS"


def test_an_entry_never_outlives_the_next_consultation_boundary(client, section):
    now = timezone.now()
    ConsultationPageFactory(
        parent=section("lay-y-kien"),
        opens_at=now - timedelta(days=20),
        closes_at=now + timedelta(seconds=40),
    )
    assert 0 < pagecache.seconds_until_next_change() <= 40
    response = client.get("/lay-y-kien/")
    assert response["X-Cache"] == "MISS"
    control = {part.strip() for part in response["Cache-Control"].split(",")}
    max_ages = [int(part.split("=")[1]) for part in control if part.startswith("s-maxage=")]
    assert max_ages and max_ages[0] <= 40


def test_turned_off_with_zero_seconds(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    assert "X-Cache" not in client.get("/tin-tuc/")
    assert "X-Cache" not in client.get("/tin-tuc/")


def test_head_is_answered_from_the_entry_of_get(client):
    full = client.get("/tin-tuc/")
    head = client.head("/tin-tuc/")
    assert head["X-Cache"] == "HIT"
    assert head.content == b""
    assert head["Content-Length"] == str(len(full.content))


def test_a_stored_page_keeps_a_gzip_copy_for_visitors_who_accept_it(client, monkeypatch):
    import gzip

    plain = client.get("/tin-tuc/")
    assert "Content-Encoding" not in plain
    assert "Accept-Encoding" in plain["Vary"]
    # Compressed once, when stored: a hit never compresses again.
    monkeypatch.setattr(gzip, "compress", lambda *args, **kwargs: pytest.fail("compressed"))
    zipped = client.get("/tin-tuc/", headers={"Accept-Encoding": "br, gzip, deflate"})
    assert zipped["X-Cache"] == "HIT"
    assert zipped["Content-Encoding"] == "gzip"
    assert zipped["Content-Length"] == str(len(zipped.content))
    assert gzip.decompress(zipped.content) == plain.content
    assert "Accept-Encoding" in zipped["Vary"] and "Cookie" in zipped["Vary"]
    again = client.get("/tin-tuc/", headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in again and again.content == plain.content
    head = client.head("/tin-tuc/", headers={"Accept-Encoding": "gzip"})
    assert head.content == b"" and head["Content-Length"] == zipped["Content-Length"]


def test_a_page_not_stored_is_left_to_the_front_server_to_compress(client):
    response = client.get("/tai-khoan/dang-nhap/", headers={"Accept-Encoding": "gzip"})
    assert response.get("X-Cache") in (None, "BYPASS")
    assert "Content-Encoding" not in response
    assert "csrfmiddlewaretoken" in response.content.decode()


def test_counting_attempts_purges_nothing(client, settings, django_capture_on_commit_callbacks):
    """Rate-limit and sign-in counters live in the database without Redis: a failed sign-in
    or a question must not empty the whole site's cache."""
    assert settings.RATE_COUNTERS == "database"
    assert client.get("/tin-tuc/")["X-Cache"] == "MISS"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/tai-khoan/dang-nhap/", {"username": demo_accounts.UNIT_OFFICER, "password": "sai"}
        )
    client.cookies.clear()
    assert client.get("/tin-tuc/")["X-Cache"] == "HIT"
