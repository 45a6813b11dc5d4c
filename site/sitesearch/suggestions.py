""" "Có phải bạn muốn tìm …": a correction of the searched words from the titles of the live
public pages, asked for only when a search finds little.

- PostgreSQL: the titles nearest to the query by trigram word similarity (pg_trgm's `<%`,
  answered by the trigram index on the folded titles, migration 0001): one statement,
  with its similarity threshold set for it alone (`SET LOCAL`, in a savepoint).
- SQLite: the folded words of every such title, kept by the process (core.models.kept_rows).
Each searched word that is not a word of those titles is then replaced by the closest of
their words (difflib), if one is close enough. Words with digits are left as typed (numbers
are not misspelt names).
"""

import difflib

from django.db import DatabaseError, connection, transaction
from wagtail.models import Page, get_page_models

from core.models import kept_rows
from core.routing import view_restrictions
from core.text import fold_words

NEAREST_TITLES_SQL = """
    SELECT title.folded
    FROM sitesearch_foldedtitle AS title
    JOIN wagtailcore_page AS page ON page.id = title.page_id
    WHERE %(query)s <%% title.folded
        AND page.live
        AND page.depth > 2
        AND NOT page.path LIKE ANY(%(restricted)s)
    ORDER BY word_similarity(%(query)s, title.folded) DESC, page.id
    LIMIT 8
"""

# How close a title must be to the query (pg_trgm word similarity), and a word to a word
# of those titles (difflib ratio), to be offered.
THRESHOLD = 0.45
CUTOFF = 0.75


def _restricted_paths():
    return [restriction.page.path for restriction in view_restrictions()]


def _title_words():
    """Every folded word of the titles of live public pages, kept until a page changes."""

    def build():
        restricted = tuple(_restricted_paths()) or ("\0",)
        words = set()
        pages = Page.objects.filter(live=True, depth__gt=2).values_list("path", "title")
        for path, title in pages.iterator():
            if not path.startswith(restricted):
                words.update(fold_words(title).split())
        return sorted(words)

    return kept_rows("search-title-words", build, [Page, *get_page_models()])


def _nearest_title_words(folded_query):
    params = {"query": folded_query, "restricted": [f"{path}%" for path in _restricted_paths()]}
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            # For this statement only: pg_trgm's default (0.6) misses a short word with two
            # letters swapped ("huogn": 0.5).
            cursor.execute(f"SET LOCAL pg_trgm.word_similarity_threshold = {THRESHOLD}")
            cursor.execute(NEAREST_TITLES_SQL, params)
            titles = cursor.fetchall()
    except DatabaseError:  # pg_trgm could not be installed: no suggestion rather than an error
        return []
    return sorted({word for (title,) in titles for word in title.split()})


def suggest(folded_query):
    """A corrected folded query, or "" when no word needs (or has) a correction."""
    if connection.vendor == "postgresql":
        vocabulary = _nearest_title_words(folded_query)
    else:
        vocabulary = _title_words()
    known = set(vocabulary)
    corrected = []
    for word in folded_query.split():
        if word in known or len(word) < 3 or any(character.isdigit() for character in word):
            corrected.append(word)
            continue
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=CUTOFF)
        corrected.append(close[0] if close else word)
    suggestion = " ".join(corrected)
    return suggestion if suggestion != folded_query else ""
