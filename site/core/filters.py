"""Reading listing filters from the query string without ever failing on what people type.

Every public listing declares its filters as a `ListingFilterSet` in its app's `filters.py` and
builds one per request: `DocumentFilterSet(request.GET, documents, options={"co_quan": issuers})`.
`.qs` is the filtered list, `.filter_values()` the template's `filters` dict and
`.query_string()` the filters carried by pagination and download links. A value that does not
validate is dropped (that filter is not applied), never an error page; choices among rows the
page loads anyway (`ObjectChoiceFilter`) are matched against those rows, without a query.
"""

from urllib.parse import urlencode

import django_filters
from django import forms
from django.db import models
from django.http import QueryDict
from django_filters.constants import EMPTY_VALUES

from core.search import filter_folded_words

TEXT_MAX_LENGTH = 200


def int_param(params, name, minimum=None, maximum=None):
    """An integer query parameter, or None when missing, not a number or out of range."""
    value = params.get(name, "")
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
        return None
    return number


def query_string(params, exclude=("trang",)):
    """The current filters as a query string, for pagination and download links."""
    pairs = [
        (key, value)
        for key, value in params.items()
        if key not in exclude and value not in ("", None)
    ]
    return urlencode(pairs)


def year_options(queryset, date_field):
    """(year, year) pairs of the years present in `queryset`, newest first (one query)."""
    return [(day.year, day.year) for day in queryset.dates(date_field, "year", "DESC")]


class IntegerFilter(django_filters.Filter):
    """A whole number (`min_value`, `max_value` bound it): a year, a month."""

    field_class = forms.IntegerField


class WordsFilter(django_filters.CharFilter):
    """Words to find, without diacritics, in a folded text column (`core.search`)."""

    def filter(self, qs, value):
        return filter_folded_words(qs, self.field_name, value or "")


class ObjectChoiceField(forms.TypedChoiceField):
    def __init__(self, *, objects=(), key="pk", **kwargs):
        by_key = {str(getattr(row, key)): row for row in objects}
        super().__init__(
            choices=[(value, value) for value in by_key],
            coerce=by_key.__getitem__,
            empty_value=None,
            **kwargs,
        )


class ObjectChoiceFilter(django_filters.Filter):
    """One of the rows the page loads anyway for its options (given to the filterset as
    `options={name: rows}`), chosen by its `key` attribute: matched in memory, so choosing
    costs no query. Its value in `filter_values()` is the key."""

    field_class = ObjectChoiceField

    def __init__(self, field_name=None, *, key="pk", **kwargs):
        self.key = key
        super().__init__(field_name, key=key, **kwargs)


class ListingFilterSet(django_filters.FilterSet):
    """The filters of a public listing, read from its query string (see the module docstring).

    A filter is named after its query parameter; `parameter_names` maps a filter to an older
    parameter that is not a Python name (`{"chuyen_muc": "chuyen-muc"}`). Values are trimmed and
    text is cut to `text_max_length` before validation, so a long query still answers."""

    parameter_names = {}
    text_max_length = TEXT_MAX_LENGTH

    def __init__(self, params, queryset, *, options=None, request=None):
        self.params = params
        super().__init__(self.read(params), queryset, request=request)
        for name, rows in (options or {}).items():
            self.filters[name].extra["objects"] = rows

    def read(self, params):
        """The filters' own parameters (the last value of a repeated one), trimmed and cut."""
        data = QueryDict(mutable=True)
        for name, filter_ in self.base_filters.items():
            value = params.get(self.parameter_names.get(name, name))
            if value is None:
                continue
            value = str(value).strip()
            if isinstance(filter_, django_filters.CharFilter):
                value = value[: self.text_max_length]
            data[name] = value
        return data

    def chosen(self, name):
        """The valid value of one filter (the row itself for a choice of rows), or None."""
        self.form.is_valid()  # cleans once; invalid fields are left out of cleaned_data
        value = self.form.cleaned_data.get(name)
        return None if value in EMPTY_VALUES else value

    def is_filtered(self):
        return any(self.chosen(name) is not None for name in self.filters)

    def filter_values(self):
        """{query parameter: its valid value or key, None ("" for text) when missing or
        invalid}: what the template's filter form shows as chosen."""
        values = {}
        for name, filter_ in self.filters.items():
            value = self.chosen(name)
            if value is not None and isinstance(filter_, ObjectChoiceFilter):
                value = getattr(value, filter_.key)
            if value is None and isinstance(filter_, django_filters.CharFilter):
                value = ""
            values[self.parameter_names.get(name, name)] = value
        return values

    def compiled_key(self):
        """What the filtered queryset's SQL is built from: each filter's valid value, a row
        by its primary key (core.compiled keeps SQL by it)."""
        key = []
        for name in self.filters:
            value = self.chosen(name)
            if isinstance(value, models.Model):
                value = (value._meta.label, value.pk)
            elif isinstance(value, list):
                value = tuple(value)
            key.append((name, value))
        return tuple(key)

    def query_string(self):
        """The query string without the page number, for pagination and download links."""
        return query_string(self.params)
