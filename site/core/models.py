"""Abstract page types every app builds on, and what their pages share per request."""

import threading
import time
import uuid
from collections import OrderedDict

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Prefetch, Q, prefetch_related_objects
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, TitleFieldPanel
from wagtail.images import get_image_model
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import shared_versions
from core.codes import unique_code
from core.routing import route_from_root, served_view_restrictions
from core.search import FoldedSearchMixin
from core.text import slugify_vi


def require_alt_text(page, image_field, alt_field, message):
    """An image shown on a page needs a description for screen readers."""
    if getattr(page, f"{image_field}_id") and not getattr(page, alt_field).strip():
        raise ValidationError({alt_field: message})


# Small lists every listing page shows (filter options, categories, the years with content):
# read once per process and again when a row of the models they come from is saved, deleted,
# published or unpublished. The process that makes the change reads the list again at once,
# so its next page costs no query; a version in the shared cache tells the other app servers
# to read it again. Entries also expire after KEPT_SECONDS, for a change made without signals
# (a bulk update) or a cache local to one process.
KEPT_SECONDS = 60
_kept = {}
_builders = {}
_kept_lock = threading.Lock()
_watchers = {}


def _version_key(name):
    return f"kept-rows:{name}"


def _keep(name, version, rows):
    with _kept_lock:
        _kept[name] = (version, time.monotonic() + KEPT_SECONDS, rows)


def _renew(names):
    for name in names:
        version = uuid.uuid4().hex
        cache.set(_version_key(name), version, None)
        shared_versions.remember(_version_key(name), version)
        build = _builders.get(name)
        if build is None:
            with _kept_lock:
                _kept.pop(name, None)
        else:
            _keep(name, version, list(build()))


def _changed(sender, **kwargs):
    names = set(_watchers.get(sender, ()))
    if names:
        _renew(names)
        # Again once the change is committed: another process may have read in between.
        transaction.on_commit(lambda: _renew(names))


def _watch(name, watched):
    for model in watched:
        if name in _watchers.get(model, ()):
            continue
        _watchers.setdefault(model, set()).add(name)
        uid = f"core.kept_rows.{model._meta.label}"
        # A page moved keeps its row but not its address, which listings show.
        for signal in (post_save, post_delete, page_published, page_unpublished, post_page_move):
            signal.connect(_changed, sender=model, dispatch_uid=uid, weak=False)


def _current_version(name):
    key = _version_key(name)
    version = shared_versions.read(key)
    if version is None:
        cache.add(key, uuid.uuid4().hex, None)
        version = cache.get(key)
        shared_versions.remember(key, version)
    return version


def watch(name, watched):
    """Renew `name`'s version whenever a row of a `watched` model changes, in this process from
    now on (call it from `AppConfig.ready()`): a process that changes rows before it has read
    that version itself still tells the others."""
    _watch(name, watched)


def kept_version(name, watched):
    """A value that changes whenever a row of a `watched` model is saved, deleted, published,
    unpublished or moved (on any app server): for keys of what a process keeps."""
    _watch(name, watched)
    return _current_version(name)


def kept_rows(name, build, watched):
    """`build()`'s list, kept as described above; `watched` are the models it reads. The list
    is shared by every request: callers must not change it or its rows."""
    _builders[name] = build
    version = kept_version(name, watched)
    with _kept_lock:
        entry = _kept.get(name)
    fresh = entry is not None and version is not None and entry[0] == version
    if fresh and entry[1] > time.monotonic():
        return entry[2]
    rows = list(build())
    if version is not None:
        _keep(name, version, rows)
    return rows


# The pages of a listing (a section's rows for some filters and a page number) are kept the
# same way, one entry per variant, at most KEPT_VARIANTS per process. A change starts a new
# version of the listing's name and every variant is read again when next asked for (there
# may be hundreds: none is rebuilt ahead).
KEPT_VARIANTS = 1024
_variants = OrderedDict()


def kept_variant(name, variant, build, watched):
    """`build()`'s value for one variant of the listing `name`, kept until a row of a
    `watched` model changes (or KEPT_SECONDS pass). Shared by every request, as kept_rows."""
    version = kept_version(name, watched)
    key = (name, variant)
    now = time.monotonic()
    with _kept_lock:
        entry = _variants.get(key)
        if entry is not None and entry[0] == version and entry[1] > now:
            _variants.move_to_end(key)
            return entry[2]
    value = build()
    if version is not None:
        with _kept_lock:
            _variants[key] = (version, now + KEPT_SECONDS, value)
            _variants.move_to_end(key)
            while len(_variants) > KEPT_VARIANTS:
                _variants.popitem(last=False)
    return value


def kept_variants(name, variants, build_missing, watched):
    """{variant: value} for several variants of `name` at once, kept as `kept_variant` keeps
    one; `build_missing(variants)` returns {variant: value} for those not kept (read together:
    one query for all of them, not one each). A variant it leaves out is left out here too."""
    version = kept_version(name, watched)
    now = time.monotonic()
    found, missing = {}, []
    with _kept_lock:
        for variant in variants:
            entry = _variants.get((name, variant))
            if entry is not None and entry[0] == version and entry[1] > now:
                _variants.move_to_end((name, variant))
                found[variant] = entry[2]
            else:
                missing.append(variant)
    if missing:
        built = build_missing(missing)
        found.update(built)
        if version is not None:
            with _kept_lock:
                for variant, value in built.items():
                    _variants[(name, variant)] = (version, now + KEPT_SECONDS, value)
                    _variants.move_to_end((name, variant))
                while len(_variants) > KEPT_VARIANTS:
                    _variants.popitem(last=False)
    return found


def listing_keeper(name, watched):
    """`keep(variant, build)` for `core.compiled.Paginator`: its count and pages kept as
    variants of the listing `name`."""

    def keep(variant, build):
        return kept_variant(name, variant, build, watched)

    return keep


def with_image_renditions(queryset, field, specs):
    """Rows with their image (`field`) joined and the renditions templates ask for (`specs`,
    as Wagtail writes a filter spec) fetched in one more query for the whole list, instead of
    an image query and a rendition query per row."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    return queryset.select_related(field).prefetch_related(
        Prefetch(f"{field}__renditions", queryset=renditions, to_attr="prefetched_renditions")
    )


def prefetch_image_renditions(images, specs):
    """The renditions in `specs` of these images (None allowed), fetched in one query and
    kept where Wagtail's image tags look for them first."""
    images = [image for image in images if image is not None]
    if images:
        renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
        prefetch_related_objects(
            images, Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions")
        )


def public_pages():
    """Pages of any type whose `.public()` uses the restrictions of the page being served
    (core.routing) instead of reading them again."""
    return PortalPageQuerySet(Page).order_by("path")


class PortalPageQuerySet(PageQuerySet):
    def private_q(self):
        # While a page is served, its listings share the restrictions read when its address
        # was resolved (core.routing) instead of reading them once per `.public()`.
        restrictions = served_view_restrictions()
        if restrictions is None:
            return super().private_q()
        q = Q()
        for restriction in restrictions:
            q |= self.descendant_of_q(restriction.page, inclusive=True)
        return q if q else Q(pk__in=[])


PortalPageManager = PageManager.from_queryset(PortalPageQuerySet)


class PortalPage(FoldedSearchMixin, Page):
    """A public page: searchable with folded Vietnamese text, with a date to show."""

    search_fields = [*Page.search_fields, index.SearchField("folded_search_text")]

    objects = PortalPageManager()

    class Meta:
        abstract = True

    def route(self, request, path_components):
        # The site's root page resolves the whole address (core.routing); the pages it
        # reaches then route as Wagtail's do.
        if getattr(request, "_portal_routed", False):
            return super().route(request, path_components)
        return route_from_root(self, request, path_components)

    def get_view_restrictions(self):
        # The page just routed (no alias on its way) checks the restrictions read while
        # routing, without the two queries of Wagtail's ancestor look-up.
        restrictions = served_view_restrictions()
        if restrictions is None or not getattr(self, "_routed_without_alias", False):
            return super().get_view_restrictions()
        return [
            restriction
            for restriction in restrictions
            if self.path.startswith(restriction.page.path)
        ]

    def _set_core_field_defaults(self):
        # A page saved without an address gets one from its title, every Vietnamese letter
        # folded (Wagtail's own would drop "đ"); Wagtail then makes it unique among siblings.
        parent_is_known = bool(self.path or getattr(self, "_cached_parent_obj", None))
        if not self.slug and parent_is_known:
            base_slug = slugify_vi(self.title)
            if base_slug:
                self.slug = self._get_autogenerated_slug(base_slug)
        super()._set_core_field_defaults()

    @property
    def display_date(self):
        """The date a reader sees in listings and search results."""
        return self.first_published_at or self.latest_revision_created_at

    @property
    def type_label(self):
        return self._meta.verbose_name


class SectionIndexPage(PortalPage):
    """The landing page of a public section (/tin-tuc/, /van-ban/, …) with a short intro."""

    intro = models.TextField(_("Giới thiệu ngắn"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_text_sources = ("title", "intro", "search_description")

    class Meta:
        abstract = True


class ListItem(models.Model):
    """An entry of a short list editors keep (news categories, exemplar groups, localities):
    a name, a slug for filter addresses and a place in the list."""

    name = models.CharField(_("Tên"), max_length=150, unique=True)
    slug = models.SlugField(
        _("Đường dẫn"),
        max_length=150,
        unique=True,
        blank=True,
        help_text=_("Để trống: tạo từ tên, bỏ dấu (“Xã Đình Lập” → “xa-dinh-lap”)."),
    )
    sort_order = models.PositiveIntegerField(_("Thứ tự"), default=0)

    panels = [
        TitleFieldPanel("name", targets=["slug"], placeholder=None),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not self.slug:
            self.slug = slugify_vi(self.name, max_length=150)


class CodedListItem(models.Model):
    """An entry of a list the secretariat edits that links, imports and statistics name by a
    stable code (decision levels, unit kinds). The code, the primary key, comes from the name
    once; an entry the law ended keeps its rows and its end date refuses newer ones.
    Subclasses add `name`."""

    code = models.SlugField(_("Mã"), max_length=30, primary_key=True, editable=False)
    in_use_until = models.DateField(
        _("Áp dụng đến ngày"),
        null=True,
        blank=True,
        help_text=_(
            "Để trống nếu còn áp dụng. Hồ sơ sau ngày này không chọn được mục này "
            "(ví dụ cấp huyện: 30/06/2025)."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(_("Thứ tự"), default=0)

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.code:
            self.code = unique_code(type(self), self.name)
        super().save(*args, **kwargs)

    def in_use_on(self, day):
        return self.in_use_until is None or day <= self.in_use_until


class RateCounter(models.Model):
    """A rate-limit or sign-in counter kept in the database, for servers without Redis: every
    worker process and app server then counts the same attempts (core.ratelimit). A row lives
    until `expires_at`, the end of its counting window (or of a lock)."""

    key = models.CharField(max_length=100, unique=True)
    count = models.BigIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("Bộ đếm giới hạn truy cập")
        verbose_name_plural = _("Bộ đếm giới hạn truy cập")

    def __str__(self):
        return self.key
