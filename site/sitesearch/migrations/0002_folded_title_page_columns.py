"""The columns of each page that a search filters and orders by, kept beside its folded title
(PostgreSQL only): its type, whether it is live, its tree path and its first publication.

A common word matches about 1,800 of 12,000 pages: joining those matches to
`wagtailcore_page` read and hashed the whole page table (about 8 ms of the 17 ms statement).
With these columns the matches join `sitesearch_foldedtitle` alone, a narrow table. The
trigger now also follows changes of those columns (publishing, unpublishing, moving a page
rewrites the paths of its descendants by UPDATE, so each row follows).
"""

from django.db import migrations

from sitesearch.folding import FUNCTION_NAME

TABLE = "sitesearch_foldedtitle"
COLUMNS = "content_type_id, live, path, first_published_at"

FORWARD = f"""
ALTER TABLE {TABLE}
    ADD COLUMN IF NOT EXISTS content_type_id integer,
    ADD COLUMN IF NOT EXISTS live boolean,
    ADD COLUMN IF NOT EXISTS path varchar(255),
    ADD COLUMN IF NOT EXISTS first_published_at timestamp with time zone;
UPDATE {TABLE} AS title
    SET ({COLUMNS}) = (page.content_type_id, page.live, page.path, page.first_published_at)
    FROM wagtailcore_page AS page
    WHERE page.id = title.page_id;
ALTER TABLE {TABLE}
    ALTER COLUMN content_type_id SET NOT NULL,
    ALTER COLUMN live SET NOT NULL,
    ALTER COLUMN path SET NOT NULL;
CREATE OR REPLACE FUNCTION sitesearch_keep_folded_title() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO {TABLE} (page_id, folded, {COLUMNS})
    VALUES (NEW.id, {FUNCTION_NAME}(NEW.title), NEW.content_type_id, NEW.live, NEW.path,
        NEW.first_published_at)
    ON CONFLICT (page_id) DO UPDATE SET
        folded = EXCLUDED.folded,
        content_type_id = EXCLUDED.content_type_id,
        live = EXCLUDED.live,
        path = EXCLUDED.path,
        first_published_at = EXCLUDED.first_published_at;
    RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS sitesearch_folded_title ON wagtailcore_page;
CREATE TRIGGER sitesearch_folded_title
    AFTER INSERT OR UPDATE OF title, {COLUMNS} ON wagtailcore_page
    FOR EACH ROW EXECUTE FUNCTION sitesearch_keep_folded_title();
ANALYZE {TABLE};
"""

BACKWARD = f"""
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
ALTER TABLE {TABLE}
    DROP COLUMN IF EXISTS content_type_id,
    DROP COLUMN IF EXISTS live,
    DROP COLUMN IF EXISTS path,
    DROP COLUMN IF EXISTS first_published_at;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0001_folded_titles")]

    operations = [migrations.RunPython(forward, backward)]
