"""Browser tests: Playwright drives Debian's chromium against a live server of the portal."""

import os
import shutil
import threading

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SERIOUS = {"serious", "critical"}


def pytest_collection_modifyitems(items):
    for item in items:
        if "/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


# While a browser test runs (`demo_site`), the live server takes requests; between tests it
# answers 503 without touching the database (see one_request_at_a_time).
_serving = threading.Event()
_one_request = threading.Lock()


def one_request_at_a_time(app):
    """The WSGI application with its requests taken one after another, and only while a test
    runs.

    On in-memory SQLite every request thread of the live server shares one connection object,
    and its transaction state (autocommit, the atomic block) is not thread-safe: two requests
    entering and leaving `transaction.atomic()` at once can leave it in manual transaction
    mode for good, and every later `on_commit()` fails. The browser still opens several
    connections; each request waits for the one before it, body included.

    A request that arrives between tests (a page's unload beacon, such as the admin's
    editing-session release, sent as its browser context closes) would find database access
    blocked half-way through a transaction and leave the shared connection in the same state;
    it gets a 503 instead.
    """

    def application(environ, start_response):
        with _one_request:
            if not _serving.is_set():
                start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
                return [b"between tests\n"]
            response = app(environ, start_response)
            try:
                body = b"".join(response)
            finally:
                if hasattr(response, "close"):
                    response.close()
        return [body]

    return application


@pytest.fixture(scope="session")
def site_server(django_db_setup, django_db_blocker):
    """The portal served on a free port. Unlike pytest-django's live_server, static files go
    through WhiteNoise with their hashed names, exactly as in production."""
    from django.db import connections
    from django.test.testcases import LiveServerThread

    shared = {c.alias: c for c in connections.all() if c.vendor == "sqlite" and c.is_in_memory_db()}
    thread = LiveServerThread(
        "localhost",
        static_handler=one_request_at_a_time if shared else (lambda app: app),
        connections_override=shared,
    )
    thread.daemon = True
    for connection in shared.values():
        connection.inc_thread_sharing()
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://localhost:{thread.port}"
    thread.terminate()
    from django.db import connection as default_connection

    if default_connection.vendor == "postgresql":
        # Under Playwright's event loop the tests' own database connection lives in another
        # context than the one that drops the test database at the end; close it from the
        # server side so the test database can be dropped.
        with django_db_blocker.unblock(), default_connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
    for connection in shared.values():
        connection.dec_thread_sharing()


@pytest.fixture
def demo_site(db, site_server):
    """The live server over the session's demo content.

    The demo is committed once for the session (tests/conftest.py), so the server thread
    sees it on PostgreSQL too; each browser test only reads, inside a rolled-back
    transaction like any other test.
    """
    _serving.set()
    yield site_server
    with _one_request:  # the request being served, if any, ends inside the test
        _serving.clear()


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"chromium not found at {CHROMIUM}: run `make browser` (bin/ensure-chromium).")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in the test thread; the ORM calls the tests
    # make between browser steps are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="vi-VN", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def assert_accessible():
    """No serious or critical axe-core violations on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def check(page):
        results = axe.run(page)
        serious = [v for v in results.response["violations"] if v["impact"] in SERIOUS]
        report = "\n".join(
            f"{v['id']} ({v['impact']}): {v['help']} – {[n['target'] for n in v['nodes']][:5]}"
            for v in serious
        )
        assert not serious, f"{page.url}\n{report}"

    return check
