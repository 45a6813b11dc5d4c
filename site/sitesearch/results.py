"""The live public pages matching a search, one page of them at a time.

Both databases match every folded word of the query against the folded text that each page
type indexes (`core.search.FoldedSearchMixin`):
- PostgreSQL: the pages' search entries are matched on their `body` vector alone, which the
  GIN index answers. Wagtail's own query matches `title || body`, a vector no index holds,
  and so reads every entry (about 100 ms at 12,000 pages). The folded copy of the title is
  in the body, so nothing is lost. Best matches (ts_rank) first, then the newest; the total
  comes from the same statement (a window count), so a page of results is one query.
- SQLite: the same statement over the FTS5 table of Wagtail's SQLite backend, ranked with
  bm25 weighted by the title's length norm, as that backend ranks. Wagtail's own query computes the
  score in a subquery per matching page (about 25 ms for a common word in the demo content).
  Without FTS5 (an SQLite built without it), Wagtail's fallback backend.
The results are then read per page type present on that page: one query per type, not one
per result.
"""

import functools

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db import connection
from wagtail.models import Page, get_page_models
from wagtail.search.backends import get_search_backend

from core import compiled
from core.routing import view_restrictions

MATCHES_SQL = """
    SELECT page.id, page.content_type_id, COUNT(*) OVER () AS total
    FROM wagtailsearch_indexentry AS entry
    JOIN wagtailcore_page AS page
        ON page.id = entry.object_id::integer AND page.content_type_id = entry.content_type_id
    WHERE entry.body @@ to_tsquery('simple', %(query)s)
        AND entry.content_type_id = ANY(%(page_types)s)
        AND page.live
        AND NOT page.path LIKE ANY(%(restricted)s)
    ORDER BY ts_rank(entry.body, to_tsquery('simple', %(query)s)) DESC,
        page.first_published_at DESC NULLS LAST, page.id DESC
    LIMIT %(limit)s OFFSET %(offset)s
"""


# bm25() is only allowed where the FTS5 table drives the query: ranked in a materialized step,
# then counted and ordered.
SQLITE_MATCHES_SQL = """
    WITH matches AS MATERIALIZED (
        SELECT page.id, page.content_type_id, page.first_published_at,
            bm25(wagtailsearch_indexentry_fts) * (entry.title_norm + 1.0) AS score
        FROM wagtailsearch_indexentry_fts
        JOIN wagtailsearch_indexentry AS entry
            ON entry.id = wagtailsearch_indexentry_fts.rowid
        JOIN wagtailcore_page AS page
            ON page.id = CAST(entry.object_id AS INTEGER)
            AND page.content_type_id = entry.content_type_id
        WHERE wagtailsearch_indexentry_fts MATCH %(query)s
            AND entry.content_type_id IN ({page_types})
            AND page.live
            {not_restricted}
    )
    SELECT id, content_type_id, COUNT(*) OVER () AS total
    FROM matches
    ORDER BY score, first_published_at DESC, id DESC
    LIMIT %(limit)s OFFSET %(offset)s
"""

MAX_PAGE_NUMBER = 100_000


class _CountedRows:
    """What `Paginator` needs of one page of rows whose total is already known."""

    def __init__(self, rows, total):
        self.rows, self.total = rows, total

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, key):
        if not isinstance(key, slice):
            raise TypeError("Only the page's own rows were read: ask for them with a slice.")
        return self.rows


def _statement(folded_query, per_page):
    """(SQL, parameters) of a page of matches on this database; None without one."""
    postgresql = connection.vendor == "postgresql"
    if not postgresql and (connection.vendor != "sqlite" or not sqlite_fts_available()):
        return None
    restricted = [f"{restriction.page.path}%" for restriction in view_restrictions()]
    words = folded_query.split()
    params = {"limit": per_page}
    if postgresql:
        params.update(
            query=" & ".join(words), page_types=_all_page_type_ids(), restricted=restricted
        )
        return MATCHES_SQL, params
    # Folded words are letters and digits only (core.text.fold_query): quoted, each is a word.
    params["query"] = "{title body} : (" + " AND ".join(f'"{word}"' for word in words) + ")"
    params.update({f"restricted_{number}": path for number, path in enumerate(restricted)})
    not_restricted = "".join(
        f"AND page.path NOT LIKE %(restricted_{number})s " for number in range(len(restricted))
    )
    page_types = ", ".join(str(int(pk)) for pk in _all_page_type_ids())
    # Only numbers and numbered placeholders are formatted in; the values are parameters.
    sql = SQLITE_MATCHES_SQL.format(page_types=page_types, not_restricted=not_restricted)
    return sql, params


@functools.cache
def sqlite_fts_available():
    """Whether Wagtail chose its FTS5 backend (SQLite built with FTS5, its table migrated)."""
    return get_search_backend().__class__.__name__ == "SQLiteSearchBackend"


def _matches(statement, number, per_page):
    """(rows of (id, content type id), total, page number)."""
    sql, params = statement
    with connection.cursor() as cursor:
        for _attempt in range(2):
            params["offset"] = (number - 1) * per_page
            cursor.execute(sql, params)
            rows = cursor.fetchall()
            if rows or number == 1:
                total = rows[0][2] if rows else 0
                return [(pk, type_id) for pk, type_id, _total in rows], total, number
            # Past the last page (an old link): show the last page, as Paginator.get_page does.
            cursor.execute(sql, {**params, "offset": 0, "limit": 1})
            first = cursor.fetchone()
            total = first[2] if first else 0
            number = max(1, -(-total // per_page))
    return [], 0, 1


def _all_page_type_ids():
    return [ContentType.objects.get_for_model(model).pk for model in get_page_models()]


def _specific(rows):
    """The pages of `rows` ((id, content type id), in order) as their own types: one query
    per type, its SQL compiled once per type and number of pages (core.compiled.in_bulk)."""
    ids_by_type = {}
    for pk, content_type_id in rows:
        ids_by_type.setdefault(content_type_id, []).append(pk)
    found = {}
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:  # a page type since removed from the code
            found.update(compiled.in_bulk(model._default_manager.all(), ids, "search results"))
    return [found[pk] for pk, _type in rows if pk in found]


def results_page(folded_query, number, per_page):
    """The `number`th page of results (a Django paginator `Page` of specific page objects)."""
    statement = _statement(folded_query, per_page)
    if statement is None:
        matches = Page.objects.live().public().search(folded_query, operator="and")
        page = Paginator(matches, per_page).get_page(number)
        page.object_list = _specific(
            [(match.pk, match.content_type_id) for match in page.object_list]
        )
        return page
    try:
        # Beyond any real page, and the offset stays a number the database takes.
        number = min(max(1, int(number)), MAX_PAGE_NUMBER)
    except (TypeError, ValueError):
        number = 1
    rows, total, number = _matches(statement, number, per_page)
    return Paginator(_CountedRows(_specific(rows), total), per_page).page(number)
