"""Shared set-up of the security suite: the demo site's accounts by role, an open round with a
nominee, commentable news and stories, and a unit officer with an open campaign and report
window (in a year of its own, so the demo's records never mix in)."""

import pytest
from django.core.cache import cache
from django.test import Client

from demo import accounts as demo_accounts
from tests.consultations.factories import ConsultationPageFactory, NomineePageFactory
from tests.factories import UserFactory
from tests.registrations.factories import (
    CampaignFactory,
    ClusterFactory,
    ReportWindowFactory,
    UnitFactory,
    criteria_for,
    officer_for,
)

# Demo accounts by role (demo.build); "khongvaitro" is a signed-in account with no role at all.
ROLES = {
    "editor": demo_accounts.EDITOR,
    "approver": demo_accounts.APPROVER,
    "secretariat": demo_accounts.SECRETARIAT,
    "superuser": "admin",
    "officer": demo_accounts.UNIT_OFFICER,
}


@pytest.fixture(autouse=True)
def fresh_limits():
    """Rate limits and sign-in lockouts live in the cache: every test starts clean."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def role_user(users):
    def get(role):
        if role == "norole":
            return UserFactory(username="khongvaitro")
        return users[ROLES[role]]

    return get


@pytest.fixture
def as_role(role_user):
    """A test client signed in as the role ("anonymous" gives a plain client)."""

    def make(role, **kwargs):
        client = Client(**kwargs)
        if role != "anonymous":
            client.force_login(role_user(role))
        return client

    return make


@pytest.fixture
def secretary(as_role):
    return as_role("secretariat")


@pytest.fixture
def nominee(section):
    consultation = ConsultationPageFactory(parent=section("lay-y-kien"))
    return NomineePageFactory(parent=consultation)


@pytest.fixture
def news_page(db):
    from news.models import NewsPage

    page = NewsPage.objects.live().public().filter(allow_comments=True).first()
    assert page is not None
    return page


@pytest.fixture
def story(db):
    from exemplars.models import ExemplarPage

    page = ExemplarPage.objects.live().public().filter(allow_comments=True).first()
    assert page is not None
    return page


@pytest.fixture
def unit_setting(db):
    """An open campaign and report window, a unit in a cluster with criteria, its officer."""
    window = ReportWindowFactory()
    unit = UnitFactory(name="Sở Thử nghiệm An toàn")
    cluster = ClusterFactory(members=[unit])
    criteria = criteria_for(cluster)
    user = officer_for(unit)
    return {
        "campaign": window.campaign,
        "window": window,
        "unit": unit,
        "cluster": cluster,
        "criteria": criteria,
        "user": user,
    }


@pytest.fixture
def other_campaign(db):
    return CampaignFactory()
