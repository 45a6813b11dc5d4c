"""Template tags for the public shell: navigation, breadcrumbs, page types."""

from django import template
from wagtail.models import Page

from core import chrome as site_chrome
from core.dates import format_long_day

register = template.Library()


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page's children marked "show in menus", in tree order (core.chrome)."""
    request = context.get("request")
    built = site_chrome.for_request(request) if request else None
    return list(built.menu) if built else []


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """Ancestors below the tree root, home first, as core.chrome links: from the chrome when it
    knows them all, else one query."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    request = context.get("request")
    built = site_chrome.for_request(request) if request else None
    crumbs = built.crumbs(page) if built else None
    if crumbs is not None:
        return crumbs
    ancestors = (
        page.get_ancestors().filter(depth__gt=1).only("id", "title", "url_path", "path", "depth")
    )
    return [
        site_chrome.Link(
            id=ancestor.pk,
            title=ancestor.title,
            url=ancestor.get_url(request) or "",
            path=ancestor.path,
            depth=ancestor.depth,
        )
        for ancestor in ancestors
    ]


@register.filter
def is_active_section(menu_page, current_page):
    """True when the current page is the menu entry or lies below it."""
    if not isinstance(current_page, Page):
        return False
    return current_page.path.startswith(menu_page.path)


_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def ld_json(data):
    """Structured data as <script type="application/ld+json">, escaped like json_script."""
    import json

    from django.utils.safestring import mark_safe

    payload = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    request = context.get("request")
    return request.build_absolute_uri(url) if request else url


@register.filter
def long_day(day):
    """A day as official papers write it: "ngày 05 tháng 12 năm 2026" (core.dates)."""
    return format_long_day(day) if day else ""
