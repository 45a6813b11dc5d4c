"""WSGI entry point. The server puts site/ on the path (see gunicorn.conf.py)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()

from django.conf import settings  # noqa: E402 - configured by get_wsgi_application()

if "core" in settings.INSTALLED_APPS:  # not in the benchmark's bare view (bench/bare_settings.py)
    from core.pagecache_wsgi import front_door

    # Pages this server has answered from the page cache, answered again before Django runs.
    application = front_door(application)
