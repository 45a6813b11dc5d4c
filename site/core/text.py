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
