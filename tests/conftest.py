"""Suite-wide fixtures: hashed static files, the demo site loaded once, browser tests last."""

import pytest
from django.core.management import call_command


def pytest_collection_modifyitems(config, items):
    # Browser tests use a live server and transactional database, which empties the tables
    # the shared demo content lives in: run them after everything else.
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(scope="session", autouse=True)
def collected_static(tmp_path_factory):
    """Pages render with hashed static names, as in production."""
    call_command("collectstatic", interactive=False, verbosity=0, clear=True)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo site, loaded once for the session; each test runs in a rolled-back transaction."""
    from demo.build import DemoBuilder

    with django_db_blocker.unblock():
        DemoBuilder().build(password="demo-password-for-tests")


@pytest.fixture(autouse=True)
def fresh_chrome():
    """Each test starts with no built chrome and an empty cache: a chrome built from a rolled
    back test's rows must not show in the next one."""
    from django.core.cache import cache

    from core import chrome

    chrome.reset()
    cache.clear()
    yield
    chrome.reset()


@pytest.fixture
def home_page(db):
    from home.models import HomePage

    return HomePage.objects.get()


@pytest.fixture
def users(db):
    from django.contrib.auth import get_user_model

    User = get_user_model()
    return {user.username: user for user in User.objects.all()}


@pytest.fixture
def section(home_page):
    """A section page of the demo tree by slug: section("khen-thuong")."""

    def get(slug):
        return home_page.get_children().get(slug=slug).specific

    return get


@pytest.fixture
def page_cache_on(settings):
    """The shared page cache switched on (the test settings keep it off), empty before and
    after the test, with this process's memory of entries' tags forgotten too."""
    from django.core.cache import cache

    from core import pagecache

    settings.PAGE_CACHE_SECONDS = 300
    settings.CDN_MAX_AGE = 300
    settings.CDN_STALE_SECONDS = 60
    settings.BROWSER_MAX_AGE = 60
    cache.clear()
    pagecache._tag_hints.clear()
    pagecache._local_copies.clear()
    yield
    cache.clear()
