"""Vietnamese text folding for search and lookups.

Neither SQLite's FTS5 tokenizer nor Unicode NFKD turns "đ" into "d", so "dao" would not
find "Đào". anyascii does, for every Vietnamese letter, on both databases.
"""

import re

from anyascii import anyascii

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


def fold_query(query):
    """A safe search query: folded words only, bounded in length and number of words.

    Returns "" when nothing searchable is left (empty, punctuation only, …).
    """
    if not query:
        return ""
    words = _WORD.findall(fold(str(query)[:MAX_QUERY_CHARS]))
    return " ".join(words[:MAX_QUERY_WORDS])
