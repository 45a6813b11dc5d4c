"""Search index support shared by every page type."""

from wagtail.fields import StreamField

from core.text import fold_query, fold_words


class FoldedSearchMixin:
    """Index a diacritics-free copy of a page's text beside the original.

    The search view folds the query the same way, so "nguyen thi huong" finds
    "Nguyễn Thị Hường" and "dao" finds "Đào" on SQLite and PostgreSQL alike.
    Each page type names its text sources in `search_text_sources` (field or attribute
    names; StreamFields contribute their searchable content).
    """

    search_text_sources = ("title", "search_description")

    def searchable_texts(self):
        texts = []
        for name in self.search_text_sources:
            value = getattr(self, name, None)
            if not value:
                continue
            field = self._meta._forward_fields_map.get(name)
            if isinstance(field, StreamField):
                texts.extend(field.stream_block.get_searchable_content(value))
            elif callable(value):
                texts.append(str(value()))
            else:
                texts.append(str(value))
        return texts

    def folded_search_text(self):
        return fold_words(" ".join(self.searchable_texts()))


def filter_folded_words(queryset, field_name, query):
    """Rows whose folded text column contains every folded word of `query`.

    The column holds `fold_words()` output (lower-case ASCII words), so a plain `contains`
    works on both databases and can use a trigram index on PostgreSQL.
    """
    for word in fold_query(query).split():
        queryset = queryset.filter(**{f"{field_name}__contains": word})
    return queryset
