"""CSV and XLSX downloads of public data (open data: callers pass public fields only).

Text people typed may look like a formula. In CSV, which has no cell types, such text is
kept after an apostrophe (safe_cell); in XLSX it is stored as a string cell, which no
spreadsheet program runs, and shown exactly as typed."""

import csv
import datetime
from io import BytesIO
from itertools import chain, islice

from django.http import HttpResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.functional import Promise

from core.text import slugify_vi

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


# Column widths (in characters) are measured on the heading and the first rows, then capped;
# longer text wraps in its cell instead of running across the next ones.
WIDTH_SAMPLE_ROWS = 200
MIN_WIDTH, MAX_WIDTH = 6, 50


DATE_FORMAT, DATETIME_FORMAT = "DD/MM/YYYY", "DD/MM/YYYY HH:MM"


def _text_cell(sheet, value, wrap=None):
    """An XLSX cell holding `value` as it is. A string cell is never a formula in XLSX, so
    text starting with "=" is stored as a string (the cell type, as Wagtail's exports do),
    with no apostrophe shown before it: the office reads exactly what the person typed.
    Dates and times are date cells (sortable, filterable), shown dd/mm/yyyy in local time."""
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, Promise):
        value = str(value)
    number_format = None
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.make_naive(value, timezone.get_default_timezone())
        value, number_format = value.replace(microsecond=0), DATETIME_FORMAT
    elif isinstance(value, datetime.date):
        number_format = DATE_FORMAT
    cell = WriteOnlyCell(sheet, value=value)
    if number_format:
        cell.number_format = number_format
    if cell.data_type == "f":
        cell.data_type = "s"
    if wrap is not None and isinstance(value, str) and (len(value) > MAX_WIDTH or "\n" in value):
        cell.alignment = wrap
    return cell


def _display_length(value):
    if value is None:
        return 0
    if isinstance(value, datetime.datetime):
        return len("00/00/0000 00:00")
    if isinstance(value, datetime.date):
        return len("00/00/0000")
    return max((len(line) for line in str(value).splitlines()), default=0)


def export_title(what, when=None):
    """The title row of an export: what it holds and when it was made."""
    when = timezone.localtime(when or timezone.now())
    return f"{what} (xuất lúc {when:%H:%M} ngày {when:%d/%m/%Y})"


def export_filename(*parts, extension="xlsx", when=None):
    """A readable file name without accents, dated: ("Báo cáo lấy ý kiến", "Đợt 2") →
    bao-cao-lay-y-kien-dot-2-2026-12-02.xlsx."""
    when = timezone.localdate(when) if when else timezone.localdate()
    stem = "-".join(filter(None, (slugify_vi(str(part))[:60].strip("-") for part in parts)))
    name = f"{stem}-{when:%Y-%m-%d}"
    return f"{name}.{extension}" if extension else name


def xlsx_bytes(sheets, title=None):
    """An XLSX workbook from [(sheet title, header, rows)], written in constant memory and
    laid out to be read: a title row naming what and when (for exports; templates to fill
    in have none), a bold heading row that stays in view (frozen), columns as wide as their
    content (within bounds), long text wrapped in its cell, dates as date cells."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for sheet_title, header, rows in sheets:
        sheet = workbook.create_sheet(title=sheet_title[:31])
        rows = iter(rows)
        sample = list(islice(rows, WIDTH_SAMPLE_ROWS))
        for index in range(len(header)):
            longest = max(
                [_display_length(header[index])]
                + [_display_length(row[index]) for row in sample if index < len(row)]
            )
            width = min(max(longest + 2, MIN_WIDTH), MAX_WIDTH)
            sheet.column_dimensions[get_column_letter(index + 1)].width = width
        sheet.freeze_panes = "A3" if title else "A2"
        if title:
            heading = WriteOnlyCell(sheet, value=str(title))
            heading.font = Font(bold=True, size=13)
            sheet.append([heading])
        bold = []
        for label in header:
            cell = WriteOnlyCell(sheet, value=str(label) if isinstance(label, Promise) else label)
            cell.font = Font(bold=True)
            cell.alignment = wrap
            bold.append(cell)
        sheet.append(bold)
        for row in chain(sample, rows):
            sheet.append([_text_cell(sheet, value, wrap) for value in row])
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_response(filename, sheets, title=None):
    response = HttpResponse(
        xlsx_bytes(sheets, title=title),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
