"""Site-wide views that must work when the rest of the site cannot: the error pages and the
health check that load balancers and monitoring ask."""

import logging
import sys

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils.crypto import constant_time_compare
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)

# Seconds a client or proxy is asked to wait before trying again when the database is away.
RETRY_AFTER_SECONDS = 30


def _render_static(template_name, status):
    # Rendered without a request: no context processor, so no database query.
    response = HttpResponse(loader.get_template(template_name).render(), status=status)
    response["Cache-Control"] = "no-store"
    return response


@requires_csrf_token
def server_error(request):
    """The 500 handler. When the cause is the database (down, restarting, out of
    connections) the visitor gets a 503 that says the site is busy for a moment; the next
    request tries the database again, so the site recovers without a restart."""
    error = sys.exc_info()[1]
    if isinstance(error, DatabaseError):
        logger.error("Database unavailable: %s", error)
        response = _render_static("503.html", status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return _render_static("500.html", status=500)


def _may_see_health_details(request):
    """The load balancer's or monitoring's own addresses (the socket's, not a forwarded one:
    they probe the app servers directly), or whoever sends the health token."""
    if request.META.get("REMOTE_ADDR", "") in settings.HEALTH_CHECK_ADDRESSES:
        return True
    token = settings.HEALTH_CHECK_TOKEN
    sent = request.headers.get("X-Health-Token", "")
    return bool(token) and constant_time_compare(sent, token)


@never_cache
def health(request):
    """200 when the database answers, 503 when it does not. The public sees only that
    (`{"status": "ok"}`); which part failed, the database or the cache, is for the addresses
    in HEALTH_CHECK_ADDRESSES or a request with the header X-Health-Token. A missing cache does
    not stop the site, so it is reported but only the database fails the check."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except DatabaseError:
        checks["database"] = "unavailable"
    try:
        cache.set("health:probe", 1, timeout=10)
        checks["cache"] = "ok" if cache.get("health:probe") == 1 else "unavailable"
    except Exception:  # any cache backend's failure is a report, not a crash
        checks["cache"] = "unavailable"
    healthy = checks["database"] == "ok"
    answer = {"status": "ok" if healthy else "unavailable"}
    if _may_see_health_details(request):
        answer.update(checks)
    return JsonResponse(answer, status=200 if healthy else 503)
