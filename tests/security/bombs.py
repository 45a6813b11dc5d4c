"""Hostile spreadsheets, small on the wire and huge once unpacked or parsed, written part by
part so each one is exactly the shape an attacker would send. Used by the security tests and
by bench/imports_bench.py."""

import functools
import io
import random
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}">'
    f'<Relationship Id="rId1" Type="{DOC_RELS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{DOC_RELS}">'
    '<sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}">'
    f'<Relationship Id="rId1" Type="{DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)


def column_letters(index):
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def heading_row(headings):
    cells = "".join(_inline(f"{column_letters(i)}1", text) for i, text in enumerate(headings))
    return f'<row r="1">{cells}</row>'


def data_row(number, values):
    cells = "".join(
        _inline(f"{column_letters(i)}{number}", text) for i, text in enumerate(values) if text
    )
    return f'<row r="{number}">{cells}</row>'


def workbook(sheet_rows, shared_strings=None, extra_parts=None, sheet_prefix=""):
    """An XLSX file: `sheet_rows` (an iterable of <row> strings, streamed into the archive),
    the shared strings part (an iterable of strings), and any extra parts {name: bytes}."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(
                f'{sheet_prefix}<?xml version="1.0" encoding="UTF-8"?>'
                f'<worksheet xmlns="{MAIN}"><sheetData>'.encode()
            )
            for row in sheet_rows:
                sheet.write(row.encode())
            sheet.write(b"</sheetData></worksheet>")
        with archive.open("xl/sharedStrings.xml", "w") as strings:
            strings.write(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'.encode())
            for text in shared_strings or ():
                strings.write(f"<si><t>{text}</t></si>".encode())
            strings.write(b"</sst>")
        for name, data in (extra_parts or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def shared_strings_bomb(headings, count=1_000_000):
    """A few rows, and millions of shared strings nobody refers to (the 84 KB file)."""
    rows = [heading_row(headings), data_row(2, ["Cá nhân", "Nguyễn Văn A"])]
    return workbook(rows, ("x" for _ in range(count)))


def wide_row_bomb(headings, cells=1_500_000):
    """One data row over a million cells wide (the 34 KB file)."""

    def rows():
        yield heading_row(headings)
        yield '<row r="2">'
        for _ in range(cells):
            yield "<c><v>1</v></c>"  # no reference: each cell follows the one before
        yield "</row>"

    return workbook(rows())


def long_sheet_bomb(headings, count=20_000):
    """Hundreds of thousands of rows, each one short."""

    def rows():
        yield heading_row(headings)
        for number in range(2, count + 2):
            yield data_row(number, ["Cá nhân", "A"])

    return workbook(rows())


def dense_within_bounds(headings, rows=5_000, columns=60, seed=7):
    """The worst file the bounds let through: just under the unpacked limit and the ratio,
    every row at the limit's width, random numbers so it does not compress well."""
    generator = random.Random(seed)

    def sheet_rows():
        yield heading_row(headings)
        for number in range(2, rows + 2):
            cells = "".join(
                f'<c r="{column_letters(i)}{number}"><v>{generator.randint(0, 10**9)}</v></c>'
                for i in range(columns)
            )
            yield f'<row r="{number}">{cells}</row>'

    return workbook(sheet_rows())


def entity_bomb(headings):
    """The "billion laughs": a DTD whose entities expand to gigabytes."""
    prefix = (
        '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
        + "]>"
    )
    rows = [heading_row(headings), data_row(2, ["&j;"])]
    data = workbook(rows)
    # The declaration must come first in the part: rebuild it with the prolog in front.
    return _replace_part(
        data,
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(b"<worksheet", prefix.encode() + b"<worksheet", 1).replace(
            b"&amp;j;", b"&j;"
        ),
    )


def lying_sizes(headings, real_cells=400_000):
    """A part whose recorded unpacked size is far smaller than what it unpacks to."""
    data = wide_row_bomb(headings, cells=real_cells)
    buffer = io.BytesIO(data)
    with zipfile.ZipFile(buffer) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    raw = bytearray(data)
    claimed = (1000).to_bytes(4, "little")
    # The local header (size at offset 22) and the central directory entry (offset 24).
    raw[info.header_offset + 22 : info.header_offset + 26] = claimed
    name = b"xl/worksheets/sheet1.xml"
    central = raw.find(b"PK\x01\x02")
    while central != -1:
        name_length = int.from_bytes(raw[central + 28 : central + 30], "little")
        if bytes(raw[central + 46 : central + 46 + name_length]) == name:
            raw[central + 24 : central + 28] = claimed
            break
        central = raw.find(b"PK\x01\x02", central + 4)
    return bytes(raw)


def _replace_part(data, name, change):
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            target.writestr(info.filename, change(content) if info.filename == name else content)
    return buffer.getvalue()


ALL = {
    "shared strings": shared_strings_bomb,
    "wide row": wide_row_bomb,
    "long sheet": long_sheet_bomb,
    "dense within bounds": dense_within_bounds,
    "entity expansion": entity_bomb,
    "lying sizes": lying_sizes,
}


@functools.lru_cache(maxsize=32)
def built(name, headings):
    """The bytes of one bomb for one template's headings (a tuple), built once per run."""
    return ALL[name](list(headings))
