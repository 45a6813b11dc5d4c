"""Reading a spreadsheet people upload (XLSX, or CSV as Excel saves it) for an import:
the rows with their numbers as the spreadsheet shows them, the columns found by their
headings (folded, so accents and case do not matter), and errors a person can act on.

An upload is untrusted: a few kilobytes of XLSX can unpack to hundreds of megabytes of XML
(a "spreadsheet bomb"), and a general-purpose reader such as openpyxl builds every shared
string and every cell of every row, however wide, before the import sees one. So XLSX is read
here with a streaming XML parser, within fixed bounds, before and while parsing:
- the upload's size (MAX_FILE_BYTES), its number of parts, the unpacked size of the parts
  read (MAX_UNPACKED_BYTES, counted as they are read, whatever the archive claims) and the
  compression ratio (MAX_COMPRESSION_RATIO);
- only the first MAX_COLUMNS columns of the heading row, then only the columns whose heading
  the importer names, only up to its row limit, and only the shared strings those cells use;
- no DTD or entity declaration (an Office file never has one).
Whatever breaks a bound is refused with a Vietnamese message and no row is imported.
bench/imports_bench.py times the worst files."""

import csv
import io
import posixpath
import zipfile
from dataclasses import dataclass
from xml.parsers import expat

from django.utils.translation import gettext as _

from core.text import fold_words

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5_000
# A real import sheet (5,000 rows of a dozen columns) unpacks to a few megabytes.
MAX_UNPACKED_BYTES = 10 * 1024 * 1024
# Unpacked size over packed size, above which a file is taken for a bomb (real sheets: 5–20).
MAX_COMPRESSION_RATIO = 100
# Below this unpacked size the ratio is not checked: nothing that small can hold a worker.
RATIO_CHECKED_ABOVE = 1024 * 1024
MAX_PARTS = 1_000
# Headings are looked for in the first MAX_COLUMNS columns; a cell keeps MAX_CELL_CHARS.
MAX_COLUMNS = 100
MAX_CELL_CHARS = 32_767  # Excel's own limit for a cell

READ_CHUNK = 64 * 1024
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


class ImportFileError(Exception):
    """The file as a whole cannot be read (type, size, encoding, headings)."""


@dataclass
class RowError:
    row: int
    column: str
    message: str


def read_rows(uploaded, max_rows=MAX_ROWS, headings=None):
    """[(row number, [cell, …]), …] from an XLSX or CSV upload: the heading row first (its
    first MAX_COLUMNS cells), then the data rows that hold anything. With `headings` (the
    column headings the importer reads), a data row keeps only the cells under those
    headings; the others are read as blank."""
    if uploaded.size > MAX_FILE_BYTES:
        raise ImportFileError(_("Tệp quá lớn (tối đa 5 MB)."))
    content = uploaded.read(MAX_FILE_BYTES + 1)
    if len(content) > MAX_FILE_BYTES:
        raise ImportFileError(_("Tệp quá lớn (tối đa 5 MB)."))
    wanted = {fold_words(heading) for heading in headings} if headings else None
    if content[:4] == b"PK\x03\x04":
        return XlsxReader(content, max_rows, wanted).rows()
    if zipfile.is_zipfile(io.BytesIO(content)) or b"\x00" in content[:2048]:
        raise ImportFileError(_("Tệp không phải XLSX hoặc CSV theo mẫu."))
    return _read_csv(content, max_rows, wanted)


def _unreadable():
    return ImportFileError(_("Không đọc được tệp XLSX."))


def _too_large_unpacked():
    return ImportFileError(
        _(
            "Tệp XLSX khi giải nén quá lớn (tối đa %(max)s MB) hoặc có nội dung bất thường. "
            "Hãy chép dữ liệu sang tệp mẫu rồi tải lên lại."
        )
        % {"max": MAX_UNPACKED_BYTES // (1024 * 1024)}
    )


def _too_many_rows(max_rows):
    return ImportFileError(_("Tệp có quá nhiều dòng (tối đa %(max)s).") % {"max": max_rows})


def _wanted_columns(heading_cells, wanted):
    """Column numbers (0-based) of the data rows to read."""
    if wanted is None:
        return set(range(MAX_COLUMNS))
    return {index for index, text in enumerate(heading_cells) if fold_words(text) in wanted}


def _as_rows(by_number, width):
    return [
        (number, [cells.get(index, "") for index in range(width)])
        for number, cells in sorted(by_number.items())
    ]


class _StopParsing(Exception):
    """Raised from a parser callback once what is needed has been read."""


class XlsxReader:
    """The first worksheet of an XLSX file, read in bounded time and memory."""

    def __init__(self, content, max_rows, wanted):
        self.max_rows = max_rows
        self.wanted = wanted
        self.unpacked = 0
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(content))
            infos = self.archive.infolist()
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            raise _unreadable() from error
        if len(infos) > MAX_PARTS:
            raise _too_large_unpacked()
        self.parts = {info.filename: info for info in infos}
        claimed = sum(info.file_size for info in infos)
        packed = sum(info.compress_size for info in infos) or 1
        if claimed > RATIO_CHECKED_ABOVE and claimed / packed > MAX_COMPRESSION_RATIO:
            raise _too_large_unpacked()

    def rows(self):
        try:
            sheet, strings = self._locate_parts()
            # 1. The heading row: its first MAX_COLUMNS cells.
            heading = _SheetRows(max_rows=None, columns=set(range(MAX_COLUMNS)), first_only=True)
            self._parse(sheet, heading)
            if not heading.rows:
                return []
            heading_number, heading_cells = next(iter(heading.rows.items()))
            self._resolve(strings, heading.rows)
            width = max(heading_cells, default=-1) + 1
            heading_texts = [heading_cells.get(index, "") for index in range(width)]
            columns = _wanted_columns(heading_texts, self.wanted)
            # 2. The data rows: only the wanted columns, only up to the row limit.
            data = _SheetRows(max_rows=self.max_rows, columns=columns, after_row=heading_number)
            self._parse(sheet, data)
            self._resolve(strings, data.rows)
        except (zipfile.BadZipFile, OSError, EOFError, KeyError, ValueError, TypeError) as error:
            raise _unreadable() from error
        finally:
            self.archive.close()
        if data.too_many:
            raise _too_many_rows(self.max_rows)
        data_width = max((max(cells) + 1 for cells in data.rows.values() if cells), default=0)
        return [(heading_number, heading_texts), *_as_rows(data.rows, data_width)]

    def _locate_parts(self):
        """The first worksheet's part and the shared strings' part (None if there is none)."""
        workbook = _Collect({f"{MAIN_NS}}}sheet"})
        self._parse("xl/workbook.xml", workbook)
        relations = _Collect({f"{PACKAGE_REL_NS}}}Relationship"})
        self._parse("xl/_rels/workbook.xml.rels", relations)
        targets = {rel.get("Id"): rel.get("Target", "") for rel in relations.found}
        if not workbook.found:
            raise _unreadable()
        # expat names a namespaced attribute "namespace}name".
        sheet_relation = workbook.found[0].get(f"{REL_NS}}}id")
        sheet = self._part_name(targets.get(sheet_relation, ""))
        strings = None
        for rel in relations.found:
            if rel.get("Type", "").endswith("/sharedStrings"):
                strings = self._part_name(rel.get("Target", ""))
        if strings is None and "xl/sharedStrings.xml" in self.parts:
            strings = "xl/sharedStrings.xml"
        return sheet, strings

    def _part_name(self, target):
        name = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        name = posixpath.normpath(name)
        if name not in self.parts:
            raise _unreadable()
        return name

    def _resolve(self, strings_part, rows):
        """Put the shared strings the rows refer to in place of their numbers."""
        needed = {
            value.index
            for cells in rows.values()
            for value in cells.values()
            if isinstance(value, _SharedString)
        }
        texts = {}
        if needed:
            if strings_part is None:
                raise _unreadable()
            reader = _SharedStrings(needed)
            self._parse(strings_part, reader)
            texts = reader.texts
        for cells in rows.values():
            for index, value in cells.items():
                if isinstance(value, _SharedString):
                    cells[index] = texts.get(value.index, "")

    def _parse(self, part, handler):
        """Feed one part to an expat parser wired to `handler`, counting unpacked bytes."""
        if part not in self.parts:
            raise _unreadable()
        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.StartElementHandler = handler.start
        parser.EndElementHandler = handler.end
        parser.CharacterDataHandler = handler.text
        parser.StartDoctypeDeclHandler = _refuse_declaration
        parser.EntityDeclHandler = _refuse_declaration
        try:
            with self.archive.open(part) as stream:
                while chunk := stream.read(READ_CHUNK):
                    self.unpacked += len(chunk)
                    if self.unpacked > MAX_UNPACKED_BYTES:
                        raise _too_large_unpacked()
                    parser.Parse(chunk, False)
                parser.Parse(b"", True)
        except _StopParsing:
            pass
        except expat.ExpatError as error:
            raise _unreadable() from error


def _refuse_declaration(*_args):
    raise ValueError("a DTD or entity declaration in an Office file")


class _Collect:
    """The attributes of every element with one of the given names (small parts only)."""

    def __init__(self, names):
        self.names = names
        self.found = []

    def start(self, name, attrs):
        if name in self.names:
            self.found.append(attrs)

    def end(self, name):
        pass

    def text(self, data):
        pass


@dataclass(frozen=True)
class _SharedString:
    index: int


def _column_number(reference):
    """0-based column of a cell reference such as "AB12"; None if it has no letters."""
    number = 0
    for char in reference:
        if "A" <= char <= "Z":
            number = number * 26 + ord(char) - 64
        else:
            break
    return number - 1 if number else None


def _number_text(value):
    """A number cell as text, the way the sheet shows it: "12", not "12.0"."""
    try:
        number = float(value)
    except ValueError:
        return value
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    return str(number)


# Element names as expat gives them with namespace_separator="}": "namespace}name".
_CELL = f"{MAIN_NS}}}c"
_ROW = f"{MAIN_NS}}}row"
_VALUE = f"{MAIN_NS}}}v"
_TEXT = f"{MAIN_NS}}}t"
_PHONETIC = f"{MAIN_NS}}}rPh"
_STRING_ITEM = f"{MAIN_NS}}}si"


class _SheetRows:
    """Rows of a worksheet: {row number: {column: value}}, only the given columns, only
    rows that hold something. The work per cell outside those columns is one comparison."""

    def __init__(self, max_rows, columns, first_only=False, after_row=0):
        self.max_rows = max_rows
        self.columns = columns
        self.last_column = max(columns, default=-1)
        self.first_only = first_only
        self.after_row = after_row
        self.rows = {}
        self.too_many = False
        self.data_rows = 0
        self.row_number = 0
        self.row_cells = None
        self.column = -1
        self.cell = None  # [type, text parts] of a cell being read
        self.collecting = False
        self.in_phonetic = False  # a reading guide (rPh) inside a text: not part of it

    def start(self, name, attrs):
        if name == _CELL:
            reference = attrs.get("r")
            column = _column_number(reference) if reference else None
            self.column = self.column + 1 if column is None else column
            if self.column in self.columns and self.row_number > self.after_row:
                self.cell = [attrs.get("t", "n"), []]
            elif self.first_only and self.column > self.last_column:
                self._finish_row()
                raise _StopParsing
        elif self.cell is not None:
            if name == _PHONETIC:
                self.in_phonetic = True
            elif not self.in_phonetic and (
                name == _VALUE or (name == _TEXT and self.cell[0] == "inlineStr")
            ):
                self.collecting = True
        elif name == _ROW:
            number = attrs.get("r")
            self.row_number = int(number) if number and number.isdigit() else self.row_number + 1
            self.row_cells = {}
            self.column = -1

    def text(self, data):
        if self.collecting:
            parts = self.cell[1]
            if sum(map(len, parts)) < MAX_CELL_CHARS:
                parts.append(data)

    def end(self, name):
        if name == _CELL:
            if self.cell is not None:
                value = self._cell_value(*self.cell)
                if value != "":
                    self.row_cells[self.column] = value
            self.cell = None
            self.collecting = False
        elif name in (_VALUE, _TEXT):
            self.collecting = False
        elif name == _PHONETIC:
            self.in_phonetic = False
        elif name == _ROW:
            self._finish_row()

    def _finish_row(self):
        if not self.row_cells:
            return
        if self.first_only:
            self.rows[self.row_number] = self.row_cells
            raise _StopParsing
        self.data_rows += 1
        if self.data_rows > self.max_rows:
            self.too_many = True
            raise _StopParsing
        self.rows[self.row_number] = self.row_cells
        self.row_cells = {}

    @staticmethod
    def _cell_value(kind, parts):
        text = "".join(parts)[:MAX_CELL_CHARS]
        if kind == "s":
            return _SharedString(int(text)) if text.strip().isdigit() else ""
        if kind in ("inlineStr", "str", "e", "d"):
            return text.strip()
        if kind == "b":
            return "True" if text.strip() == "1" else "False" if text.strip() == "0" else ""
        return _number_text(text.strip()) if text.strip() else ""


class _SharedStrings:
    """The texts of the shared strings whose numbers are `needed`; stops after the last."""

    def __init__(self, needed):
        self.needed = needed
        self.last = max(needed)
        self.texts = {}
        self.index = -1
        self.parts = None
        self.collecting = False
        self.phonetic = False

    def start(self, name, attrs):
        if name == _STRING_ITEM:
            self.index += 1
            self.parts = [] if self.index in self.needed else None
        elif name == _PHONETIC:
            self.phonetic = True
        elif name == _TEXT and self.parts is not None and not self.phonetic:
            self.collecting = True

    def text(self, data):
        if self.collecting and sum(map(len, self.parts)) < MAX_CELL_CHARS:
            self.parts.append(data)

    def end(self, name):
        if name == _TEXT:
            self.collecting = False
        elif name == _PHONETIC:
            self.phonetic = False
        elif name == _STRING_ITEM:
            if self.parts is not None:
                self.texts[self.index] = "".join(self.parts)[:MAX_CELL_CHARS].strip()
            self.parts = None
            if self.index >= self.last:
                raise _StopParsing


def _read_csv(content, max_rows, wanted):
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(_("Tệp CSV phải được lưu với bảng mã UTF-8.")) from error
    # Excel saves CSV with "," or, in Vietnamese regional settings, ";": the heading line tells.
    heading = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=heading.count)
    rows = []
    columns = None
    number = 0
    try:
        for number, values in enumerate(
            csv.reader(io.StringIO(text), delimiter=delimiter), start=1
        ):
            if columns is None:
                if not any(value.strip() for value in values):
                    continue
                heading_cells = [value.strip() for value in values[:MAX_COLUMNS]]
                columns = _wanted_columns(heading_cells, wanted)
                rows.append((number, heading_cells))
                continue
            cells = [
                value.strip() if index in columns else ""
                for index, value in enumerate(values[: max(columns, default=-1) + 1])
            ]
            if not any(cells):
                continue
            if len(rows) > max_rows:
                raise _too_many_rows(max_rows)
            rows.append((number, cells))
    except csv.Error as error:
        raise ImportFileError(
            _("Tệp CSV không đúng định dạng (dòng %(row)s).") % {"row": number}
        ) from error
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
