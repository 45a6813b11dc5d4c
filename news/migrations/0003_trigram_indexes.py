"""Trigram indexes for the folded search columns (PostgreSQL only).

The award lookup filters with `LIKE '%word%'` on folded text; on PostgreSQL a pg_trgm GIN
index answers that without reading every row. SQLite has no such index and does not need
one at the sizes it serves. Where the extension cannot be created (no privilege), the
migration carries on without the indexes: lookups stay correct, only slower.
"""

import logging

from django.db import migrations, transaction

logger = logging.getLogger(__name__)

INDEXES = [
    ("news_awardee_name_trgm", "news_awardee", "search_name"),
    ("news_awardee_unit_trgm", "news_awardee", "search_unit"),
    ("news_legaldoc_search_trgm", "news_legaldocumentpage", "search_text"),
    ("news_decision_search_trgm", "news_awarddecisionpage", "search_text"),
]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # noqa: BLE001 - a missing privilege must not stop the deployment
        logger.warning("pg_trgm is not available: the award lookup runs without trigram indexes.")
        return
    for name, table, column in INDEXES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({column} gin_trgm_ops)"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _column in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("news", "0002_awardtarget_issuingbody_newscategory_and_more")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
