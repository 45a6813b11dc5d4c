"""Fragments rendered once and reused (core.fragments).

`{% keep "news-card" item.pk item.title item.url_path … %}…{% endkeep %}` keeps the HTML of
its body by the values named after the fragment's name: they must be every value the body
shows (plain values: text, numbers, dates; an image through `|image_version`). The language
and the request's site are part of every key.

`{% chrome_include "includes/header.html" %}` renders the header or footer once per version of
the site's chrome (core.chrome), language and active menu entry; a header that carries the
visitor's search words is rendered each time.

`{% include_kept_block page.body %}` renders a StreamField as `{% include_block %}` does, once
per version of its stored data and of what its blocks can show from elsewhere (images,
documents, embeds, and pages, whose addresses rich-text links show); a preview is rendered
each time."""

import datetime
import hashlib
import json
from decimal import Decimal

from django import template
from django.db.models import Model
from django.utils.translation import get_language
from wagtail.blocks import StreamValue
from wagtail.documents import get_document_model
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.models import Page, get_page_models

from core.fragments import image_version as _image_version
from core.fragments import kept_html
from core.models import kept_version

register = template.Library()

PLAIN = (str, int, float, Decimal, datetime.date, tuple, type(None))


def _plain(value, name):
    if isinstance(value, PLAIN):
        return value
    if isinstance(value, Model):
        raise template.TemplateSyntaxError(
            f"{{% keep {name} %}} varies on a model instance; name the fields it shows."
        )
    return str(value)


class KeepNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        name = self.name.resolve(context)
        values = tuple(_plain(var.resolve(context), name) for var in self.vary_on)
        chrome = context.get("chrome")
        key = ("keep", name, get_language(), getattr(chrome, "site_id", None), values)
        html = kept_html.get(key)
        if html is None:
            html = self.nodelist.render(context)
            kept_html.put(key, html)
        return html


@register.tag("keep")
def do_keep(parser, token):
    bits = token.split_contents()
    if len(bits) < 3:
        raise template.TemplateSyntaxError(
            "{% keep %} takes a fragment name and the values its HTML depends on."
        )
    nodelist = parser.parse(("endkeep",))
    parser.delete_first_token()
    return KeepNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]]
    )


@register.filter
def fields_of(items, names):
    """The named fields of every item, as a plain value for `{% keep %}`:
    `{% keep "home-news" latest_news|fields_of:"pk url_path title date lead" %}`."""
    names = names.split()
    return tuple(tuple(_plain(getattr(item, name), name) for name in names) for item in items)


@register.filter
def field_version(bound_field):
    """What a form field's widget HTML (`{{ field }}`) depends on, as a plain value for
    `{% keep %}`: its kind, name, id, value, attributes, choices and errors. For fields whose
    choices are a list (a model field's choices would be read again for the key)."""
    field = bound_field.field
    widget = field.widget
    choices = getattr(field, "choices", None)
    return (
        type(field).__name__,
        type(widget).__name__,
        bound_field.html_name,
        bound_field.auto_id,
        str(bound_field.value()),
        str(sorted(widget.attrs.items())),
        str(sorted(field.widget_attrs(widget).items())),
        str(list(choices)) if choices is not None else None,
        field.required,
        field.disabled,
        str(field.help_text),
        tuple(str(error) for error in bound_field.errors),
    )


@register.filter
def image_version(image):
    """What an image's HTML depends on, as a plain value for `{% keep %}`."""
    return _image_version(image or None)


def _menu_state(chrome, page):
    """What of the header depends on the page shown: whether it is the home page, and the
    menu entry that is the page or the section it lies in (as the header's own tests)."""
    page_id = getattr(page, "id", None)
    in_tree = isinstance(page, Page)
    active = []
    for item in chrome.menu:
        if page_id is not None and item.id == page_id:
            active.append((item.id, "page"))
        elif in_tree and page.path.startswith(item.path):
            active.append((item.id, "section"))
    return getattr(page, "depth", None) == 2, tuple(active)


@register.simple_tag(takes_context=True)
def chrome_include(context, template_name):
    chrome = context.get("chrome")
    if chrome is None or context.get("search_query"):
        return _render(context, template_name)
    key = (template_name, get_language(), _menu_state(chrome, context.get("page")))
    html = chrome.fragments.get(key)
    if html is None:
        html = chrome.fragments[key] = _render(context, template_name)
    return html


def _render(context, template_name):
    return context.template.engine.get_template(template_name).render(context)


STREAM_REFERENCES = "stream-references"


def _stream_references_version():
    watched = [get_image_model(), get_document_model(), Embed, *get_page_models()]
    return kept_version(STREAM_REFERENCES, watched)


@register.simple_tag(takes_context=True)
def include_kept_block(context, value):
    def render():
        return value.render_as_block(context=context.flatten())

    request = context.get("request")
    if not isinstance(value, StreamValue) or getattr(request, "is_preview", False):
        return render()
    stored = json.dumps(list(value.raw_data), sort_keys=True, default=str)
    chrome = context.get("chrome")
    key = (
        "stream",
        type(value.stream_block).__qualname__,
        hashlib.blake2b(stored.encode(), digest_size=16).hexdigest(),
        _stream_references_version(),
        get_language(),
        getattr(chrome, "site_id", None),
    )
    html = kept_html.get(key)
    if html is None:
        html = render()
        kept_html.put(key, html)
    return html
