"""Numbers as the province writes them: "12", "98,5", "1.250" (comma
decimal, dot thousands), never "12,00" or "45.00"; and the same number as an input shows it
("1250,5": no thousands dot, so that it reads back)."""

from decimal import Decimal, InvalidOperation

from django.template.defaultfilters import floatformat


def _decimal(value):
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def _places(number):
    """Decimal places worth showing, at most two: 12.00 -> 0, 98.50 -> 1, 0.125 -> 2."""
    rounded = number.quantize(Decimal("0.01"))
    if rounded == rounded.to_integral_value():
        return 0
    return min(2, -rounded.normalize().as_tuple().exponent)


def format_number(value):
    """A stored number (Decimal, float, int or the text a snapshot keeps) for reading; what is
    not a number is returned as it is, an empty value as ""."""
    number = _decimal(value)
    if number is None:
        return "" if value is None else value
    return floatformat(number, f"{_places(number)}g")


def input_number(value):
    """A stored number as an input shows it: "12", "98,5"."""
    number = _decimal(value)
    if number is None:
        return value
    return floatformat(number, str(_places(number)))
