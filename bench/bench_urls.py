"""The portal's URLs plus `/__bare__/`: a view that does no work, answered through the same
middleware as every page, so its requests per second are the ceiling pages are compared with.

Only the page load benchmark uses it (bench/bench_settings.py)."""

from django.http import HttpResponse
from django.urls import include, path
from django.views.decorators.cache import never_cache

BARE_PATH = "/__bare__/"


@never_cache  # never stored by the page cache: the ceiling is Django's own work
def bare(request):
    return HttpResponse(b"ok\n", content_type="text/plain; charset=utf-8")


urlpatterns = [
    path(BARE_PATH.strip("/") + "/", bare, name="bench-bare"),
    path("", include("portal.urls")),
]
