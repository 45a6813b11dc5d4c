"""The filters of the news, documents and award decisions listings and of the award lookup
(`core.filters.ListingFilterSet`). The pages import this module when they answer: it imports
the models."""

import django_filters
from django import forms
from taggit.models import Tag

from core.filters import IntegerFilter, ListingFilterSet, ObjectChoiceFilter, WordsFilter
from news.award_search import MAX_TEXT, LookupForm
from news.models.documents import DocumentStatus, DocumentType


class ArchiveForm(forms.Form):
    def clean(self):
        cleaned_data = super().clean()
        # A month means nothing without its year.
        if cleaned_data.get("nam") is None:
            cleaned_data.pop("thang", None)
        return cleaned_data


class NewsFilterSet(ListingFilterSet):
    """/tin-tuc/: a category and a tag (slugs), a year and a month of the archive."""

    chuyen_muc = ObjectChoiceFilter(field_name="category", key="slug")
    the = django_filters.ModelChoiceFilter(
        field_name="tagged_items__tag", queryset=Tag.objects.all(), to_field_name="slug"
    )
    nam = IntegerFilter(field_name="date", lookup_expr="year", min_value=1990, max_value=2100)
    thang = IntegerFilter(field_name="date", lookup_expr="month", min_value=1, max_value=12)

    parameter_names = {"chuyen_muc": "chuyen-muc"}

    class Meta:
        form = ArchiveForm


class DocumentFilterSet(ListingFilterSet):
    """/van-ban/: type, issuing body (id), year, status and words of the number or abstract."""

    loai = django_filters.ChoiceFilter(field_name="doc_type", choices=DocumentType.choices)
    co_quan = ObjectChoiceFilter(field_name="issuer")
    nam = IntegerFilter(field_name="issued_on", lookup_expr="year", min_value=1945, max_value=2100)
    tinh_trang = django_filters.ChoiceFilter(field_name="status", choices=DocumentStatus.choices)
    q = WordsFilter(field_name="search_text")


class DecisionFilterSet(ListingFilterSet):
    """/khen-thuong/: decision level (code), award form (id), year and words."""

    cap = ObjectChoiceFilter(field_name="level", key="code")
    hinh_thuc = ObjectChoiceFilter(field_name="award_form")
    nam = IntegerFilter(field_name="signed_on", lookup_expr="year", min_value=1945, max_value=2100)
    q = WordsFilter(field_name="search_text")


class LookupFilterSet(ListingFilterSet):
    """/tra-cuu/ and its downloads, on the awardees' copied columns. Its form is `LookupForm`
    (labels, the levels' choices, and messages for what it ignores); a filter per field."""

    ten = WordsFilter(field_name="search_name")
    don_vi = WordsFilter(field_name="search_unit")
    dia_phuong = WordsFilter(field_name="search_unit")
    so_qd = WordsFilter(field_name="decision__search_text")
    hinh_thuc = django_filters.Filter(field_name="effective_form")
    cap = django_filters.Filter(field_name="level")
    nam = django_filters.Filter(method="filter_year")
    loai = django_filters.Filter(field_name="kind")

    text_max_length = MAX_TEXT

    class Meta:
        form = LookupForm

    def get_form_class(self):
        # LookupForm itself, not a form built from the filters' own fields.
        return self._meta.form

    def filter_year(self, queryset, name, year):
        # A range on the indexed date rather than its year.
        return queryset.filter(
            decision_date__gte=f"{year}-01-01", decision_date__lte=f"{year}-12-31"
        )
