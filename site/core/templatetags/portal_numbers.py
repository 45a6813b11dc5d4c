"""`{{ value|number }}`: a number as the province writes it ("12", "98,5", "1.250")."""

from django import template

from core.numbers import format_number

register = template.Library()
register.filter("number", format_number)
