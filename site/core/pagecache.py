"""The shared cache of anonymous pages, and the Cache-Control a CDN in front may follow.

What is stored: a GET answered 200 to a visitor without a session or a waiting message, whose
rendering set no cookie (so it handed out no CSRF token: it holds no POST form, and it began
no session) and did not say `private`/`no-store`. `Vary: Cookie` stays on the answer, so a CDN
keeps the anonymous copy apart from signed-in visitors'. Everything else is passed through and
marked `Cache-Control: private`, so no shared cache (ours or a CDN's) can hand one person's
page to another.

Purging by tags: a cached page records what it shows as tags, e.g. `page:12` (page 12's own
content), `path:12` (page 12's title and address: breadcrumbs, links), `children:7` (a listing
of page 7's children), `model:news.newscategory` (rows of a model it lists), `app:registrations`,
`round:31` (a consultation round's opinions), `chrome` (header, menu, footer: every page) and
`all` (every page, see `purge_all`). Each tag has a version in the shared cache; an entry keeps
the versions its tags had when it was stored, and is served only while they are unchanged.
`purge_tags()` gives the tags new versions once the transaction commits.

Where tags come from: every Wagtail page carries its own `page:`, its ancestors' `path:` (the
breadcrumbs), `children:` of its parent and tags for the rows its own fields point to. A page
type whose listings and context are described by a rule (`register_page_rule`, in the apps'
`pagecache` modules) carries exactly those tags; any other page or view carries `any`, which
every change of public data purges, so a page nobody described is never stale, only purged
more often. Views may add tags while rendering with `tag(request, ...)`.

Content that changes by the clock (a consultation opening or closing, a registration deadline)
is handled by `next_change_providers`: an entry never outlives the next such moment.

A hit answers from the cache before sessions, CSRF, authentication or Wagtail run; the
security headers are still added by the middleware outside this one. Every purge also writes a
new purge sequence: an entry this process checked under the current sequence is served from
its memory after reading that one key (`LocalCopies`), and `core.pagecache_wsgi` answers the
same request again at the WSGI door, before Django. A stored page keeps a
gzip copy made once, served to visitors who accept gzip (`Vary: Accept-Encoding`), so neither
a hit here nor one in nginx's cache compresses the page again.
"""

import gzip
import hashlib
import logging
import re
import threading
import time
import uuid
from collections import OrderedDict
from datetime import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.db.models import ForeignKey, ManyToManyField
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_max_age, patch_cache_control, patch_vary_headers

logger = logging.getLogger(__name__)

HEADER = "X-Cache"
# Stored pages of these types and at least this size keep a gzip copy beside them.
GZIP_TYPES = ("text/", "application/json", "application/xml", "application/rss+xml")
GZIP_MIN_BYTES = 1024
_ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# Query strings longer than this are rendered, not cached: nobody types them, scripts might.
MAX_QUERY_LENGTH = 200

EVERYTHING = "all"  # carried by every entry: purge_all()
CHROME = "chrome"  # header, main menu, footer, site settings: every page shows them
UNDESCRIBED = "any"  # pages that did not say what they show: purged by every change
LINKS = "links"  # addresses of other pages inside a described page's text and blocks

PAGE_PREFIX = "pagecache:entry:"
TAG_PREFIX = "pagecache:tag:"
URLS_PREFIX = "pagecache:urls:"
# Changes with every purge: a page rendered while one happened is not stored (it may have read
# the data from before the change).
PURGE_SEQUENCE_KEY = "pagecache:purges"
# Set in the WSGI environ on a page answered from or stored in the shared cache: (the purge
# sequence it was checked under, when it expires), for core.pagecache_wsgi's copies.
ENVIRON_KEY = "portal.pagecache.checked"
CACHE_UNAVAILABLE = object()

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
    "wagtailcore.referenceindex",
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
# Changing one of these changes every page (who may see what, which site, the chrome).
CHROME_MODELS = {
    "wagtailcore.site",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.locale",
    "home.portalsettings",
}
# A new image or document shows nowhere until a page that uses it is published (which purges
# that page); only changes to existing ones purge.
SHOWN_ONLY_THROUGH_PAGES = {"wagtailimages.image", "wagtaildocs.document", "wagtailcore.collection"}
# Wagtail's bookkeeping on a page row (a draft saved, a lock taken): no public change.
PAGE_BOOKKEEPING_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}

# Fields of Wagtail's own that no public page shows.
IGNORED_FIELDS = {"content_type", "owner", "locked_by", "latest_revision", "locale", "alias_of"}

# label_lower of a page type -> [fn(request, page, context) -> tags]. A page type with rules
# is described: it carries the rules' tags instead of UNDESCRIBED.
page_rules = {}
# label_lower of a model -> [fn(instance) -> tags] purged when a row is saved or deleted.
model_rules = {}
# Dotted name of a `home_page_context` hook -> fn(request, page, context) -> tags. The home
# page is described only while every block on it is.
home_block_rules = {}

# Which tags an entry carried when this process last stored or read it, so a hit can read
# the entry and its tag versions in one round trip.
_tag_hints = {}
MAX_TAG_HINTS = 5000


class LocalCopies:
    """Pages this process has checked, each kept with the purge sequence it was checked under.

    Every purge writes a new sequence together with the new tag versions (one MSET), so while
    the sequence is the one a page was checked under, no tag of it can have changed: a hit
    then reads that one short key instead of the entry and all its tag versions. A changed or
    missing sequence (a purge anywhere, a flushed cache) or the page's expiry sends the lookup
    back to the shared cache. Bounded by the bytes of the pages kept (PAGE_CACHE_LOCAL_BYTES),
    least recently used first out. Used here for entries and by core.pagecache_wsgi for the
    final answers."""

    def __init__(self):
        self._entries = OrderedDict()  # key -> (value, size, expires at, sequence)
        self._bytes = 0
        self._lock = threading.Lock()

    def __contains__(self, key):
        return key in self._entries

    def __len__(self):
        return len(self._entries)

    def get(self, key, sequence):
        with self._lock:
            found = self._entries.get(key)
            if found is None:
                return None
            value, _size, expires, checked_under = found
            if checked_under != sequence or time.time() >= expires:
                return None
            self._entries.move_to_end(key)
            return value

    def put(self, key, value, size, expires, sequence):
        limit = settings.PAGE_CACHE_LOCAL_BYTES
        with self._lock:
            previous = self._entries.pop(key, None)
            if previous is not None:
                self._bytes -= previous[1]
            if sequence is None or size > limit // 4:
                return
            self._entries[key] = (value, size, expires, sequence)
            self._bytes += size
            while self._bytes > limit:
                _key, dropped = self._entries.popitem(last=False)
                self._bytes -= dropped[1]

    def clear(self):
        with self._lock:
            self._entries.clear()
            self._bytes = 0


_local_copies = LocalCopies()


def _keep_locally(key, stored, sequence):
    _versions, _status, _headers, content, compressed, expires = stored
    _local_copies.put(key, stored, len(content) + len(compressed or b""), expires, sequence)


def enabled():
    return settings.PAGE_CACHE_SECONDS > 0


def _new_version():
    return uuid.uuid4().hex[:16]


def _tag_key(name):
    return TAG_PREFIX + name


# Describing what a page shows ------------------------------------------------------------


def tag(request, *tags):
    """Add tags to the answer being rendered for `request` (a no-op outside a request)."""
    if request is None:
        return
    found = getattr(request, "_pagecache_tags", None)
    if found is None:
        found = request._pagecache_tags = set()
    found.update(str(name) for name in tags)


def described(request):
    """Say that the tags added for `request` cover everything its answer shows."""
    request._pagecache_described = True


def register_page_rule(label, rule):
    """`rule(request, page, context)` returns the tags of a page of type `label`
    ("app.modelname") beyond the ones every page gets (see `page_tags`)."""
    page_rules.setdefault(label.lower(), []).append(rule)


def register_model_rule(label, rule):
    """`rule(instance)` returns the tags to purge when a row of `label` changes."""
    model_rules.setdefault(label.lower(), []).append(rule)


def register_home_block(hook, rule):
    """Describe the block a `home_page_context` hook adds to the home page."""
    home_block_rules[f"{hook.__module__}.{hook.__qualname__}"] = rule


def field_tags(instance_or_model):
    """Tags for the rows a model's fields point to: `page:<id>` for a page it names (given an
    instance), `model:<label>` otherwise (given a class: listings of such rows)."""
    from wagtail.models import Page

    model = instance_or_model if isinstance(instance_or_model, type) else type(instance_or_model)
    instance = None if instance_or_model is model else instance_or_model
    tags = set()
    for field in model._meta.get_fields():
        if not isinstance(field, (ForeignKey, ManyToManyField)) or field.auto_created:
            continue
        if field.remote_field.parent_link or field.name in IGNORED_FIELDS:
            continue
        related = field.related_model
        if related is None or related._meta.label_lower in NOT_SHOWN_PUBLICLY:
            continue
        if issubclass(related, Page):
            value = getattr(instance, field.attname, None) if instance is not None else None
            if instance is not None and isinstance(field, ForeignKey):
                if value:
                    tags.add(f"page:{value}")
            else:
                tags.add(f"model:{related._meta.label_lower}")
        else:
            tags.add(f"model:{related._meta.label_lower}")
    return tags


def _ancestor_ids(page, inclusive=False):
    """Ids of the pages above `page`, the root first and its parent last."""
    from wagtail.models import Page

    ancestors = Page.objects.ancestor_of(page, inclusive=inclusive).order_by("path")
    return list(ancestors.values_list("id", flat=True))


def page_tags(request, page, context):
    """Every tag of a Wagtail page as rendered: its own, its ancestors' addresses and titles
    (breadcrumbs), the listing of its siblings, and the rules of its type if it has any."""

    ancestors = _ancestor_ids(page)
    tags = {f"page:{page.pk}", f"path:{page.pk}", *(f"path:{pk}" for pk in ancestors)}
    if ancestors:
        tags.add(f"children:{ancestors[-1]}")
    rules = page_rules.get(page._meta.label_lower)
    if rules:
        tags |= field_tags(page)
        # Rich text, images and documents in its blocks.
        tags |= {LINKS, "model:wagtailimages.image", "model:wagtaildocs.document"}
        for rule in rules:
            found = rule(request, page, context)
            if found is None:  # the rule cannot tell for this answer
                return tags | {UNDESCRIBED}
            tags.update(found)
    else:
        tags.add(UNDESCRIBED)
    return tags


def _home_page_rule(request, page, context):
    from wagtail import hooks

    tags = set()
    for hook in hooks.get_hooks("home_page_context"):
        rule = home_block_rules.get(f"{hook.__module__}.{hook.__qualname__}")
        if rule is None:
            return None  # a block nobody described: the home page stays UNDESCRIBED
        tags.update(rule(request, page, context))
    return tags


def _before_serve_page(page, request, serve_args, serve_kwargs):
    request._pagecache_page = page


def _entry_tags(request, response):
    tags = {EVERYTHING, CHROME, *getattr(request, "_pagecache_tags", ())}
    page = getattr(request, "_pagecache_page", None)
    context = getattr(response, "context_data", None) or {}
    if page is not None:
        tags |= page_tags(request, page, context)
    elif not getattr(request, "_pagecache_described", False):
        tags.add(UNDESCRIBED)
    return tags


# Purging ---------------------------------------------------------------------------------


class _Flush:
    """The tags a transaction purges, sent in one write once it commits."""

    def __init__(self):
        self.tags = set()

    def __call__(self):
        tags, self.tags = self.tags, set()
        if tags:
            _flush(tags)


def purge_tags(*tags):
    """Make stale every cached page carrying one of `tags`, once the transaction commits."""
    if not enabled() or not tags:
        return
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        _flush(set(tags))
        return
    # One write per transaction: a page published saves rows and sends signals by the dozen.
    # The tags still pending move to a new callback at the end of the queue, kept only while
    # a savepoint both changes belong to stands (a rollback of a later one purges a little
    # more, never less); the one they leave does nothing.
    active = set(connection.savepoint_ids)
    pending = _Flush()
    pending.tags.update(tags)
    savepoints = active
    for entry_savepoints, callback, _robust in connection.run_on_commit:
        if isinstance(callback, _Flush) and callback.tags:
            pending.tags |= callback.tags
            callback.tags = set()
            savepoints = entry_savepoints & active
    connection.run_on_commit.append((savepoints, pending, False))


def purge_all():
    """Make every cached page stale, here and on every other app server sharing the cache."""
    purge_tags(EVERYTHING)


def purge_on_commit(**_kwargs):
    """Purge every page (a change whose pages are not known)."""
    purge_all()


def _flush(tags):
    version = _new_version()
    cache.set_many(
        {PURGE_SEQUENCE_KEY: version, **{_tag_key(name): version for name in tags}}, timeout=None
    )
    _purge_frontend(tags)


def _model_changed(sender, **kwargs):
    if kwargs.get("raw"):  # loading fixtures
        return
    instance = kwargs["instance"]
    if "action" in kwargs:  # m2m_changed: judge by the object whose relation changed
        if not kwargs["action"].startswith("post_"):
            return
        sender = type(instance)
    meta = sender._meta
    label = meta.label_lower
    if meta.app_label not in PUBLIC_DATA_APPS or label in NOT_SHOWN_PUBLICLY:
        return
    from wagtail.models import Page

    if isinstance(instance, Page):
        fields = kwargs.get("update_fields")
        if kwargs.get("signal") is post_save and (
            not instance.live or (fields and set(fields) <= PAGE_BOOKKEEPING_FIELDS)
        ):
            return  # a draft: publishing it purges
        deleted = kwargs.get("signal") is post_delete  # links to it lead nowhere now
        purge_tags(*tags_of_page(instance), *([LINKS] if deleted else []))
        return
    if label in CHROME_MODELS:
        purge_tags(CHROME)
        return
    if label in SHOWN_ONLY_THROUGH_PAGES and kwargs.get("created"):
        return
    tags = {UNDESCRIBED, f"model:{label}", f"app:{meta.app_label}"}
    if "action" not in kwargs:
        # Rows hanging off a page (an awardee of a decision, a file of a document).
        tags |= {name for name in field_tags(instance) if name.startswith("page:")}
    for rule in model_rules.get(label, ()):
        tags.update(rule(instance))
    purge_tags(*tags)


def tags_of_page(page, ancestors=None):
    """What changes when `page` is published, unpublished, moved or deleted."""
    from wagtail.models import Page

    if ancestors is None:
        ancestors = _ancestor_ids(page)
    tags = {UNDESCRIBED, f"page:{page.pk}", f"path:{page.pk}", f"app:{page._meta.app_label}"}
    # Listings of a section's children (every listing checked lists its own children; the
    # home page's blocks go by model) and, for any that lists deeper, its descendants.
    if ancestors:
        tags.add(f"children:{ancestors[-1]}")
    tags |= {f"descendants:{pk}" for pk in ancestors}
    for model in type(page)._meta.get_parent_list():
        if not model._meta.abstract and model is not Page:
            tags.add(f"model:{model._meta.label_lower}")
    tags.add(f"model:{page._meta.label_lower}")
    if page.depth <= 3:  # the home page or an entry of the main menu
        tags.add(CHROME)
    for rule in model_rules.get(page._meta.label_lower, ()):
        tags.update(rule(page))
    return tags


def _page_changed(sender, instance, **kwargs):
    purge_tags(*tags_of_page(instance.specific_deferred))


def _page_address_changed(sender, instance, **kwargs):
    # Links to it (and to the pages below it) elsewhere change address or disappear.
    purge_tags(LINKS, *tags_of_page(instance.specific_deferred))


def _page_moving(sender, instance, parent_page_before, **kwargs):
    # Listings of the old place, read before the tree changes.
    before = _ancestor_ids(parent_page_before, inclusive=True)
    purge_tags(LINKS, *tags_of_page(instance.specific_deferred, ancestors=before))


def connect_purge_signals():
    from wagtail import hooks
    from wagtail.signals import (
        page_published,
        page_slug_changed,
        page_unpublished,
        post_page_move,
        pre_page_move,
    )

    page_published.connect(_page_changed, dispatch_uid="pagecache-published")
    page_unpublished.connect(_page_address_changed, dispatch_uid="pagecache-unpublished")
    page_slug_changed.connect(_page_address_changed, dispatch_uid="pagecache-slug")
    pre_page_move.connect(_page_moving, dispatch_uid="pagecache-moving")
    post_page_move.connect(_page_address_changed, dispatch_uid="pagecache-moved")
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_model_changed, dispatch_uid=f"pagecache-model-{id(signal)}")
    hooks.register("before_serve_page", _before_serve_page)
    register_page_rule("home.homepage", _home_page_rule)


# The CDN or proxy in front (wagtail.contrib.frontend_cache) --------------------------------


def _frontend_cache_on():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _urls_lifetime():
    # A copy handed out just before the entry expires may live in the CDN as long again.
    return 2 * settings.PAGE_CACHE_SECONDS + settings.CDN_STALE_SECONDS


def _redis_client():
    from django.core.cache.backends.redis import RedisCache

    backend = caches["default"]
    if isinstance(backend, RedisCache) and getattr(backend, "is_available", True):
        return backend._cache.get_client(write=True)
    return None


def _record_urls(tags, url):
    """Remember that `url` carries `tags`, so a purge knows which addresses to PURGE."""
    if not _frontend_cache_on():
        return
    lifetime = _urls_lifetime()
    client = _redis_client()
    if client is not None:
        from redis.exceptions import RedisError

        try:
            with client.pipeline(transaction=False) as pipe:
                for name in tags:
                    key = caches["default"].make_and_validate_key(URLS_PREFIX + name)
                    pipe.sadd(key, url)
                    pipe.expire(key, lifetime)
                pipe.execute()
        except (RedisError, OSError):
            logger.warning("Page cache: could not record the address of %s", url)
        return
    keys = [URLS_PREFIX + name for name in tags]
    found = cache.get_many(keys)
    cache.set_many({key: found.get(key, set()) | {url} for key in keys}, timeout=lifetime)


def _urls_of(tags):
    client = _redis_client()
    if client is not None:
        from redis.exceptions import RedisError

        try:
            keys = [caches["default"].make_and_validate_key(URLS_PREFIX + name) for name in tags]
            return {url.decode() for url in client.sunion(keys)}
        except (RedisError, OSError):
            logger.warning("Page cache: could not read which addresses to purge")
            return set()
    urls = set()
    for found in cache.get_many([URLS_PREFIX + name for name in tags]).values():
        urls |= found
    return urls


def _purge_frontend(tags):
    if not _frontend_cache_on():
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    urls = _urls_of(tags)
    if urls:
        try:
            purge_urls_from_cache(sorted(urls))
        except Exception:  # the change is saved; the CDN copy expires by itself
            logger.exception("Page cache: purging %s addresses in front failed", len(urls))


# Serving ---------------------------------------------------------------------------------


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
    return PAGE_PREFIX + digest


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


def _remember_tags(key, tags):
    if len(_tag_hints) >= MAX_TAG_HINTS:
        _tag_hints.clear()
    _tag_hints[key] = tuple(tags)


def _lookup(key):
    """(entry or None, purge sequence). One round trip of one short key while no purge ran
    since this process last checked the entry (`LocalCopies`); otherwise one round trip when
    this process knows the entry's tags, two when it does not."""
    if key in _local_copies:
        sequence = cache.get(PURGE_SEQUENCE_KEY)
        stored = _local_copies.get(key, sequence)
        if stored is not None:
            return stored, sequence
    hinted = _tag_hints.get(key, ())
    found = cache.get_many([key, PURGE_SEQUENCE_KEY, *(_tag_key(name) for name in hinted)])
    sequence = found.get(PURGE_SEQUENCE_KEY)
    if sequence is None:
        # A new or flushed cache: start its purge sequence, against which copies kept by the
        # app servers are checked; the page is rendered afresh this once.
        cache.add(PURGE_SEQUENCE_KEY, _new_version(), timeout=None)
        return None, cache.get(PURGE_SEQUENCE_KEY)
    stored = found.get(key)
    if stored is None or time.time() >= stored[5]:
        return None, sequence
    versions = stored[0]
    missing = [_tag_key(name) for name in versions if _tag_key(name) not in found]
    if missing:
        found.update(cache.get_many(missing))
    _remember_tags(key, versions)
    for name, version in versions.items():
        if found.get(_tag_key(name)) != version:
            return None, sequence
    _keep_locally(key, stored, sequence)
    return stored, sequence


def _current_versions(tags, sequence_before):
    """The versions of `tags` now; None if a purge ran since `sequence_before` was read
    (the rendering may show data from before it); CACHE_UNAVAILABLE if the cache fails."""
    keys = {_tag_key(name): name for name in tags}
    found = cache.get_many([PURGE_SEQUENCE_KEY, *keys])
    if found.get(PURGE_SEQUENCE_KEY) != sequence_before:
        return None
    versions = {}
    for key, name in keys.items():
        version = found.get(key)
        if version is None:
            # A tag never purged (or forgotten by the cache): start it at a value no earlier
            # entry can hold.
            version = _new_version()
            if not cache.add(key, version, timeout=None):
                version = cache.get(key)
                if version is None:
                    return CACHE_UNAVAILABLE
        versions[name] = version
    return versions


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
        stored, sequence = _lookup(key)
        if stored is not None:
            _tell_front_door(request, sequence, stored)
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
        versions = None
        if lifetime > 0:
            tags = _entry_tags(request, response)
            versions = _current_versions(tags, sequence)
        if versions is None:
            # Changes by the clock now, or what it shows changed while it was rendered: the
            # next visitor gets a fresh rendering, and no CDN keeps this one.
            mark_private(response)
            response[HEADER] = "BYPASS"
            return response

        mark_shared(response, lifetime)
        response[HEADER] = "MISS"
        compressed = _compressed(response)
        if compressed is not None:
            patch_vary_headers(response, ("Accept-Encoding",))
        if versions is CACHE_UNAVAILABLE:
            return _answer(request, response, response.content, compressed)
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in {"set-cookie", HEADER.lower()}
        ]
        content = response.content
        stored = (
            versions,
            response.status_code,
            headers,
            content,
            compressed,
            time.time() + lifetime,
        )
        cache.set(key, stored, lifetime)
        _keep_locally(key, stored, sequence)
        _tell_front_door(request, sequence, stored)
        _remember_tags(key, versions)
        _record_urls(versions, request.build_absolute_uri())
        return _answer(request, response, content, compressed)


def _tell_front_door(request, sequence, stored):
    if sequence is not None:
        request.META[ENVIRON_KEY] = (sequence, stored[5])


def _excluded_static(path):
    return path.startswith((settings.STATIC_URL, settings.MEDIA_URL))


def _compressed(response):
    """The gzip copy of a page worth compressing, made once when it is stored, so a hit (here
    or in nginx's cache, which keeps the variant) costs no compression. A stored page holds
    no secret (no CSRF token, no session), so compressing it reveals nothing (BREACH)."""
    if response.has_header("Content-Encoding") or len(response.content) < GZIP_MIN_BYTES:
        return None
    if not response.get("Content-Type", "").startswith(GZIP_TYPES):
        return None
    return gzip.compress(response.content, compresslevel=6, mtime=0)


def _answer(request, response, content, compressed):
    """`response` carrying `content`, or its gzip copy when the visitor accepts gzip."""
    if compressed is not None and _ACCEPTS_GZIP.search(
        request.META.get("HTTP_ACCEPT_ENCODING", "")
    ):
        content = compressed
        response["Content-Encoding"] = "gzip"
    response.content = b"" if request.method == "HEAD" else content
    response["Content-Length"] = str(len(content))
    return response


def _rebuild(stored, request):
    _versions, status, headers, content, compressed, _expires = stored
    response = HttpResponse(status=status)
    for name, value in headers:
        response[name] = value
    response[HEADER] = "HIT"
    return _answer(request, response, content, compressed)
