"""Routable pages whose routes are a plain URLconf, so a page model never imports its views."""

from contextvars import ContextVar

from django.core.signals import request_finished, request_started
from django.http import Http404
from django.urls import get_resolver
from wagtail.contrib.routable_page.models import RoutablePageMixin

from core import compiled


class URLconfRoutablePageMixin(RoutablePageMixin):
    """The page's routes are the `urlpatterns` of the module named by `subpage_urlconf`,
    imported at the first request. Each view takes the page first, then the request and the
    route's arguments, as a routable page's own methods do (Wagtail binds it to the page)."""

    subpage_urlconf = None

    @classmethod
    def get_subpage_urls(cls):
        return tuple(get_resolver(cls.subpage_urlconf).url_patterns)


# Page view restrictions (private sections) of the page being served: read once when its
# address is resolved, then used by the serve-time check and by every `.public()` listing of
# the same request instead of one query each. Cleared when any request starts or ends, so code
# outside a served page always reads the table.
_served_restrictions = ContextVar("served_view_restrictions", default=None)


def served_view_restrictions():
    """The view restrictions read for the page being served, or None outside one."""
    return _served_restrictions.get()


def _forget_restrictions(**kwargs):
    _served_restrictions.set(None)


request_started.connect(_forget_restrictions, dispatch_uid="core.routing.request_started")
request_finished.connect(_forget_restrictions, dispatch_uid="core.routing.request_finished")


def _routable_match(page_class, live, components):
    """Whether a routable page of this class answers these components with one of its own
    routes (as `RoutablePageMixin.route` tries before looking for a child)."""
    if not live or not issubclass(page_class, RoutablePageMixin):
        return False
    path = "/" + "".join(f"{component}/" for component in components)
    try:
        page_class.get_resolver().resolve(path)
    except Http404:
        return False
    return True


def _specific(page):
    """The page as its own type, read with the rows its template shows (the class's
    `serve_select_related` and `serve_prefetch_related`) in the same query."""
    model = page.specific_class
    if model is None or isinstance(page, model):
        return page.specific
    found = compiled.rows_in(
        model._default_manager.select_related(
            *getattr(model, "serve_select_related", ())
        ).prefetch_related(*getattr(model, "serve_prefetch_related", ())),
        "pk",
        [page.pk],
        "served page",
    )
    if not found:
        raise model.DoesNotExist
    return found[0]


def specific_parent(page):
    """The page's parent as its own type (the parent routing read, when it did), with its SQL
    compiled once per process."""
    return _specific(page.get_parent())


def view_restrictions():
    """Every view restriction with its page, kept by the process until one is saved or deleted
    or a page is saved, published or moved (on any app server: core.models.kept_rows)."""
    from wagtail.models import Page, PageViewRestriction, get_page_models

    from core.models import kept_rows

    return kept_rows(
        "view-restrictions",
        lambda: PageViewRestriction.objects.select_related("page").order_by("pk"),
        [PageViewRestriction, Page, *get_page_models()],
    )


def route_from_root(root, request, path_components):
    """Wagtail's routing from the site's root page, with the pages along the address read in
    one query instead of two per level: the same page, routes and 404s as `Page.route`.

    The page reached is then asked to route the rest itself (its own routes, or a 404 from
    the child look-up when no page has the address)."""
    from wagtail.models import Page

    _served_restrictions.set(view_restrictions())
    prefixes = [
        root.url_path + "".join(f"{component}/" for component in path_components[:count])
        for count in range(1, len(path_components) + 1)
    ]
    below_the_root = Page.objects.filter(path__startswith=root.path, depth__gt=root.depth)
    by_url_path = {
        page.url_path: page
        for page in compiled.rows_in(
            below_the_root, "url_path", prefixes, ("route", root.path, root.depth)
        )
    }
    chain = [root]
    current_class, current_live = type(root), root.live
    remaining = list(path_components)
    for prefix in prefixes:
        if _routable_match(current_class, current_live, remaining):
            break
        child = by_url_path.get(prefix)
        if child is None or child.depth != chain[-1].depth + 1:
            break
        child._cached_parent_obj = chain[-1]
        chain.append(child)
        current_class, current_live = child.specific_class or Page, child.live
        remaining = remaining[1:]

    page = chain[-1] if len(chain) == 1 else _specific(chain[-1])
    if len(chain) > 1:
        page._cached_parent_obj = chain[-2]
    # get_view_restrictions may use the restrictions read above: no page of the chain is an
    # alias, whose restrictions are those of its source.
    page._routed_without_alias = not any(step.alias_of_id for step in chain)
    request._portal_routed = True
    return page.route(request, remaining)
