"""Template tags for page listings that share the served page's view restrictions."""

from django import template
from wagtail.models import Page

from core.models import public_pages

register = template.Library()


@register.simple_tag
def menu_children(page):
    """The page's live, public children marked "show in menus", in tree order (one query:
    the restrictions are those read when the page was routed)."""
    if not isinstance(page, Page):
        return []
    return list(
        public_pages()
        .child_of(page)
        .live()
        .public()
        .in_menu()
        .only("id", "title", "url_path", "path", "depth")
    )
