"""Routable pages whose routes are a plain URLconf, so a page model never imports its views."""

from django.urls import get_resolver
from wagtail.contrib.routable_page.models import RoutablePageMixin


class URLconfRoutablePageMixin(RoutablePageMixin):
    """The page's routes are the `urlpatterns` of the module named by `subpage_urlconf`,
    imported at the first request. Each view takes the page first, then the request and the
    route's arguments, as a routable page's own methods do (Wagtail binds it to the page)."""

    subpage_urlconf = None

    @classmethod
    def get_subpage_urls(cls):
        return tuple(get_resolver(cls.subpage_urlconf).url_patterns)
