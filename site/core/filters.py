"""Reading listing filters from the query string without ever failing on what people type."""

from urllib.parse import urlencode


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


def choice_param(params, name, choices):
    """A query parameter restricted to known values (a dict, set or TextChoices values)."""
    value = str(params.get(name, "")).strip()
    return value if value in choices else None


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
