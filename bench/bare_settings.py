"""The ceiling of the page load benchmark (bench/pages_bench.py): a bare Django view through
minimal middleware, served by the same gunicorn.conf.py as the site.

"Minimal" means what Django's own project template would keep for a page that has no forms,
no sessions and no database: SecurityMiddleware (the security headers every answer carries)
and CommonMiddleware (ALLOWED_HOSTS via get_host, the trailing slash). No app, no database,
no cache, no templates: the figure is Django's request cycle under gunicorn and nothing else,
so a page's share of it is what the site costs on top of Django.

Used as DJANGO_SETTINGS_MODULE=bare_settings with bench/ on the Python path; this module is
its own URL conf."""

import os

from django.http import HttpResponse
from django.urls import path

BARE_PATH = "/__bare__/"

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "bare-view-" + "b" * 50)
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
INSTALLED_APPS = []
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
]
ROOT_URLCONF = __name__
DATABASES = {}
USE_TZ = True
LOGGING_CONFIG = None  # errors go to gunicorn's log; nothing to configure


def bare(request):
    return HttpResponse(b"ok\n", content_type="text/plain; charset=utf-8")


urlpatterns = [path(BARE_PATH.strip("/") + "/", bare, name="bench-bare")]
