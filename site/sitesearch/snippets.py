"""A few lines of each result with the searched words marked.

The text comes from the page's search description, else from the first of the fields it is
searched by (`search_text_sources`: intro, summary, body…) that holds a searched word, else
from the first of them with a sentence's worth of text (a short field, such as a name or a
number, only when there is nothing longer). Only the page's own fields are read (no related rows,
so no query per result). Markup is removed and the text escaped: only `<mark>` is added.
Words are compared folded, so "huong" marks "Hường" and "qd" marks "QĐ".
"""

import functools
import html
import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from wagtail.fields import StreamField

from core.text import fold

# A word as people read it: letters and digits of any script.
_WORD = re.compile(r"[^\W_]+")
_SPACES = re.compile(r"\s+")
# Block-level tags end a line of text: a space keeps the words on either side apart.
_BLOCK_TAG = re.compile(r"(?=</?(?:p|div|li|ul|ol|br|h[1-6]|tr|td|th|table|blockquote)\b)", re.I)

WORDS_BEFORE = 8
WORDS_SHOWN = 36
# A text this short (a name, a number) is used only when no longer text has a searched word.
FEW_WORDS = 8
MAX_SOURCE_CHARS = 20_000


def plain_text(value):
    """Text without markup, entities decoded, on one line."""
    text = strip_tags(_BLOCK_TAG.sub(" ", str(value)))
    return _SPACES.sub(" ", html.unescape(text)).strip()


def _texts(page):
    if getattr(page, "search_description", ""):
        yield page.search_description
    fields = page._meta._forward_fields_map
    for name in getattr(page, "search_text_sources", ()):
        model_field = fields.get(name)
        # Fields of the page itself only: a method may read related rows.
        if name == "title" or model_field is None or name == "search_description":
            continue
        value = getattr(page, name, None)
        if not value:
            continue
        if isinstance(model_field, StreamField):
            yield " ".join(model_field.stream_block.get_searchable_content(value))
        else:
            yield value


# A text's words are folded one by one: the same few thousand syllables, folded once each.
_fold_word = functools.lru_cache(maxsize=20_000)(fold)


def _words(text):
    return [
        (match.start(), match.end(), _fold_word(match.group())) for match in _WORD.finditer(text)
    ]


def mark_words(text, words, start=0, end=None):
    """`text[start:end]` escaped, each word whose folded form is in `words` in `<mark>`."""
    end = len(text) if end is None else end
    out, position = [], start
    for word_start, word_end, folded in _words(text[start:end]):
        if folded in words:
            out.append(escape(text[position : start + word_start]))
            out.append(f"<mark>{escape(text[start + word_start : start + word_end])}</mark>")
            position = start + word_end
    out.append(escape(text[position:end]))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped above


def snippet(page, folded_query):
    """The page's snippet (safe HTML), or "" when it has no text besides its title."""
    words = set(folded_query.split())
    first_long = first = None
    for value in _texts(page):
        text = plain_text(value)[:MAX_SOURCE_CHARS]
        if not text:
            continue
        tokens = _words(text)
        found = next((index for index, token in enumerate(tokens) if token[2] in words), None)
        if found is not None and len(tokens) >= FEW_WORDS:
            return _window(text, tokens, found, words)
        if first_long is None and len(tokens) >= FEW_WORDS:
            first_long = (text, tokens, 0)
        if first is None or (found is not None and first[2] is None):
            first = (text, tokens, found)
    # A sentence says more than a matching name or number alone (already in the title).
    text, tokens, found = first_long or first or ("", [], None)
    return _window(text, tokens, found or 0, words) if text else ""


def _window(text, tokens, found, words):
    if not tokens:
        return escape(text[:240])
    first = max(0, found - WORDS_BEFORE)
    last = min(len(tokens), first + WORDS_SHOWN) - 1
    start = 0 if first == 0 else tokens[first][0]
    end = len(text) if last == len(tokens) - 1 else tokens[last][1]
    marked = mark_words(text, words, start, end)
    before = "… " if start > 0 else ""
    after = " …" if end < len(text) else ""
    return mark_safe(f"{before}{marked}{after}")  # noqa: S308 - marked is escaped
