"""Search index support shared by every page type."""

from wagtail.fields import StreamField
from wagtail.search import index

from core.text import fold_words


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

    @classmethod
    def folded_search_fields(cls, page_search_fields):
        return [*page_search_fields, index.SearchField("folded_search_text")]
