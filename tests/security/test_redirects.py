"""Open redirects: every parameter that names where to go next (site and admin sign-in and
sign-out, the moderators' bulk actions, the office's return / accept / reopen) never sends
anyone to another site or to a script URL."""

from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from demo import accounts as demo_accounts
from registrations import workflow
from registrations.models import Registration
from tests.registrations.factories import registration_with_rows

pytestmark = pytest.mark.django_db

EVIL = [
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example/",
    "\\\\evil.example/",
    "///evil.example/",
    "https:evil.example",
    "http://testserver@evil.example/",
    "javascript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "%2F%2Fevil.example",
    "\thttps://evil.example/",
]


def assert_stays(response, where):
    assert response.status_code in (200, 302, 303), (where, response.status_code)
    if response.status_code == 200:
        return
    location = response["Location"]
    parts = urlsplit(location)
    assert parts.scheme in ("", "http", "https"), (where, location)
    assert parts.netloc in ("", "testserver"), (where, location)
    assert not location.startswith(("//", "/\\", "\\")), (where, location)
    # Where a browser would go from a page of this site.
    assert urlsplit(urljoin("http://testserver/a/b/", location)).netloc == "testserver"


@pytest.mark.parametrize("target", EVIL)
def test_site_sign_in_and_sign_out(client, target):
    response = client.post(
        "/tai-khoan/dang-nhap/",
        {
            "username": demo_accounts.UNIT_OFFICER,
            "password": "demo-password-for-tests",
            "next": target,
        },
    )
    assert response.status_code == 302
    assert_stays(response, "sign-in")
    assert_stays(client.post("/tai-khoan/dang-xuat/", {"next": target}), "sign-out")
    # Shown back in the form only as text.
    page = client.get("/tai-khoan/dang-nhap/", {"next": target}).content.decode()
    assert 'href="javascript:' not in page and "<script>alert(1)" not in page


@pytest.mark.parametrize("target", EVIL)
def test_admin_sign_in_and_sign_out(client, target):
    response = client.post(
        "/admin/login/",
        {
            "username": demo_accounts.SECRETARIAT,
            "password": "demo-password-for-tests",
            "next": target,
        },
    )
    assert response.status_code == 302
    assert_stays(response, "admin sign-in")
    assert_stays(client.post("/admin/logout/", {"next": target}), "admin sign-out")


def test_moderators_bulk_action(secretary, nominee):
    for target in EVIL:
        response = secretary.post(
            "/admin/bulk/consultations/portalcomment/approve/?id=1&" + urlencode({"next": target})
        )
        assert response.status_code == 302
        assert_stays(response, f"bulk action to {target}")


def test_office_actions(secretary, unit_setting):
    for target in EVIL:
        office_actions(secretary, unit_setting, target)
        Registration.objects.filter(campaign=unit_setting["campaign"]).delete()


def office_actions(secretary, unit_setting, target):
    campaign, unit = unit_setting["campaign"], unit_setting["unit"]
    registration = registration_with_rows(campaign, unit)
    workflow.submit(registration, unit_setting["user"])
    base = f"/admin/dang-ky-thi-dua/dang-ky/{registration.pk}/"
    returned = secretary.post(base + "tra-lai/", {"reason": "Thiếu chỉ tiêu.", "next": target})
    assert returned.status_code == 302
    assert_stays(returned, "return")
    reopen = f"/admin/dang-ky-thi-dua/dot/{campaign.pk}/don-vi/{unit.pk}/gia-han/"
    form = secretary.get(reopen, {"next": target}).content.decode()
    assert 'href="javascript:' not in form
    reopened = secretary.post(reopen, {"until": "2099-01-01T08:00", "next": target})
    assert_stays(reopened, "reopen")
    workflow.submit(registration, unit_setting["user"])
    accepted = secretary.post(base + "tiep-nhan/", {"next": target})
    assert_stays(accepted, "accept")
