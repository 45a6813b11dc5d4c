"""Folded page titles for ranking and suggestions (PostgreSQL only).

- `sitesearch_fold(text)`: the folded words of a text (`sitesearch.folding`).
- `sitesearch_foldedtitle`: each page's folded title, kept by a trigger on
  `wagtailcore_page` (insert, or update of the title), so that pages created in bulk or by
  raw SQL have theirs too; a page's row goes with the page. Folding a title costs tens of
  microseconds: done once per change here, rather than for every match of every search.
- A b-tree index on published awardees' folded names (the look-up offer, below).
- With pg_trgm, a GIN trigram index on the folded titles, for the suggestions ("Có phải bạn
  muốn tìm …"). Where the extension cannot be created (no privilege), the migration carries
  on without it: suggestions stay correct, only slower.

SQLite folds titles as it searches (`sitesearch_fold` registered on each connection).
"""

import logging

from django.db import migrations, transaction

from sitesearch.folding import FUNCTION_NAME, postgresql_function_sql

logger = logging.getLogger(__name__)

TABLE = "sitesearch_foldedtitle"
INDEX = "sitesearch_foldedtitle_trgm"
# The search offers the award look-up when the words are a published awardee's whole folded
# name: an equality the look-up's own indexes (trigram, word prefixes) answer slowly for a
# common name (about 15 ms for "nguyen thi huong" at 100,000 awardees).
AWARDEE_NAME_INDEX = (
    "CREATE INDEX IF NOT EXISTS sitesearch_awardee_name_eq ON news_awardee (search_name) "
    "WHERE decision_live"
)

CREATE = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    page_id integer PRIMARY KEY REFERENCES wagtailcore_page (id) ON DELETE CASCADE,
    folded text NOT NULL
);
CREATE OR REPLACE FUNCTION sitesearch_keep_folded_title() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO {TABLE} (page_id, folded) VALUES (NEW.id, {FUNCTION_NAME}(NEW.title))
    ON CONFLICT (page_id) DO UPDATE SET folded = EXCLUDED.folded;
    RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS sitesearch_folded_title ON wagtailcore_page;
CREATE TRIGGER sitesearch_folded_title
    AFTER INSERT OR UPDATE OF title ON wagtailcore_page
    FOR EACH ROW EXECUTE FUNCTION sitesearch_keep_folded_title();
INSERT INTO {TABLE} (page_id, folded)
    SELECT id, {FUNCTION_NAME}(title) FROM wagtailcore_page
    ON CONFLICT (page_id) DO UPDATE SET folded = EXCLUDED.folded;
"""

DROP = f"""
DROP TRIGGER IF EXISTS sitesearch_folded_title ON wagtailcore_page;
DROP FUNCTION IF EXISTS sitesearch_keep_folded_title();
DROP TABLE IF EXISTS {TABLE};
DROP FUNCTION IF EXISTS {FUNCTION_NAME}(text);
DROP INDEX IF EXISTS sitesearch_awardee_name_eq;
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(postgresql_function_sql())
    schema_editor.execute(CREATE)
    schema_editor.execute(AWARDEE_NAME_INDEX)
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # noqa: BLE001 - a missing privilege must not stop the deployment
        logger.warning("pg_trgm is not available: search suggestions run without an index.")
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} USING gin (folded gin_trgm_ops)"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailcore", "0098_apitoken"),
        ("news", "0013_awardee_decision_live_word_indexes"),
    ]

    operations = [migrations.RunPython(create, drop)]
