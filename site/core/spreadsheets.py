"""Reading a spreadsheet people upload (XLSX, or CSV as Excel saves it) for an import:
the rows with their numbers as the spreadsheet shows them, the columns found by their
headings (folded, so accents and case do not matter), and errors a person can act on."""

import csv
import io
import zipfile
from dataclasses import dataclass

from django.utils.translation import gettext as _

from core.text import fold_words

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5_000


class ImportFileError(Exception):
    """The file as a whole cannot be read (type, size, encoding, headings)."""


@dataclass
class RowError:
    row: int
    column: str
    message: str


def read_rows(uploaded, max_rows=MAX_ROWS):
    """[(row number, [cell, …]), …] including the heading row, from an XLSX or CSV upload."""
    if uploaded.size > MAX_FILE_BYTES:
        raise ImportFileError(_("Tệp quá lớn (tối đa 5 MB)."))
    content = uploaded.read()
    if content[:4] == b"PK\x03\x04":
        return _read_xlsx(content, max_rows)
    if zipfile.is_zipfile(io.BytesIO(content)) or b"\x00" in content[:2048]:
        raise ImportFileError(_("Tệp không phải XLSX hoặc CSV theo mẫu."))
    return _read_csv(content, max_rows)


def _read_xlsx(content, max_rows):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - any unreadable workbook gets the same answer
        raise ImportFileError(_("Không đọc được tệp XLSX.")) from error
    sheet = workbook.worksheets[0]
    rows = []
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        if number > max_rows + 1:
            raise ImportFileError(_("Tệp có quá nhiều dòng (tối đa %(max)s).") % {"max": max_rows})
        rows.append((number, ["" if value is None else str(value).strip() for value in values]))
    workbook.close()
    return rows


def _read_csv(content, max_rows):
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(_("Tệp CSV phải được lưu với bảng mã UTF-8.")) from error
    # Excel saves CSV with "," or, in Vietnamese regional settings, ";": the heading line tells.
    heading = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=heading.count)
    rows = []
    for number, values in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        if number > max_rows + 1:
            raise ImportFileError(_("Tệp có quá nhiều dòng (tối đa %(max)s).") % {"max": max_rows})
        rows.append((number, [value.strip() for value in values]))
    return rows


def column_positions(heading_row, columns, required):
    folded = [fold_words(cell) for cell in heading_row]
    positions = {}
    missing = []
    for field, heading in columns:
        key = fold_words(heading)
        if key in folded:
            positions[field] = folded.index(key)
        elif field in required:
            missing.append(heading)
    if missing:
        raise ImportFileError(
            _("Thiếu cột: %(columns)s. Hãy dùng tệp mẫu.") % {"columns": ", ".join(missing)}
        )
    return positions


def row_values(cells, positions):
    """{field: text} for one row, '' where the row is shorter than the heading."""
    return {
        field: (cells[index] if index < len(cells) else "") for field, index in positions.items()
    }
