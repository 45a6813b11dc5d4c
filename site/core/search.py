"""Search index support shared by every page type."""

from django.db.models import F, Lookup
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


class StartsEveryWord(Lookup):
    """Every word of a folded query begins a word of a folded text column.

    `rhs` is the list of folded words. Words match at their start ("huong" finds "Hường", not
    "Thương"; "ngu" finds "Nguyễn"), the same way on both databases:
    - PostgreSQL: full-text prefix queries (`to_tsvector('simple', column) @@
      to_tsquery('simple', 'nguyen:* & thi:*')`), answered by the GIN indexes on those
      expressions (news migration 0013), a few milliseconds at 100,000 rows;
    - SQLite: `' ' || column LIKE '% word%'` for each word, fine at the sizes it serves.
    The folded column and the words hold only [a-z0-9] (`fold_words`), so neither the
    tsquery nor LIKE sees an operator or a wildcard from what people type.
    """

    lookup_name = "starts_every_word"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        column, params = compiler.compile(self.lhs)
        clauses = [f"(' ' || {column}) LIKE %s" for _word in self.rhs]
        return " AND ".join(clauses), [p for word in self.rhs for p in (*params, f"% {word}%")]

    def as_postgresql(self, compiler, connection):
        column, params = compiler.compile(self.lhs)
        query = " & ".join(f"{word}:*" for word in self.rhs)
        return (
            f"to_tsvector('simple', {column}) @@ to_tsquery('simple', %s)",
            [*params, query],
        )


def filter_folded_words(queryset, field_name, query):
    """Rows whose folded text column (`fold_words()` output) has a word beginning with each
    folded word of `query` (`StartsEveryWord`). An empty query filters nothing."""
    words = fold_query(query).split()
    if not words:
        return queryset
    return queryset.filter(StartsEveryWord(F(field_name), words))
