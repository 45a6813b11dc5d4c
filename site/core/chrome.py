"""The site's chrome: what the header, the footer and the breadcrumbs of every page show.

The portal settings, the main menu, the logo's rendition and the parent pages the breadcrumbs
name change a few times a year, yet every page shows them. They are built once per site into
plain data and kept in this process's memory, tagged with the "chrome version" held in the
shared cache. A request reads that version once (`for_request` keeps the answer on the
request); when it differs from the one the memory was built for, the chrome is rebuilt.

`bump()` starts a new version, so every app server rebuilds, and purges the page cache, since
every cached page shows the chrome. It runs when the settings the chrome shows are saved, when
a page of the menu (a site root or its children), a parent page or a page the settings point
to is saved, published, unpublished, moved or deleted, when a view restriction changes (the
menu leaves restricted pages out), and when a site's hostname or root changes.

What stays per request is left to the templates: the active menu entry, the search box's
value, the signed-in user's userbar.

Where the cache lives in this process only (no Redis), other workers never see a bump: there
a built chrome is kept at most `LOCAL_MAX_AGE` seconds. Without a working cache at all, the
chrome is rebuilt for every request.
"""

import copy
import dataclasses
import logging
import threading
import time
from dataclasses import dataclass
from types import MappingProxyType

from django.apps import apps
from django.core.cache import cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port
from wagtail.blocks import StreamValue, StructValue
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site

from core import pagecache, shared_versions

logger = logging.getLogger(__name__)

VERSION_KEY = "chrome:version"
# The site settings the header and footer show, named by label: core imports no app.
PORTAL_SETTINGS = "home.PortalSettings"
LOGO_FILTER = "height-80"
# Saving a page with only other fields (a draft's revision, for one) changes no chrome.
PAGE_FIELDS = frozenset(
    {"title", "slug", "url_path", "live", "show_in_menus", "path", "depth", "numchild"}
)
LOCAL_MAX_AGE = 30
# Hostnames remembered per version; more arrive only with ALLOWED_HOSTS = ["*"].
MAX_HOSTS = 50


@dataclass(frozen=True, slots=True)
class Link:
    """A page as the chrome shows it: enough to link it and to tell the active section."""

    id: int
    title: str
    url: str
    path: str
    depth: int


@dataclass(frozen=True, slots=True)
class Logo:
    url: str
    width: int
    height: int


@dataclass(frozen=True)
class Chrome:
    site_id: int
    portal: MappingProxyType  # the portal settings' values, StreamFields as tuples of dicts
    logo: Logo | None
    home: Link | None
    menu: tuple  # of Link, in tree order
    parents: MappingProxyType  # Link by tree path, of every page that has children
    settings: object  # the settings instance; requests get a copy (prime_settings)
    # The header and footer as rendered from this chrome, by language and active menu entry
    # (core.templatetags.portal_fragments.chrome_include).
    fragments: dict = dataclasses.field(default_factory=dict, compare=False, repr=False)

    def crumbs(self, page):
        """The page's ancestors below the tree root, home first, or None when one of them is
        not known here (a page of another site, a parent newer than this chrome)."""
        steps = Page.steplen
        found = []
        for depth in range(2, page.depth):
            link = self.parents.get(page.path[: depth * steps])
            if link is None:
                return None
            found.append(link)
        return found


class _Memo:
    def __init__(self, version):
        self.version = version
        self.born = time.monotonic()
        self.sites = {}  # site id -> Chrome
        self.hosts = {}  # (hostname, port) -> Site or None


_memo = _Memo(None)
# A bump the cache did not take (it was away): made at the first request it answers again.
_unsent_bump = False
# `dirty`: this thread changed the chrome's data in a transaction not committed yet; `memo`:
# what it built meanwhile.
_local = threading.local()


def reset():
    """Forget every built chrome in this process (the shared version is left alone)."""
    global _memo
    _memo = _Memo(None)
    _local.dirty = False
    _local.memo = None


def _fresh_version():
    # Never a number an emptied cache handed out before, so no server keeps an old chrome.
    return int(time.time() * 1000)


def _read_version():
    version = shared_versions.read(VERSION_KEY)
    if version is not None and _unsent_bump:
        bump()
        version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, _fresh_version(), timeout=None)
        version = cache.get(VERSION_KEY)
    shared_versions.remember(VERSION_KEY, version)
    return version  # None: the cache is away


def bump():
    """A new chrome version: every app server rebuilds its chrome at its next request."""
    global _unsent_bump
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # missing (emptied or evicted cache)
        cache.set(VERSION_KEY, _fresh_version(), timeout=None)
    version = cache.get(VERSION_KEY)
    shared_versions.remember(VERSION_KEY, version)
    _unsent_bump = version is None
    reset()
    pagecache.purge_tags(pagecache.CHROME)  # every page shows the chrome


def _cache_is_local():
    return isinstance(caches["default"], LocMemCache | DummyCache)


def _current_memo():
    global _memo
    version = _read_version()
    if version is None:
        # The cache is away: built for this request only, and nothing built before is trusted
        # once it is back (changes meanwhile could not bump).
        _memo = _Memo(None)
        return _Memo(None)
    if not connection.in_atomic_block:
        _local.dirty = False
        _local.memo = None
    if getattr(_local, "dirty", False):
        # Built from this thread's uncommitted rows, which a rollback would take back: kept
        # for this thread's transaction only, never for other requests.
        memo = getattr(_local, "memo", None)
        if memo is None or memo.version != version:
            memo = _local.memo = _Memo(version)
        return memo
    memo = _memo
    expired = _cache_is_local() and time.monotonic() - memo.born > LOCAL_MAX_AGE
    if memo.version != version or expired:
        memo = _memo = _Memo(version)
    return memo


def _site_for(request, memo):
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    raw_host = request._get_raw_host()  # as Wagtail matches sites; the host was checked before
    key = (split_domain_port(raw_host)[0], request.get_port())
    if key in memo.hosts:
        site = memo.hosts[key]
        # Each request gets its own copy: the kept one is never handed out.
        request._wagtail_site = copy.copy(site) if site is not None else None
        return request._wagtail_site
    site = Site.find_for_request(request)
    if len(memo.hosts) < MAX_HOSTS:
        memo.hosts[key] = copy.copy(site) if site is not None else None
    return site


def _memo_for(request):
    # The version is read once per request, whoever asks first.
    try:
        return request._chrome_memo
    except AttributeError:
        request._chrome_memo = _current_memo()
        return request._chrome_memo


def site_for_request(request):
    """`Site.find_for_request()` without a query once this version has seen the hostname; the
    answer is kept on the request, where Wagtail looks for it."""
    return _site_for(request, _memo_for(request))


class SiteMiddleware:
    """Finds the request's Wagtail site from the chrome's memory (`site_for_request`) before
    Wagtail's own look-up, which costs a query on every page. After CommonMiddleware, which
    has checked the host against ALLOWED_HOSTS."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        site_for_request(request)
        return self.get_response(request)


def for_request(request):
    """The chrome of the request's site (None when no site answers its hostname)."""
    try:
        return request._chrome
    except AttributeError:
        pass
    memo = _memo_for(request)
    site = _site_for(request, memo)
    chrome = None
    if site is not None:
        chrome = memo.sites.get(site.pk)
        if chrome is None:
            chrome = memo.sites[site.pk] = build(site)
    request._chrome = chrome
    return chrome


def context(request):
    """Template context processor: `chrome`, and the portal settings for `settings.home.…`
    and `PortalSettings.for_request()` without a query."""
    chrome = for_request(request)
    if chrome is not None:
        prime_settings(request, chrome)
    return {"chrome": chrome}


def portal_settings(request):
    """The portal settings for code that runs before the templates (a page's get_context):
    the chrome's copy, so no query once the chrome is built."""
    chrome = for_request(request)
    if chrome is None:
        return _settings_model().for_request(request)
    prime_settings(request, chrome)
    return getattr(request, chrome.settings.get_cache_attr_name())


def prime_settings(request, chrome):
    instance = chrome.settings
    attr = instance.get_cache_attr_name()
    if hasattr(request, attr):
        return
    own = copy.copy(instance)  # a request may change its copy; the kept one stays as built
    own._request = request
    own._page_url_cache = {}
    setattr(request, attr, own)


def _settings_model():
    return apps.get_model(PORTAL_SETTINGS)


def _link(page, site):
    return Link(
        id=page.pk,
        title=page.title,
        url=page.get_url(current_site=site) or "",
        path=page.path,
        depth=page.depth,
    )


def _plain(value):
    if isinstance(value, StreamValue):
        return tuple(
            MappingProxyType({"type": child.block_type, **_plain_block(child.value)})
            for child in value
        )
    return value


def _plain_block(value):
    if isinstance(value, StructValue):
        return {name: _plain(item) for name, item in value.items()}
    return {"value": value}


def _logo(image):
    if image is None:
        return None
    try:
        rendition = image.get_rendition(LOGO_FILTER)
    except Exception:  # a missing or broken file: the header shows the emblem instead
        logger.warning("Chrome: no rendition of logo image %s", image.pk, exc_info=True)
        return None
    return Logo(url=rendition.url, width=rendition.width, height=rendition.height)


def build(site):
    """The chrome of one site, from the database (six queries, seven with a new logo size)."""
    settings_model = _settings_model()
    instance = settings_model.for_site(site)
    # Pages the settings point to (the privacy policy): loaded now, not by each request.
    for field in settings_model._meta.concrete_fields:
        if field.is_relation and issubclass(field.related_model, Page):
            getattr(instance, field.name)
    portal = {
        field.name: _plain(getattr(instance, field.attname))
        for field in settings_model._meta.concrete_fields
        if not field.is_relation
    }
    fields = ("id", "title", "url_path", "path", "depth")
    root = Page.objects.only(*fields).get(pk=site.root_page_id)
    menu = root.get_children().live().public().in_menu().only(*fields)
    parents = Page.objects.descendant_of(root, inclusive=True).filter(numchild__gt=0).only(*fields)
    return Chrome(
        site_id=site.pk,
        portal=MappingProxyType(portal),
        logo=_logo(getattr(instance, "logo", None)),
        home=_link(root, site),
        menu=tuple(_link(page, site) for page in menu),
        parents=MappingProxyType({page.path: _link(page, site) for page in parents}),
        settings=instance,
    )


# What changes the chrome.


def changed(**_kwargs):
    """The chrome's data changed: this process rebuilds at once, so later queries of the same
    transaction see the change; every server rebuilds once the transaction commits."""
    reset()
    if not connection.in_atomic_block:
        bump()
        return
    _local.dirty = True
    # Once per transaction: deleting a section deletes each page below it, one signal each.
    # A savepoint's rollback drops what it registered, so this never misses a bump.
    if not any(entry[1] is bump for entry in connection.run_on_commit):
        transaction.on_commit(bump)


def _page_in_chrome(page):
    if page.numchild > 0:
        return True  # named by the breadcrumbs of the pages below it
    roots = {root.root_path for root in Site.get_site_root_paths()}
    parent_url_path = page.url_path.rstrip("/").rpartition("/")[0] + "/"
    if page.url_path in roots or parent_url_path in roots:
        return True
    model = _settings_model()
    links = [
        field.name
        for field in model._meta.concrete_fields
        if field.is_relation and issubclass(field.related_model, Page)
    ]
    return any(model.objects.filter(**{name: page.pk}).exists() for name in links)


def _logo_image(image):
    return _settings_model().objects.filter(logo=image.pk).exists()


def _shows(instance, update_fields):
    if isinstance(instance, Page):
        if update_fields is not None and not PAGE_FIELDS.intersection(update_fields):
            return False
        return _page_in_chrome(instance)
    if isinstance(instance, Site | PageViewRestriction | _settings_model()):
        return True
    return isinstance(instance, get_image_model()) and _logo_image(instance)


def _saved(sender, instance, raw=False, update_fields=None, **_kwargs):
    if not raw and _shows(instance, update_fields):  # raw: loading fixtures
        changed()


def _deleted(sender, instance, **_kwargs):
    # Any image: the settings no longer point to a deleted logo by now (SET_NULL came first).
    kinds = Page | Site | PageViewRestriction | _settings_model() | get_image_model()
    if isinstance(instance, kinds):
        changed()


def connect_signals():
    from wagtail.signals import post_page_move

    # Publishing and unpublishing save the page (post_save); a move rewrites the paths of the
    # pages below with queryset updates, which send no signal.
    post_save.connect(_saved, dispatch_uid="chrome-saved")
    post_delete.connect(_deleted, dispatch_uid="chrome-deleted")
    post_page_move.connect(changed, dispatch_uid="chrome-moved")
