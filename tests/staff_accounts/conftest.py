import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_limits():
    """Sign-in counters and error-mail marks live in the cache: every test starts clean."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def two_factor_required(settings):
    """The policy of base.py (the test settings switch it off for force_login): superusers
    and the secretariat must give a code."""
    from portal.settings import base

    settings.TWO_FACTOR_REQUIRED_GROUPS = base.TWO_FACTOR_REQUIRED_GROUPS
    settings.TWO_FACTOR_REQUIRED_FOR_SUPERUSERS = base.TWO_FACTOR_REQUIRED_FOR_SUPERUSERS
    return settings


@pytest.fixture
def no_throttle(settings):
    """django-otp waits 1, 2, 4… seconds after each wrong code; tests of our own counting
    switch its wait off (its own test keeps it)."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    settings.OTP_STATIC_THROTTLE_FACTOR = 0
    return settings


@pytest.fixture
def as_staff(users):
    """A client signed in as a demo account whose session has given its code."""
    from tests.staff_accounts.helpers import verified_client

    return lambda username: verified_client(users[username])
