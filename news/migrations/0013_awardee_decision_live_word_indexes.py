"""Awardees carry whether their decision is published; word-prefix indexes on PostgreSQL.

- `Awardee.decision_live`, filled here from the decisions' pages, lets the lookup and the
  statistics filter published awardees without joining every row to its page; the lookup's
  order (newest decision first) gets an index over published awardees only.
- The folded text columns are searched by word prefixes (`core.search.StartsEveryWord`): on
  PostgreSQL, `to_tsvector('simple', column) @@ to_tsquery(...)`, answered by a GIN index on
  that expression. SQLite needs none at its sizes. The trigram indexes of 0003 stay for
  similarity searches.
"""

from django.db import migrations, models

WORD_INDEXES = [
    ("news_awardee_name_words", "news_awardee", "search_name"),
    ("news_awardee_unit_words", "news_awardee", "search_unit"),
    ("news_legaldoc_search_words", "news_legaldocumentpage", "search_text"),
    ("news_decision_search_words", "news_awarddecisionpage", "search_text"),
]


def fill_decision_live(apps, schema_editor):
    schema_editor.execute(
        "UPDATE news_awardee SET decision_live = EXISTS ("
        "SELECT 1 FROM wagtailcore_page WHERE wagtailcore_page.id = news_awardee.decision_id "
        "AND wagtailcore_page.live)"
    )


def create_word_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, table, column in WORD_INDEXES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
            f"USING gin (to_tsvector('simple', {column}))"
        )


def drop_word_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _column in WORD_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("news", "0012_decision_level_foreign_key")]

    operations = [
        migrations.AddField(
            model_name="awardee",
            name="decision_live",
            field=models.BooleanField(default=False, editable=False),
        ),
        migrations.RunPython(fill_decision_live, migrations.RunPython.noop),
        migrations.RemoveIndex(model_name="awardee", name="news_awardee_date_idx"),
        migrations.AddIndex(
            model_name="awardee",
            index=models.Index(
                condition=models.Q(("decision_live", True)),
                fields=["-decision_date", "-id"],
                name="news_awardee_live_date_idx",
            ),
        ),
        migrations.RunPython(create_word_indexes, drop_word_indexes),
    ]
