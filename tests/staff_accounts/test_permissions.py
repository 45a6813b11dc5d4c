"""Every address of this app tried as the wrong person: anonymous, an editor, a unit officer
(and the secretariat for the superuser's reset). The addresses are read from the URL
patterns, so one added later is tried too."""

from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import get_resolver, reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from demo import accounts as demo_accounts
from tests.staff_accounts.helpers import ADMIN, give_app

pytestmark = pytest.mark.django_db

# The office's screens; everything else is the signed-in person's own two-factor.
OFFICE_ONLY = {"failures", "unlock"}
SUPERUSER_ONLY = {"reset"}
POST_ONLY = {"regenerate", "disable", "unlock"}


def names(namespace):
    """The named patterns of one of this app's namespaces, wherever it is included."""
    found = _find(get_resolver(), namespace)
    assert found is not None, f"no namespace {namespace}"
    return sorted({p.name for p in found.url_patterns if getattr(p, "name", None)})


def _find(resolver, namespace):
    for pattern in resolver.url_patterns:
        if not hasattr(pattern, "url_patterns"):
            continue
        if pattern.namespace == namespace:
            return pattern
        inner = _find(pattern, namespace)
        if inner is not None:
            return inner
    return None


def url(namespace, name, users):
    kwargs = {"user_id": users[demo_accounts.SECRETARIAT].pk} if name in SUPERUSER_ONLY else None
    return reverse(f"{namespace}:{name}", kwargs=kwargs)


def fetch(client, name, address):
    return client.post(address) if name in POST_ONLY else client.get(address)


def client_for(users, username):
    client = Client()
    if username:
        client.force_login(users[username])
    return client


def test_the_app_has_the_addresses_this_test_knows():
    admin = names("staff_accounts_admin")
    site = names("staff_accounts")
    assert set(site) == {"manage", "setup", "verify", "codes", "regenerate", "disable"}
    assert set(admin) == set(site) | OFFICE_ONLY | SUPERUSER_ONLY


def test_anonymous_visitors_are_sent_to_sign_in(users):
    client = Client()
    for name in names("staff_accounts_admin"):
        response = fetch(client, name, url("staff_accounts_admin", name, users))
        assert response.status_code == 302, name
        assert response["Location"].startswith(ADMIN + "login/"), name
    for name in names("staff_accounts"):
        response = fetch(client, name, url("staff_accounts", name, users))
        assert response.status_code == 302, name
        assert response["Location"].startswith("/tai-khoan/dang-nhap/"), name


def test_a_unit_officer_reaches_none_of_the_admins_copies(users):
    client = client_for(users, demo_accounts.UNIT_OFFICER)
    for name in names("staff_accounts_admin"):
        response = fetch(client, name, url("staff_accounts_admin", name, users))
        assert response.status_code == 302, name
        assert urlsplit(response["Location"]).path == ADMIN + "login/", name


@pytest.mark.parametrize("username", [demo_accounts.EDITOR, demo_accounts.UNIT_OFFICER])
def test_the_office_screens_refuse_editors_and_officers(users, username):
    client = client_for(users, username)
    for name in OFFICE_ONLY | SUPERUSER_ONLY:
        response = fetch(client, name, url("staff_accounts_admin", name, users))
        assert response.status_code in (302, 403), (username, name)
        assert response.get("Location", "").rstrip("/") in (
            ADMIN.rstrip("/"),
            f"{ADMIN}login/?next={url('staff_accounts_admin', name, users)}".rstrip("/"),
        ), (username, name)


@pytest.mark.parametrize("username", [demo_accounts.EDITOR, demo_accounts.SECRETARIAT])
def test_only_a_superuser_resets_someones_two_factor(users, username):
    give_app(users[demo_accounts.APPROVER])
    client = client_for(users, username)
    target = reverse("staff_accounts_admin:reset", args=[users[demo_accounts.APPROVER].pk])
    for response in (client.get(target), client.post(target)):
        assert response.status_code in (302, 403)
        assert response.get("Location") == ADMIN
    assert TOTPDevice.objects.filter(user=users[demo_accounts.APPROVER]).exists()


def test_post_only_addresses_refuse_a_get(users):
    client = client_for(users, demo_accounts.EDITOR)
    for name in POST_ONLY - OFFICE_ONLY:
        assert client.get(url("staff_accounts_admin", name, users)).status_code == 405
    client = client_for(users, demo_accounts.UNIT_OFFICER)
    for name in POST_ONLY - OFFICE_ONLY:
        assert client.get(url("staff_accounts", name, users)).status_code == 405


def test_each_person_manages_only_their_own(users):
    """Nothing names another account: an editor's pages show the editor's state only."""
    give_app(users[demo_accounts.SECRETARIAT])
    client = client_for(users, demo_accounts.EDITOR)
    html = client.get(reverse("staff_accounts_admin:manage")).content.decode()
    assert "Chưa bật." in html
