"""The shared cache of anonymous pages, and the Cache-Control a CDN in front may follow.

What is stored: a GET answered 200 to a visitor without a session or a waiting message, whose
rendering set no cookie (so it handed out no CSRF token: it holds no POST form, and it began
no session) and did not say `private`/`no-store`. `Vary: Cookie` stays on the answer, so a CDN
keeps the anonymous copy apart from signed-in visitors'. Everything else is passed through and
marked `Cache-Control: private`, so no shared cache (ours or a CDN's) can hand one person's
page to another.

Purging: every cached page is stored with the "generation" current when it was rendered. A
published, unpublished, moved or deleted page, or a change to any model whose data public
pages show, bumps the generation once the transaction commits; entries of an older generation
are then treated as missing. The generation and the page are read in one round trip (MGET).
Content that changes by the clock (a consultation opening or closing, a registration deadline)
is handled by `next_change_providers`: an entry never outlives the next such moment.

A hit answers from the cache before sessions, CSRF, authentication or Wagtail run; the
security headers are still added by the middleware outside this one.
"""

import hashlib
import logging
from datetime import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_max_age, patch_cache_control, patch_vary_headers

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
HEADER = "X-Cache"
# Query strings longer than this are rendered, not cached: nobody types them, scripts might.
MAX_QUERY_LENGTH = 200

# Functions returning the next moment (aware datetime or None) at which some public page
# changes without anyone saving anything. Apps add theirs in AppConfig.ready().
next_change_providers = []

# Models whose rows never show on a public page: saving them purges nothing.
NOT_SHOWN_PUBLICLY = {
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.pagesubscription",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.uploadedfile",
    "wagtailimages.rendition",
    "wagtailsearch.indexentry",
    # Rate-limit and sign-in counters (counted in the database when there is no Redis).
    "core.ratecounter",
    "registrations.submissionlog",
    "registrations.submissionversion",
    "registrations.reminderlog",
    "registrations.reportattachment",
    # Drafts and comments waiting for moderation are not public; the steps that make them so
    # purge explicitly (registrations.workflow, consultations.moderation), so a busy day of
    # submissions does not empty the cache with every saved draft.
    "registrations.registration",
    "registrations.registeredindividual",
    "registrations.pledgedindicator",
    "registrations.resultreport",
    "registrations.indicatorresult",
    "registrations.criterionscore",
    "consultations.portalcomment",
    "consultations.moderationlogentry",
    "django_comments.comment",
    "django_comments_xtd.xtdcomment",
    "consultations.question",
}
# Apps whose data public pages show.
PUBLIC_DATA_APPS = {
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
    "taggit",
    "core",
    "home",
    "news",
    "exemplars",
    "consultations",
    "registrations",
    "django_comments",
    "django_comments_xtd",
}


def enabled():
    return settings.PAGE_CACHE_SECONDS > 0


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # A fresh (or emptied) cache starts a new generation; nothing older can be read.
        generation = int(timezone.now().timestamp() * 1000)
        cache.add(GENERATION_KEY, generation, timeout=None)
        generation = cache.get(GENERATION_KEY, generation)
    return generation


def purge_all():
    """Make every cached page stale, here and on every other app server sharing the cache."""
    if not enabled():
        return
    cache.set(GENERATION_KEY, int(timezone.now().timestamp() * 1000), timeout=None)


def purge_on_commit(**_kwargs):
    transaction.on_commit(purge_all)


def _model_changed(sender, **kwargs):
    if kwargs.get("raw"):  # loading fixtures
        return
    if "action" in kwargs:  # m2m_changed: judge by the object whose relation changed
        if not kwargs["action"].startswith("post_"):
            return
        sender = type(kwargs["instance"])
    meta = sender._meta
    if meta.app_label in PUBLIC_DATA_APPS and meta.label_lower not in NOT_SHOWN_PUBLICLY:
        purge_on_commit()


def connect_purge_signals():
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(purge_on_commit, dispatch_uid=f"pagecache-{id(signal)}")
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_model_changed, dispatch_uid=f"pagecache-model-{id(signal)}")


def seconds_until_next_change(now=None):
    now = now or timezone.now()
    moments = []
    for provider in next_change_providers:
        try:
            moment = provider(now)
        except Exception:  # a provider's failure must not break the page it is asked about
            logger.exception("Page cache: %r failed", provider)
            return 0
        if isinstance(moment, datetime) and moment > now:
            moments.append(moment)
    if not moments:
        return None
    return max(0, int((min(moments) - now).total_seconds()))


def _cache_key(request):
    raw = f"{request.get_host()}|{request.path}|{_normalised_query(request)}"
    digest = hashlib.sha256(raw.encode()).hexdigest()[:40]
    return f"pagecache:page:{digest}"


def _normalised_query(request):
    """The query string in one canonical form: parameters sorted by name, each name and value
    percent-encoded again, so "?nam=2025%26ten%3Dx" (one parameter whose value holds "&") and
    "?nam=2025&ten=x" (two parameters) never share an entry."""
    return urlencode(
        [(key, value) for key in sorted(request.GET) for value in request.GET.getlist(key)]
    )


def _excluded_path(path):
    prefixes = [f"/{settings.ADMIN_PATH}/", *settings.PAGE_CACHE_EXCLUDED_PATHS]
    return any(path.startswith(prefix) for prefix in prefixes)


def _personal_cookies():
    # A session (signed in, or holding a form's state) or a flash message waiting to be shown.
    return (settings.SESSION_COOKIE_NAME, "messages")


def request_is_cacheable(request):
    return (
        enabled()
        and request.method in ("GET", "HEAD")
        and not any(name in request.COOKIES for name in _personal_cookies())
        and "HTTP_AUTHORIZATION" not in request.META
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_LENGTH
        and not _excluded_path(request.path)
    )


def response_is_storable(request, response):
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies:  # a CSRF token was handed out (a POST form) or a session began
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def mark_shared(response, lifetime):
    """A CDN may keep this page `s-maxage` seconds and serve it stale while refreshing, for
    visitors without cookies only (`Vary: Cookie`)."""
    patch_vary_headers(response, ("Cookie",))
    patch_cache_control(
        response,
        public=True,
        max_age=min(settings.BROWSER_MAX_AGE, lifetime),
        s_maxage=min(settings.CDN_MAX_AGE, lifetime),
        stale_while_revalidate=settings.CDN_STALE_SECONDS,
    )


def mark_private(response):
    if "Cache-Control" not in response:
        patch_cache_control(response, private=True, no_cache=True)
    elif "private" not in response["Cache-Control"] and "no-store" not in response["Cache-Control"]:
        patch_cache_control(response, private=True)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request_is_cacheable(request):
            response = self.get_response(request)
            if not _excluded_static(request.path):
                mark_private(response)
            return response

        key = _cache_key(request)
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY)
        if generation is None:
            generation = current_generation()
        stored = found.get(key)
        if stored is not None and stored[0] == generation:
            return _rebuild(stored, request)

        response = self.get_response(request)
        if not response_is_storable(request, response):
            mark_private(response)
            response[HEADER] = "BYPASS"
            return response

        lifetime = settings.PAGE_CACHE_SECONDS
        view_max_age = get_max_age(response)
        if view_max_age is not None:
            lifetime = min(lifetime, view_max_age)
        until_change = seconds_until_next_change()
        if until_change is not None:
            lifetime = min(lifetime, until_change)
        if lifetime <= 0:
            mark_private(response)
            response[HEADER] = "BYPASS"
            return response

        mark_shared(response, lifetime)
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in {"set-cookie", HEADER.lower()}
        ]
        entry = (generation, response.status_code, headers, response.content)
        cache.set(key, entry, timeout=lifetime)
        response[HEADER] = "MISS"
        return response


def _excluded_static(path):
    return path.startswith((settings.STATIC_URL, settings.MEDIA_URL))


def _rebuild(stored, request):
    _generation, status, headers, content = stored
    response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
    for name, value in headers:
        response[name] = value
    if request.method == "HEAD":
        response["Content-Length"] = str(len(content))
    response[HEADER] = "HIT"
    return response
