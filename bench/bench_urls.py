"""The portal's URLs plus `/__bare__/`: a view that does no work, answered through the site's
whole middleware. The page load benchmark shows its requests per second for information (what
the middleware costs); the ceiling pages are compared with is the same view through minimal
middleware on a server of its own (bench/bare_settings.py).

Only the page load benchmark uses it (bench/bench_settings.py)."""

from django.http import HttpResponse
from django.urls import include, path
from django.views.decorators.cache import never_cache

BARE_PATH = "/__bare__/"


@never_cache  # never stored by the page cache: every request goes through the middleware
def bare(request):
    return HttpResponse(b"ok\n", content_type="text/plain; charset=utf-8")


urlpatterns = [
    path(BARE_PATH.strip("/") + "/", bare, name="bench-bare"),
    path("", include("portal.urls")),
]
