"""The page's description for search engines and link previews (<meta name="description">,
og:description): the editors' search description, else the page's own short text (its
summary, lead or intro, else its first paragraph), else a sentence about the site."""

import html
import re

from django import template
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

register = template.Library()

# Search engines show about 155 characters; a longer text is cut at a word.
MAX_LENGTH = 155
# The page's own short texts, first found wins: plain or rich text fields and the `summary`
# properties page types define (a legal document's abstract, a decision's reason…).
TEXT_FIELDS = (
    "summary",
    "lead",
    "intro",
    "hero_text",
    "achievement_summary",
    "description",
    "question_text",
)
# StreamFields whose first paragraph speaks for the page when it has no short text.
STREAM_FIELDS = ("body", "story")
_SPACES = re.compile(r"\s+")
# Rich text keeps no space between its paragraphs: one goes before each block's tag.
_BLOCK_TAGS = re.compile(
    r"(<(?:/?(?:p|div|li|ul|ol|h[1-6]|blockquote|table|tr|td|th)\b|br\b))", re.I
)


def plain_text(value):
    """Text or rich text (HTML) as one line of plain text."""
    text = html.unescape(strip_tags(_BLOCK_TAGS.sub(r" \1", str(value or ""))))
    return _SPACES.sub(" ", text).strip()


def shorten(text, limit=MAX_LENGTH):
    """`text` cut at the last whole word within `limit` characters, an ellipsis marking the cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.–-") + "…"


def _first_paragraph(page):
    for name in STREAM_FIELDS:
        stream = getattr(page, name, None)
        # The stored JSON: no block is built and nothing is read from the database.
        for block in getattr(stream, "raw_data", None) or ():
            if block.get("type") == "paragraph":
                text = plain_text(block.get("value"))
                if text:
                    return text
    return ""


def page_text(page):
    """The page's own description, plain and not yet shortened ("" when it has none)."""
    if page is None:
        return ""
    text = plain_text(getattr(page, "search_description", ""))
    if text:
        return text
    for name in TEXT_FIELDS:
        value = getattr(page, name, "")
        if isinstance(value, str) or hasattr(value, "source"):
            text = plain_text(getattr(value, "source", value))
            if text:
                return text
    return _first_paragraph(page)


def site_text(portal):
    council = (portal or {}).get("council_name") or ""
    if council:
        return _(
            "Cổng thông tin Thi đua – Khen thưởng của %(council)s: tin tức, văn bản, quyết định "
            "và tra cứu khen thưởng, gương điển hình tiên tiến, lấy ý kiến nhân dân."
        ) % {"council": council}
    return _(
        "Cổng thông tin Thi đua – Khen thưởng: tin tức, văn bản, quyết định và tra cứu khen "
        "thưởng, gương điển hình tiên tiến, lấy ý kiến nhân dân."
    )


def describe(page, portal=None):
    """The description of `page` (any object, or None) on the site whose settings are
    `portal` (the chrome's values), at most MAX_LENGTH characters."""
    return shorten(page_text(page) or site_text(portal))


@register.simple_tag(takes_context=True)
def meta_description(context):
    """`{% meta_description as head_description %}`: the description of the context's page."""
    chrome = context.get("chrome")
    return describe(context.get("page"), getattr(chrome, "portal", None))
