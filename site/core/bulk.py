"""Fast creation of many live pages of one type, for bulk and benchmark data.

Page.add_child() runs a query or more per page plus revision and search-index work; for
tens of thousands of pages this writes the tree rows in batches instead. The pages get no
revision (Wagtail creates one on the first edit) and no search-index entry (run
`manage.py update_index` if they must be searchable).
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page


@transaction.atomic
def bulk_add_child_pages(parent, pages, batch_size=1000):
    """Insert `pages` (unsaved instances of one specific page model) as live children."""
    if not pages:
        return []
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    parent = Page.objects.get(pk=parent.pk)
    last_child = parent.get_last_child()
    position = last_child._get_lastpos_in_path() if last_child else 0
    now = timezone.now()

    base_rows = []
    for page in pages:
        position += 1
        published = page.first_published_at or now
        base_rows.append(
            Page(
                title=page.title,
                draft_title=page.title,
                slug=page.slug,
                content_type=content_type,
                path=Page._get_path(parent.path, parent.depth + 1, position),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{page.slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=published,
                last_published_at=published,
                locale_id=parent.locale_id,
                translation_key=uuid.uuid4(),
                search_description=page.search_description or "",
                seo_title="",
                show_in_menus=False,
            )
        )
    Page.objects.bulk_create(base_rows, batch_size=batch_size)

    fields = list(model._meta.local_concrete_fields)
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    # Table and column names come from the model, values go through parameters.
    table = connection.ops.quote_name(model._meta.db_table)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"  # noqa: S608
    rows = []
    for page, base in zip(pages, base_rows, strict=True):
        page.page_ptr_id = base.pk
        page.pk = base.pk
        rows.append(
            [field.get_db_prep_save(getattr(page, field.attname), connection) for field in fields]
        )
    with connection.cursor() as cursor:
        for start in range(0, len(rows), batch_size):
            cursor.executemany(sql, rows[start : start + batch_size])

    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages
