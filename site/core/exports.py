"""CSV and XLSX downloads of public data (open data: callers pass public fields only).

Text people typed may look like a formula. In CSV, which has no cell types, such text is
kept after an apostrophe (safe_cell); in XLSX it is stored as a string cell, which no
spreadsheet program runs, and shown exactly as typed."""

import csv
from io import BytesIO

from django.http import HttpResponse, StreamingHttpResponse
from django.utils.functional import Promise

# A cell starting with one of these is read as a formula by spreadsheet programs.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """Neutralise spreadsheet formulas in text typed by people (CSV/formula injection)."""
    if value is None:
        return ""
    if isinstance(value, Promise):  # lazy translations, e.g. choice labels
        value = str(value)
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class _Echo:
    def write(self, value):
        return value


def csv_response(filename, header, rows):
    """A streamed CSV in UTF-8 with a byte-order mark, so Excel shows Vietnamese correctly."""
    writer = csv.writer(_Echo())

    def lines():
        yield "\ufeff" + writer.writerow(header)
        for row in rows:
            yield writer.writerow([safe_cell(value) for value in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _text_cell(sheet, value):
    """An XLSX cell holding `value` as it is. A string cell is never a formula in XLSX, so
    text starting with "=" is stored as a string (the cell type, as Wagtail's exports do),
    with no apostrophe shown before it: the office reads exactly what the person typed."""
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, Promise):
        value = str(value)
    cell = WriteOnlyCell(sheet, value=value)
    if cell.data_type == "f":
        cell.data_type = "s"
    return cell


def xlsx_bytes(sheets):
    """An XLSX workbook from [(sheet title, header, rows)], written in constant memory."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    for title, header, rows in sheets:
        sheet = workbook.create_sheet(title=title[:31])
        bold = []
        for label in header:
            cell = WriteOnlyCell(sheet, value=label)
            cell.font = Font(bold=True)
            bold.append(cell)
        sheet.append(bold)
        for row in rows:
            sheet.append([_text_cell(sheet, value) for value in row])
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_response(filename, sheets):
    response = HttpResponse(
        xlsx_bytes(sheets),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
