"""`sitesearch_fold(text)`: the folded words of a text (`core.text.fold_words`), in SQL.

The search ranks a page higher when its title holds the searched words, and suggests
corrections from the titles of public pages: both compare folded titles with the folded
query.
- PostgreSQL: an SQL function (migration 0001) that folds the Vietnamese letters
  (`core.text.VIETNAMESE_LETTERS`) and keeps letters and digits (other scripts' letters
  become separators); a trigger keeps each page's folded title with it.
- SQLite: `core.text.fold_words` itself, registered on every connection, applied to the
  titles of the matches as the statement runs.
"""

from core.text import VIETNAMESE_LETTERS, fold_words

FUNCTION_NAME = "sitesearch_fold"


def _translation():
    marked, plain = "", ""
    for letter, variants in VIETNAMESE_LETTERS.items():
        marked += variants + variants.upper()
        plain += letter * (2 * len(variants))
    return marked, plain


def postgresql_function_sql():
    marked, plain = _translation()
    return (
        f"CREATE OR REPLACE FUNCTION {FUNCTION_NAME}(text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ "
        "SELECT btrim(regexp_replace(lower(translate($1, "
        f"'{marked}', '{plain}')), '[^a-z0-9]+', ' ', 'g')) $$"
    )


def register_sqlite_function(sender, connection, **kwargs):
    """Connected to `connection_created` (SiteSearchConfig.ready)."""
    if connection.vendor == "sqlite":
        connection.connection.create_function(
            FUNCTION_NAME, 1, lambda text: fold_words(text or ""), deterministic=True
        )
