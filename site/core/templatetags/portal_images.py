"""`image`, `srcset_image` and `picture` as Wagtail's, with the HTML they render kept a few
minutes in this process.

A listing shows the same photos on every request, and Wagtail's tags spend milliseconds on
each (parsing the filter specs, matching renditions, building the srcset). The HTML depends
only on the image's file, alt text and focal point, the specs and the attributes, so it is
reused while those are unchanged. Entries expire after `HTML_SECONDS`, well within the page
cache's own lifetime, so a rendition regenerated elsewhere is picked up soon. Load this
library after `wagtailimages_tags` to use these tags in its place."""

import threading
import time
from collections import OrderedDict

from django import template
from wagtail.images.models import Filter
from wagtail.images.templatetags.wagtailimages_tags import (
    ImageNode,
    PictureNode,
    SrcsetImageNode,
)
from wagtail.images.templatetags.wagtailimages_tags import image as parse_image_tag

register = template.Library()

HTML_SECONDS = 300
MAX_ENTRIES = 4096

_html = OrderedDict()
_lock = threading.Lock()


def clear():
    with _lock:
        _html.clear()


def _get(key):
    with _lock:
        entry = _html.get(key)
        if entry is None:
            return None
        html, expires = entry
        if expires < time.monotonic():
            del _html[key]
            return None
        _html.move_to_end(key)
        return html


def _put(key, html):
    with _lock:
        _html[key] = (html, time.monotonic() + HTML_SECONDS)
        _html.move_to_end(key)
        while len(_html) > MAX_ENTRIES:
            _html.popitem(last=False)


def _image_key(image):
    return (
        type(image).__name__,
        image.pk,
        image.file.name,
        # The alt text Wagtail writes when the template gives none.
        getattr(image, "default_alt_text", image.title),
        image.focal_point_x,
        image.focal_point_y,
        image.focal_point_width,
        image.focal_point_height,
    )


class _KeptHTML:
    """Renders through Wagtail's node, reusing its filters and the HTML it made."""

    def render(self, context):
        if self.output_var_name:
            return super().render(context)
        image = self.validate_image(context)
        if not image:
            return ""
        attrs = tuple(
            (name, str(value.resolve(context))) for name, value in sorted(self.attrs.items())
        )
        key = (type(self).__name__, tuple(self.filter_specs), _image_key(image), attrs)
        html = _get(key)
        if html is None:
            html = super().render(context)
            _put(key, html)
        return html


class KeptImageNode(_KeptHTML, ImageNode):
    pass


class KeptSrcsetImageNode(_KeptHTML, SrcsetImageNode):
    def get_filters(self):
        # Parsed once per template, not once per image shown.
        try:
            return self._filters
        except AttributeError:
            self._filters = [Filter(spec=spec) for spec in Filter.expand_spec(self.filter_specs)]
            return self._filters


class KeptPictureNode(_KeptHTML, PictureNode):
    get_filters = KeptSrcsetImageNode.get_filters


_KEPT = {
    PictureNode: KeptPictureNode,
    SrcsetImageNode: KeptSrcsetImageNode,
    ImageNode: KeptImageNode,
}


def kept_image_tag(parser, token):
    node = parse_image_tag(parser, token)
    node.__class__ = _KEPT[type(node)]
    return node


register.tag("image", kept_image_tag)
register.tag("srcset_image", kept_image_tag)
register.tag("picture", kept_image_tag)
