"""The portal's URLs plus `/__bare__/`: a view that does no work, answered through the same
middleware as every page, so its requests per second are the ceiling pages are compared with.

Only the page load benchmark uses it (bench/bench_settings.py)."""

from django.http import HttpResponse
from django.urls import include, path

BARE_PATH = "/__bare__/"


def bare(request):
    return HttpResponse(b"ok\n", content_type="text/plain; charset=utf-8")


urlpatterns = [
    path(BARE_PATH.strip("/") + "/", bare, name="bench-bare"),
    path("", include("portal.urls")),
]
