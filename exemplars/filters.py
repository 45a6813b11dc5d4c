"""The filters of the exemplars listing (`core.filters.ListingFilterSet`)."""

from core.filters import IntegerFilter, ListingFilterSet, ObjectChoiceFilter


class ExemplarFilterSet(ListingFilterSet):
    """/guong-dien-hinh/: group and locality (slugs), movement (page id), year."""

    nhom = ObjectChoiceFilter(field_name="group", key="slug")
    dia_ban = ObjectChoiceFilter(field_name="locality", key="slug")
    phong_trao = ObjectChoiceFilter(field_name="movement")
    nam = IntegerFilter(field_name="date", lookup_expr="year", min_value=1945, max_value=2100)
