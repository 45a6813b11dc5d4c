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
