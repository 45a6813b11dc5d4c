"""Querysets evaluated with SQL compiled once per process.

Django compiles a queryset to SQL every time it is evaluated. For Wagtail pages, whose queries
join the page table, filter on live, public (the view restrictions) and tree paths, and select
a hundred columns, that costs 1–4 ms a query, several times what the database takes to answer
it. The queries public pages run have few shapes: `rows(queryset, key)` evaluates a queryset
with the SQL, parameters and column map compiled the first time `key` was seen.

The key names everything the queryset was built from (the page, the filter values, the page
number). Two inputs are added to every key: the database, and the view restrictions of the page
being served (core.routing), which `.public()` writes into the SQL. Outside a served page the
restrictions are read while the queryset is built, so nothing is kept. With
`COMPILED_SQL_CHECK` (the test settings) every use compiles again and raises when the SQL or its
parameters differ from what the key gave: a key that misses an input fails the tests instead of
showing the wrong rows.

`rows_in(queryset, field, values, key)` (and `in_bulk`) go further for querysets whose only
varying input is a list of values (the pages along an address, a page of search results):
compiled once per number of values with stand-ins, the values are put in their place.
"""

import dataclasses
import threading
from collections import OrderedDict
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Page
from django.core.paginator import Paginator as DjangoPaginator
from django.db import connections
from django.db.models.query import (
    FlatValuesListIterable,
    ModelIterable,
    QuerySet,
    ValuesListIterable,
)
from django.utils.functional import cached_property

from core import routing
from core.postgresql.base import prepared_statements

MAX_ENTRIES = 2048
# Model rows, and plain values (`values_list`): their rows are read with the kept select.
KEPT_ITERABLES = (ModelIterable, ValuesListIterable, FlatValuesListIterable)

_compiled = OrderedDict()
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    params: tuple
    select: list
    klass_info: dict
    annotation_col_map: dict
    col_count: int
    has_extra_select: bool


class CompiledSQLMismatch(AssertionError):
    """A key gave SQL other than the queryset's own: the key misses an input."""


def clear():
    with _lock:
        _compiled.clear()


def _restrictions_key():
    restrictions = routing.served_view_restrictions()
    if restrictions is None:
        return None
    return tuple(sorted((restriction.pk, restriction.page.path) for restriction in restrictions))


def _compile(queryset):
    compiler = queryset.query.get_compiler(using=queryset.db)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:  # a filter nothing can match (`pk__in=[]`): no rows, no query
        sql, params = "", ()
    return _Compiled(
        sql=sql,
        params=tuple(params),
        select=compiler.select,
        klass_info=compiler.klass_info,
        annotation_col_map=compiler.annotation_col_map,
        col_count=compiler.col_count,
        has_extra_select=compiler.has_extra_select,
    )


def _lookup(key):
    with _lock:
        compiled = _compiled.get(key)
        if compiled is not None:
            _compiled.move_to_end(key)
        return compiled


def _keep(key, compiled):
    with _lock:
        _compiled[key] = compiled
        _compiled.move_to_end(key)
        while len(_compiled) > MAX_ENTRIES:
            _compiled.popitem(last=False)


def _full_key(queryset, key, public):
    """The key with the database and, for a queryset filtered by `.public()`, the served
    page's view restrictions; None when they are not known."""
    restrictions = _restrictions_key() if public else ()
    if restrictions is None:
        return None
    return (queryset.model._meta.label, queryset.db, restrictions, key)


def _kept_compiled(queryset, key, full_key, compile_):
    compiled = _lookup(full_key)
    if compiled is None:
        compiled = compile_(queryset)
        _keep(full_key, compiled)
    elif getattr(settings, "COMPILED_SQL_CHECK", False):
        _check(key, queryset, compiled, compile_(queryset))
    return compiled


def _check(key, queryset, kept, fresh):
    if (fresh.sql, fresh.params) != (kept.sql, kept.params):
        raise CompiledSQLMismatch(
            f"Key {key!r} of {queryset.model._meta.label} gave other SQL:\n"
            f"kept:  {kept.sql} {kept.params}\nfresh: {fresh.sql} {fresh.params}"
        )


def rows(queryset, key, public=True):
    """`list(queryset)` (model instances; select_related and prefetch_related as the queryset
    says), its SQL compiled once per `key`. `public=False` for a queryset that does not use
    `.public()`: it is kept outside a served page too."""
    if not isinstance(queryset, QuerySet):  # a preview's in-memory relation (modelcluster)
        return list(queryset)
    full_key = _full_key(queryset, key, public)
    if (
        full_key is None
        or queryset._iterable_class not in KEPT_ITERABLES
        or queryset._result_cache is not None
    ):
        return list(queryset)
    compiled = _kept_compiled(queryset, key, full_key, _compile)
    return _evaluate(queryset._chain(), compiled)


def rows_in(queryset, field, values, key, public=False):
    """`list(queryset.filter(<field>__in=values))`, its SQL compiled once per key and number
    of values, with stand-ins for the values, which are then put in their place: the pages
    along any address, a page of search results or of the award look-up are read without
    compiling. The key names everything else the queryset is built from; when the stand-ins
    are not found side by side in the parameters, the queryset is compiled as usual."""
    values = tuple(dict.fromkeys(values))
    if not values:
        return []
    lookup = {f"{field}__in": values}
    full_key = _full_key(queryset, ("in", field, len(values), key), public)
    if full_key is None:
        return list(queryset.filter(**lookup))
    kept = _lookup(full_key)
    if kept is None:
        stand_ins = _stand_ins(values)
        probe = _compile(queryset.filter(**{f"{field}__in": stand_ins}))
        start = _run_of(probe.params, stand_ins)
        if start is None:
            return list(queryset.filter(**lookup))
        kept = (probe, start)
        _keep(full_key, kept)
    probe, start = kept
    params = probe.params[:start] + values + probe.params[start + len(values) :]
    compiled = dataclasses.replace(probe, params=params)
    selected = queryset.filter(**lookup)
    if getattr(settings, "COMPILED_SQL_CHECK", False):
        _check(key, queryset, compiled, _compile(selected))
    return _evaluate(selected._chain(), compiled)


def _stand_ins(values):
    if all(isinstance(value, int) for value in values):
        return tuple(-number for number in range(1, len(values) + 1))
    return tuple(f"\x00stand-in {number}" for number in range(len(values)))


def _run_of(params, stand_ins):
    """Where `stand_ins` appear side by side in `params`, once and nowhere else."""
    params = tuple(params)
    width = len(stand_ins)
    starts = [i for i in range(len(params) - width + 1) if params[i : i + width] == stand_ins]
    if len(starts) != 1 or any(params.count(value) != 1 for value in stand_ins):
        return None
    return starts[0]


def in_bulk(queryset, ids, key):
    """{pk: row} as `queryset.in_bulk(ids)`, read by `rows_in`; `key` names the base
    queryset (its select_related and prefetches), as for `rows`."""
    return {row.pk: row for row in rows_in(queryset, "pk", ids, ("in_bulk", key))}


def _compile_count(queryset):
    # A distinct list of values counts its distinct rows; anything else counts its pks.
    counted = queryset.order_by() if queryset.query.distinct else queryset.order_by().values("pk")
    compiler = counted.query.get_compiler(using=queryset.db)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:
        sql, params = "", ()
    return _Compiled(
        sql=sql and f"SELECT COUNT(*) FROM ({sql}) counted",  # noqa: S608 - SQL compiled by Django
        params=tuple(params),
        select=[],
        klass_info={},
        annotation_col_map={},
        col_count=1,
        has_extra_select=False,
    )


def count(queryset, key, public=True):
    """`queryset.count()`, its SQL compiled once per `key` (a plain listing, or a distinct
    list of values: not sliced, not grouped by an aggregate)."""
    full_key = _full_key(queryset, ("count", key), public)
    query = queryset.query
    if (
        full_key is None
        or query.is_sliced
        or (query.distinct and (queryset._fields is None or query.distinct_fields))
        or query.combinator
        or any(annotation.contains_aggregate for annotation in query.annotations.values())
        or queryset._result_cache is not None
    ):
        return queryset.count()
    compiled = _kept_compiled(queryset, key, full_key, _compile_count)
    if not compiled.sql:
        return 0
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(compiled.sql, compiled.params)
        return cursor.fetchone()[0]


class Paginator(DjangoPaginator):
    """Django's paginator over a queryset, its count and each page's rows read with SQL
    compiled once per `key` and page."""

    def __init__(self, object_list, per_page, key, keep=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.key = key
        # keep(variant, build): the count and the pages' rows kept between requests
        # (core.models.listing_keeper); without it they are read each time.
        self.keep = keep or (lambda variant, build: build())

    @cached_property
    def count(self):
        return self.keep(("count", self.key), lambda: count(self.object_list, self.key))

    def _get_page(self, object_list, number, paginator):
        # The last page's slice ends at the count, not at a multiple of per_page.
        page_key = (self.key, object_list.query.low_mark, object_list.query.high_mark)
        found = self.keep(("page", page_key), lambda: rows(object_list, page_key))
        return Page(found, number, paginator)


def _evaluate(queryset, compiled):
    query = queryset.query
    make_compiler = query.get_compiler

    def get_compiler(using=None, connection=None, elide_empty=True):
        compiler = make_compiler(using, connection, elide_empty)
        compiler.select = compiled.select
        compiler.klass_info = compiled.klass_info
        compiler.annotation_col_map = compiled.annotation_col_map
        compiler.col_count = compiled.col_count
        compiler.has_extra_select = compiled.has_extra_select
        compiler.as_sql = lambda *args, **kwargs: (compiled.sql, compiled.params)
        execute_sql = compiler.execute_sql

        def execute_prepared(*args, **kwargs):
            # The same text every time: on PostgreSQL, prepared and planned once per
            # connection (core.postgresql). Only this statement: not its prefetches.
            with prepared_statements():
                return execute_sql(*args, **kwargs)

        compiler.execute_sql = execute_prepared
        return compiler

    # Only this evaluation's query uses the kept SQL: the queryset is a private copy, and is
    # evaluated (and its rows' prefetches done) before it is returned.
    query.get_compiler = get_compiler
    try:
        queryset._fetch_all()
    finally:
        del query.get_compiler
    return queryset._result_cache
