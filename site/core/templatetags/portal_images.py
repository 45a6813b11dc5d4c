"""`image`, `srcset_image` and `picture` as Wagtail's, with the HTML they render kept a few
minutes in this process.

A listing shows the same photos on every request, and Wagtail's tags spend milliseconds on
each (parsing the filter specs, matching renditions, building the srcset). The HTML depends
only on the image's file, alt text and focal point, the specs and the attributes, so it is
reused while those are unchanged (core.fragments: entries expire within the page cache's own
lifetime, so a rendition regenerated elsewhere is picked up soon). Load this
library after `wagtailimages_tags` to use these tags in its place."""

from django import template
from wagtail.images.models import Filter
from wagtail.images.templatetags.wagtailimages_tags import (
    ImageNode,
    PictureNode,
    SrcsetImageNode,
)
from wagtail.images.templatetags.wagtailimages_tags import image as parse_image_tag

from core.fragments import image_version, kept_html

register = template.Library()


def clear():
    kept_html.clear()


class _KeptHTML:
    """Renders through Wagtail's node, reusing its filters and the HTML it made."""

    def render_as_variable(self, context):
        return super().render(context)

    def render(self, context):
        if self.output_var_name:
            return self.render_as_variable(context)
        image = self.validate_image(context)
        if not image:
            return ""
        attrs = tuple(
            (name, str(value.resolve(context))) for name, value in sorted(self.attrs.items())
        )
        key = (type(self).__name__, tuple(self.filter_specs), image_version(image), attrs)
        html = kept_html.get(key)
        if html is None:
            html = super().render(context)
            kept_html.put(key, html)
        return html


class KeptImageNode(_KeptHTML, ImageNode):
    def render_as_variable(self, context):
        """`{% image … as name %}`: the rendition is kept like the HTML (a social card's
        image, a film's poster), and read again only when the image changes."""
        image = self.validate_image(context)
        if not image:
            return ImageNode.render(self, context)
        key = ("as", tuple(self.filter_specs), image_version(image))
        rendition = kept_html.get(key)
        if rendition is None:
            ImageNode.render(self, context)
            rendition = context.get(self.output_var_name)
            if rendition is not None:
                kept_html.put(key, rendition)
            return ""
        context[self.output_var_name] = rendition
        return ""


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
