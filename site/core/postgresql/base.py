"""Django's PostgreSQL backend, with the statements `core.compiled` keeps run as prepared
statements.

A served page's statement joins up to eight tables (the page, its type's table and what its
template shows): PostgreSQL took 1-2 ms to plan it and 0.2-0.4 ms to run it, on every request.
`core.compiled` already gives those statements the same text on every request; run with
server-side parameters they are prepared after `prepare_threshold` runs on a connection
(`DB_PREPARE_THRESHOLD`) and planned once.

Only those statements: Django binds parameters on the client by default (and turns prepared
statements off) because some of its own and Wagtail's queries fail with server-side
parameters (a parameter in both DISTINCT and ORDER BY, as in Wagtail's settings permission
query). Client-side cursors never prepare, so the connection's threshold touches nothing else.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.backends.postgresql import base, operations

_prepared = ContextVar("prepared_statements", default=False)


@contextmanager
def prepared_statements():
    """Statements this thread runs meanwhile use server-side parameters (and so may be
    prepared); on other databases, nothing changes."""
    token = _prepared.set(True)
    try:
        yield
    finally:
        _prepared.reset(token)


class DatabaseOperations(operations.DatabaseOperations):
    def last_executed_query(self, cursor, sql, params):
        # A prepared statement's text holds $1, $2…: the logged query shows the values, as
        # for every other statement.
        if isinstance(cursor, base.ServerBindingCursor):
            try:
                return self.compose_sql(sql, params)
            except base.Database.DataError:
                return None
        return super().last_executed_query(cursor, sql, params)


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations

    def create_cursor(self, name=None):
        if name is not None or not _prepared.get():
            return super().create_cursor(name)
        # The connection is this thread's alone: its factory is swapped for this one cursor.
        raw = self.connection
        factory = raw.cursor_factory
        raw.cursor_factory = base.ServerBindingCursor
        try:
            return super().create_cursor(name)
        finally:
            raw.cursor_factory = factory
