"""The live public pages matching a search, one page of them at a time, with the count of
matches per section and, in the same statement, the awardee the words name.

Both databases match every folded word of the query against the folded text that each page
type indexes (`core.search.FoldedSearchMixin`):
- PostgreSQL: the pages' search entries are matched on their `body` vector alone, which a
  GIN index answers. Wagtail's own query matches `title || body`, a vector no index holds,
  and so reads every entry (about 100 ms at 12,000 pages). The folded copy of the title is
  in the body, so nothing is lost. Relevance is ts_rank. The vector is read from its copy
  beside the page's folded title (migration 0003), not from Wagtail's wide entries table.
- SQLite: the same statement over the FTS5 table of Wagtail's SQLite backend, relevance
  being bm25 weighted by the title's length norm, as that backend ranks. Wagtail's own query
  computes the score in a subquery per matching page (about 25 ms for a common word in the
  demo content). Without FTS5 (an SQLite built without it), Wagtail's fallback backend.

Order: pages whose folded title holds the words as typed (the exact phrase) first, then those
whose title holds every word, then those whose text holds the exact phrase, then the rest;
within each, the most relevant, then the newest. Relevance is compared in tenths of the best
match's, so that pages about as relevant as each other come newest first (two articles on
the same subject differ by a few words of text, not by how well they answer). The folded
title is kept beside each page on PostgreSQL (`sitesearch_foldedtitle`, migration 0001),
with the page's type, state, path and first publication (0002) and its search vector (0003),
so that the matches are read from that narrow table alone; SQLite folds titles as the
statement runs (`sitesearch.folding`).
On PostgreSQL the statement runs with server-side parameters (`core.postgresql`): its text
is the same for every query of as many words, so it is planned once per connection.

One statement answers a page of results: the matches are ranked once, then it returns the
page's rows, one row per section (top-level page) with its number of matches, and, for a
query of two words or more, the name of a published awardee whose folded name is the query
(the award look-up's published awardees, `news.award_search.published_awardees`). The results are
then read per page type present on that page: one query per type, not one per result.
"""

import functools
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db import connection
from wagtail.models import Page, get_page_models
from wagtail.search.backends import get_search_backend

from core import compiled
from core.models import kept_rows, kept_variants
from core.postgresql.base import prepared_statements
from core.routing import view_restrictions
from news.award_search import published_awardees

# The matches of the query, each with its rank (below) and relevance. The rank is computed
# once per match, and whether the text holds the phrase only for a match whose title does not
# hold the words (CASE stops at the first true branch).
PG_MATCHES = """
    SELECT page.page_id AS id, page.content_type_id, page.path, page.first_published_at,
        {rank} AS rank,
        ts_rank(page.body, to_tsquery('simple', %(query)s)) AS relevance
    FROM sitesearch_foldedtitle AS page
    WHERE page.body @@ to_tsquery('simple', %(query)s)
        AND page.content_type_id = ANY(%(page_types)s)
        AND page.live
        AND NOT page.path LIKE ANY(%(restricted)s)
"""

# bm25() is only allowed where the FTS5 table drives the query: ranked in a materialized step.
SQLITE_MATCHES = """
    SELECT page.id, page.content_type_id, page.path, page.first_published_at,
        {rank} AS rank,
        -bm25(wagtailsearch_indexentry_fts) * (entry.title_norm + 1.0) AS relevance
    FROM wagtailsearch_indexentry_fts
    JOIN wagtailsearch_indexentry AS entry ON entry.id = wagtailsearch_indexentry_fts.rowid
    JOIN wagtailcore_page AS page
        ON page.id = CAST(entry.object_id AS INTEGER)
        AND page.content_type_id = entry.content_type_id
    WHERE wagtailsearch_indexentry_fts MATCH %(query)s
        AND entry.content_type_id IN ({page_types})
        AND page.live
        {not_restricted}
"""

PG_FOLDED_TITLE = "' ' || page.folded || ' '"
SQLITE_FOLDED_TITLE = "' ' || sitesearch_fold(page.title) || ' '"

# Whether the text holds the words in the order typed (a query of two words or more).
PG_HAS_PHRASE = "page.body @@ to_tsquery('simple', %(phrase)s)"
SQLITE_HAS_PHRASE = """entry.id IN (
            SELECT rowid FROM wagtailsearch_indexentry_fts
            WHERE wagtailsearch_indexentry_fts MATCH %(phrase)s
        )"""

# 0: the title holds the words as typed; 1: the title holds every word; 2: the text holds
# them as typed; 3: the rest.
RANK = """CASE WHEN {title} LIKE %(title_phrase)s THEN 0
            WHEN {title_words} THEN 1
            WHEN {has_phrase} THEN 2
            ELSE 3 END"""

ORDER = "rank, relevance_band DESC, first_published_at DESC {nulls_last}, id DESC"

# Rows: (0, page id, content type id, NULL, position) for the page of results,
# (1, NULL, NULL, section path, matches) per section, (2, NULL, NULL, awardee's name, NULL).
# The relevance band is the relevance in tenths of the best match's (a number 0-10).
STATEMENT = """
    WITH matches AS MATERIALIZED ({matches}),
    banded AS (
        SELECT id, content_type_id, path, first_published_at, rank,
            ROUND(relevance * 10.0 / NULLIF(MAX(relevance) OVER (), 0)) AS relevance_band
        FROM matches
    ),
    shown AS (
        SELECT id, content_type_id, ROW_NUMBER() OVER (ORDER BY {order}) AS position
        FROM banded
        WHERE path LIKE %(section)s
        ORDER BY {order}
        LIMIT %(limit)s OFFSET %(offset)s
    ){offer_cte}
    SELECT 0, id, content_type_id, NULL, position FROM shown
    UNION ALL
    SELECT 1, NULL, NULL, section, COUNT(*)
    FROM (SELECT substr(path, 1, %(section_length)s) AS section FROM matches) AS sections
    GROUP BY section{offer_select}
"""

MAX_PAGE_NUMBER = 100_000


@dataclass
class Section:
    path: str
    slug: str
    title: str
    count: int = 0


@dataclass
class Found:
    """What one search found: `page` (a paginator page of specific pages), the sections
    with their number of matches (those with any, in the site's order), the chosen one, and
    the name of an awardee the words name."""

    page: object
    sections: list = field(default_factory=list)
    section: Section | None = None
    total: int = 0
    awardee_name: str = ""


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


def section_length():
    """Characters of a page path that name its section (a child of a site's home page)."""
    return Page.steplen * 3


def sections():
    """The sections (children of the home pages), live and not restricted, in site order;
    kept by the process until a page changes."""

    def build():
        restricted = tuple(restriction.page.path for restriction in view_restrictions())
        rows = Page.objects.filter(depth=3, live=True).order_by("path")
        return [
            Section(row.path, row.slug, row.title)
            for row in rows.only("path", "slug", "title")
            if not row.path.startswith(restricted or ("\0",))
        ]

    return kept_rows("search-sections", build, _page_models())


def _awardee_offer(folded_query):
    """(SQL, parameters) of the newest published awardee whose folded name is the query
    (an index of migration 0001 on PostgreSQL), its placeholders named for the statement."""
    awardees = published_awardees().filter(search_name=folded_query)
    sql, params = awardees.values_list("full_name")[:1].query.sql_with_params()
    if "%%" in sql:
        return None
    parts = sql.split("%s")
    named = {f"offer_{number}": value for number, value in enumerate(params)}
    sql = parts[0] + "".join(f"%(offer_{number})s{part}" for number, part in enumerate(parts[1:]))
    return sql, named


def _statement(folded_query, per_page, section_path):
    """(SQL, parameters) of a page of matches on this database; None without one."""
    postgresql = connection.vendor == "postgresql"
    if not postgresql and (connection.vendor != "sqlite" or not sqlite_fts_available()):
        return None
    restricted = [f"{restriction.page.path}%" for restriction in view_restrictions()]
    words = folded_query.split()
    # Folded words are letters and digits only (core.text.fold_query): no operator, quote or
    # wildcard reaches the query languages or LIKE.
    params = {
        "limit": per_page,
        "section": f"{section_path}%" if section_path else "%",
        "section_length": section_length(),
        "title_phrase": f"% {folded_query} %",
        **{f"title_word_{number}": f"% {word} %" for number, word in enumerate(words)},
    }
    title_words = " AND ".join(
        f"{{title}} LIKE %(title_word_{number})s" for number in range(len(words))
    )
    if postgresql:
        params.update(
            query=" & ".join(words),
            phrase=" <-> ".join(words),
            page_types=_all_page_type_ids(),
            restricted=restricted,
        )
        rank = RANK.format(
            title=PG_FOLDED_TITLE,
            title_words=title_words.format(title=PG_FOLDED_TITLE),
            has_phrase=PG_HAS_PHRASE if len(words) > 1 else "TRUE",
        )
        matches = PG_MATCHES.format(rank=rank)
        order = ORDER.format(nulls_last="NULLS LAST")
    else:
        params["query"] = "{title body} : (" + " AND ".join(f'"{word}"' for word in words) + ")"
        params["phrase"] = '{body} : "' + " ".join(words) + '"'
        params.update({f"restricted_{number}": path for number, path in enumerate(restricted)})
        not_restricted = "".join(
            f"AND page.path NOT LIKE %(restricted_{number})s " for number in range(len(restricted))
        )
        page_types = ", ".join(str(int(pk)) for pk in _all_page_type_ids())
        # Only numbers and numbered placeholders are formatted in; the values are parameters.
        rank = RANK.format(
            title=SQLITE_FOLDED_TITLE,
            title_words=title_words.format(title=SQLITE_FOLDED_TITLE),
            has_phrase=SQLITE_HAS_PHRASE if len(words) > 1 else "1",
        )
        matches = SQLITE_MATCHES.format(
            page_types=page_types, not_restricted=not_restricted, rank=rank
        )
        order = ORDER.format(nulls_last="")
    offer_cte = offer_select = ""
    offer = _awardee_offer(folded_query) if len(words) >= 2 else None
    if offer is not None:
        offer_cte = f", offer AS ({offer[0]})"
        offer_select = " UNION ALL SELECT 2, NULL, NULL, full_name, NULL FROM offer"
        params.update(offer[1])
    sql = STATEMENT.format(
        matches=matches, order=order, offer_cte=offer_cte, offer_select=offer_select
    )
    return sql, params


@functools.cache
def sqlite_fts_available():
    """Whether Wagtail chose its FTS5 backend (SQLite built with FTS5, its table migrated)."""
    return get_search_backend().__class__.__name__ == "SQLiteSearchBackend"


def _run(statement, offset):
    sql, params = statement
    with prepared_statements(), connection.cursor() as cursor:
        cursor.execute(sql, {**params, "offset": offset})
        rows = cursor.fetchall()
    shown = sorted((row[4], row[1], row[2]) for row in rows if row[0] == 0)
    counts = {row[3]: row[4] for row in rows if row[0] == 1}
    names = [row[3] for row in rows if row[0] == 2]
    return [(pk, type_id) for _position, pk, type_id in shown], counts, names[0] if names else ""


def _all_page_type_ids():
    return [ContentType.objects.get_for_model(model).pk for model in get_page_models()]


def _specific(rows):
    """The pages of `rows` ((id, content type id), in order) as their own types. Each is kept
    by the process until a page changes (`kept_variants`): a common word's first pages are
    asked for again and again. Those not kept are read with one query per type, its SQL
    compiled once per type and number of pages (core.compiled.in_bulk). The kept pages are
    shared by every request: read only."""
    found = kept_variants("search-result-pages", rows, _read_specific, _page_models())
    return [found[row] for row in rows if row in found]


def _read_specific(rows):
    ids_by_type = {}
    for pk, content_type_id in rows:
        ids_by_type.setdefault(content_type_id, []).append(pk)
    found = {}
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:  # a page type since removed from the code
            pages = compiled.in_bulk(model._default_manager.all(), ids, "search results")
            found.update({(pk, content_type_id): page for pk, page in pages.items()})
    return found


def _page_models():
    return [Page, *get_page_models()]


def section_by_slug(slug):
    return next((section for section in sections() if section.slug == slug), None)


def search(folded_query, number, per_page, section=None, read_pages=True):
    """The `number`th page of results (`Found`), within `section` (a `Section`) if given;
    with `read_pages` false, only the counts (the page's pages are not read)."""
    statement = _statement(folded_query, per_page, section.path if section else "")
    if statement is None:
        matches = Page.objects.live().public()
        if section is not None:
            matches = matches.filter(path__startswith=section.path)
        page = Paginator(matches.search(folded_query, operator="and"), per_page).get_page(number)
        page.object_list = _specific(
            [(match.pk, match.content_type_id) for match in page.object_list]
        )
        return Found(page=page, section=section, total=page.paginator.count)
    try:
        # Beyond any real page, and the offset stays a number the database takes.
        number = min(max(1, int(number)), MAX_PAGE_NUMBER)
    except (TypeError, ValueError):
        number = 1
    rows, counts, awardee_name = _run(statement, (number - 1) * per_page)
    total = sum(counts.values())
    chosen = counts.get(section.path, 0) if section else total
    last = max(1, -(-chosen // per_page))
    if not rows and number > last:
        # Past the last page (an old link): show the last page, as Paginator.get_page does.
        number = last
        rows, counts, awardee_name = _run(statement, (number - 1) * per_page)
    found_sections = [
        Section(row.path, row.slug, row.title, counts[row.path])
        for row in sections()
        if counts.get(row.path)
    ]
    pages = _specific(rows) if read_pages else []
    page = Paginator(_CountedRows(pages, chosen), per_page).page(number)
    return Found(page, found_sections, section, total, awardee_name)


def results_page(folded_query, number, per_page):
    """The `number`th page of results (a Django paginator `Page` of specific page objects)."""
    return search(folded_query, number, per_page).page
