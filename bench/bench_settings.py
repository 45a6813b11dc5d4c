"""Settings of the page load benchmark (bench/pages_bench.py): production's, read from the
same environment, with a URL conf that adds a bare view as the ceiling to compare pages with.

Used as DJANGO_SETTINGS_MODULE=bench_settings with bench/ on the Python path."""

from portal.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench_urls"
