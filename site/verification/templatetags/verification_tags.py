"""An awardee's verification code and QR code, for the pages that show the awardee."""

from django import template
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from verification import qr
from verification.records import code_of

register = template.Library()


@register.simple_tag
def verification_code(awardee):
    return code_of(awardee)


@register.simple_tag(takes_context=True)
def verification_qr(context, code):
    """The QR code (inline SVG) of the code's verification address on this site."""
    address = context["request"].build_absolute_uri(reverse("verification:record", args=[code]))
    # segno writes the SVG: no value of the page is in it but the address, which it encodes.
    return mark_safe(qr.svg(address, title=_("Mã QR xác minh khen thưởng")))  # noqa: S308
