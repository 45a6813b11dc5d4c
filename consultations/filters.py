"""The filters of the answered questions listing (`core.filters.ListingFilterSet`)."""

import django_filters

from core.filters import ListingFilterSet, ObjectChoiceFilter
from core.text import fold_query


class AnsweredQuestionFilterSet(ListingFilterSet):
    """/hoi-dap/: a topic (its slug) and words to search, without diacritics."""

    chu_de = ObjectChoiceFilter(field_name="topic", key="slug")
    q = django_filters.CharFilter(method="filter_words")

    parameter_names = {"chu_de": "chu-de"}

    def filter_words(self, queryset, name, value):
        words = fold_query(value)
        if not words:
            return queryset
        # The search index holds the folded text (core.search); the list keeps its own order.
        found = queryset.search(words, operator="and", order_by_relevance=False)
        return queryset.filter(pk__in=[page.pk for page in found])
