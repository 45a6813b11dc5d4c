"""Vietnamese text folding for search and lookups.

Neither SQLite's FTS5 tokenizer nor Unicode NFKD turns "đ" into "d", so "dao" would not
find "Đào". anyascii does, for every Vietnamese letter, on both databases.
"""

import re

from anyascii import anyascii
from django.utils.text import slugify

# Words a person may type: letters and digits after folding. Everything else (markup, SQL,
# punctuation, search-engine operators) is a separator.
_WORD = re.compile(r"[a-z0-9]+")

MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 12


def fold(text):
    """Lower-case ASCII form of a text: "Nguyễn Thị Hường" -> "nguyen thi huong"."""
    if not text:
        return ""
    return anyascii(str(text)).lower()


def fold_words(text):
    """Folded words separated by single spaces: "1657/QĐ-UBND" -> "1657 qd ubnd".

    Used for the indexed text and for queries alike, so both databases' tokenizers (which
    treat "3441/ubnd-kttt" as one token on PostgreSQL) see the same plain words.
    """
    return " ".join(_WORD.findall(fold(text)))


def fold_query(query):
    """A safe search query: folded words only, bounded in length and number of words.

    Returns "" when nothing searchable is left (empty, punctuation only, …).
    """
    if not query:
        return ""
    words = fold_words(str(query)[:MAX_QUERY_CHARS]).split()
    return " ".join(words[:MAX_QUERY_WORDS])


# The Vietnamese letters with marks, by the plain letter they fold to; upper case is derived.
VIETNAMESE_LETTERS = {
    "a": "àáảãạăằắẳẵặâầấẩẫậ",
    "d": "đ",
    "e": "èéẻẽẹêềếểễệ",
    "i": "ìíỉĩị",
    "o": "òóỏõọôồốổỗộơờớởỡợ",
    "u": "ùúủũụưừứửữự",
    "y": "ỳýỷỹỵ",
}


def slugify_vi(text, max_length=255):
    """A page address from a Vietnamese title: every letter folded ("Bằng" -> "bang", "Đ" ->
    "d", "Ưu tú" -> "uu-tu"), words joined by "-". Django's slugify drops "đ" and Wagtail's
    editor script drops letters with two marks; this keeps every word."""
    return slugify(anyascii(str(text or "")))[:max_length].strip("-")


def vietnamese_slug_formatters():
    """The same folding as (pattern, replacement) pairs for the editor's slug field (Wagtail's
    SlugInput `formatters`), applied as the title is typed: combining marks first (text typed
    in decomposed form), then each letter with its marks."""
    pairs = [("[\\u0300-\\u036f]", "")]
    for plain, letters in VIETNAMESE_LETTERS.items():
        pairs.append((f"[{letters}]", plain))
        pairs.append((f"[{letters.upper()}]", plain.upper()))
    return pairs
