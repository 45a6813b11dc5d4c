"""The test suite: fast hashing, hashed static names as in production, mail in memory."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = env("SECRET_KEY", "test-only-not-secret-8d2e6f1a9c3b47e5")
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# The suite collects static files once into a temporary folder (tests/conftest.py), so
# pages render with hashed names, as they do in production.
# A folder per run, so two runs at once do not clear each other's files.
STATIC_ROOT = Path(env("TEST_STATIC_ROOT", "") or tempfile.mkdtemp(prefix="tdkt-test-static-"))
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="tdkt-test-media-"))
PRIVATE_MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="tdkt-test-private-"))
STORAGES = {
    **STORAGES,  # noqa: F405
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = True  # noqa: F405
# No persistent connections: the live server's threads must not keep the test database open.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# Tests post forms straight after showing them; the "too fast" check has tests of its own.
PUBLIC_FORM_MIN_SECONDS = 0
# The anonymous page cache is off, so tests see what they just saved; its own tests
# (tests/test_page_cache.py) switch it on.
PAGE_CACHE_SECONDS = 0
# Tests sign staff in with client.force_login(), which gives no two-factor code: the policy
# that requires one (base.py) is off here and switched on by the tests that check it
# (tests/staff_accounts, tests/browser/test_two_factor.py). An account that has set up an app
# is still asked for its code, as everywhere.
TWO_FACTOR_REQUIRED_GROUPS = []
TWO_FACTOR_REQUIRED_FOR_SUPERUSERS = False
# Querysets whose SQL is kept by key (core.compiled) are compiled again and compared, so a key
# that misses an input fails a test.
COMPILED_SQL_CHECK = True
