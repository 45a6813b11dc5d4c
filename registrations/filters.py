"""The filters of the office's lists (`core.filters.ListingFilterSet`)."""

import django_filters
from django.db.models import Q

from core.filters import ListingFilterSet

MAX_WORDS = 8


class OfficerFilterSet(ListingFilterSet):
    """The officers' accounts (/admin/can-bo-don-vi/): words of the unit's name or code, the
    officer's name, user name or e-mail address."""

    q = django_filters.CharFilter(method="filter_words")

    def filter_words(self, queryset, name, query):
        for word in query.split()[:MAX_WORDS]:
            queryset = queryset.filter(
                Q(unit__name__icontains=word)
                | Q(unit__code__iexact=word)
                | Q(user__first_name__icontains=word)
                | Q(user__last_name__icontains=word)
                | Q(user__username__icontains=word)
                | Q(user__email__icontains=word)
            )
        return queryset
