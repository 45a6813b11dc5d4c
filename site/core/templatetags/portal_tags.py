"""Template tags for the public shell: navigation, breadcrumbs, page types."""

from django import template
from wagtail.models import Page, Site

register = template.Library()


def _site_root(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page's children marked "show in menus", in tree order (one query)."""
    root = _site_root(context)
    if root is None:
        return []
    return list(
        root.get_children().live().public().in_menu().only("id", "title", "url_path", "path")
    )


@register.simple_tag
def breadcrumbs(page):
    """Ancestors below the tree root, home first (one query)."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return list(
        page.get_ancestors().filter(depth__gt=1).only("id", "title", "url_path", "path", "depth")
    )


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
