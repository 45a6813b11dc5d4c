"""Minimal DOCX writers: a title and paragraphs (generated documents such as demo files), and
an administrative document in the layout of official papers (the council's minutes).

A .docx is a zip of a few XML parts; this writes only what Word and LibreOffice need.
"""

import io
import zipfile
from xml.sax.saxutils import escape

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    "</Relationships>"
)


def _paragraph(text, bold=False, size=None):
    run_props = ""
    if bold or size:
        run_props = (
            "<w:rPr>"
            + ("<w:b/>" if bold else "")
            + (f'<w:sz w:val="{size}"/>' if size else "")
            + "</w:rPr>"
        )
    return f'<w:p><w:r>{run_props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def simple_docx(title, paragraphs):
    body = _paragraph(title, bold=True, size=28) + "".join(
        _paragraph(p) for p in paragraphs if p.strip()
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


# An administrative document (Nghị định 30/2020/NĐ-CP's layout): A4, Times New Roman, the
# issuer and the national motto side by side, place and date, a centred title, paragraphs,
# bordered tables and signatures side by side. Word and LibreOffice open it as it is.

FONT = "Times New Roman"
SIZE = 26  # half-points: 13 pt
SMALL = 24
# A4, in twentieths of a point; margins 2 cm top and bottom, 3 cm left, 2 cm right.
PAGE = '<w:pgSz w:w="11906" w:h="16838"/>'
MARGINS = (
    '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" '
    'w:header="709" w:footer="709" w:gutter="0"/>'
)
TEXT_WIDTH = 11906 - 1701 - 1134


def _run(text, bold=False, italic=False, size=SIZE):
    props = (
        f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>'
        + ("<w:b/>" if bold else "")
        + ("<w:i/>" if italic else "")
        + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    )
    lines = str(text).split("\n")
    parts = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(line)}</w:t>' for line in lines)
    return f"<w:r><w:rPr>{props}</w:rPr>{parts}</w:r>"


def _admin_paragraph(text, align="both", bold=False, italic=False, size=SIZE, indent=False):
    indent_xml = '<w:ind w:firstLine="567"/>' if indent else ""
    return (
        f'<w:p><w:pPr><w:jc w:val="{align}"/><w:spacing w:before="0" w:after="100"/>'
        f"{indent_xml}</w:pPr>{_run(text, bold, italic, size)}</w:p>"
    )


def _cell(paragraphs_xml, width, borders):
    border = (
        "<w:tcBorders>"
        + "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            for side in ("top", "left", "bottom", "right")
        )
        + "</w:tcBorders>"
        if borders
        else ""
    )
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{border}</w:tcPr>'
        f"{paragraphs_xml or _admin_paragraph('')}</w:tc>"
    )


def _table(rows, widths, borders=True):
    """`rows`: lists of cells, each the XML of its paragraphs."""
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    body = "".join(
        "<w:tr>"
        + "".join(_cell(cell, w, borders) for cell, w in zip(row, widths, strict=True))
        + "</w:tr>"
        for row in rows
    )
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        '<w:tblLayout w:type="fixed"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"
    )


class AdministrativeDocument:
    """Blocks added in reading order, then `bytes()` for the .docx."""

    def __init__(self):
        self.parts = []

    def letterhead(self, issuer_lines, number=""):
        """The issuer (left, its last line bold) beside the national motto (right)."""
        left = "".join(
            _admin_paragraph(line, "center", bold=index == len(issuer_lines) - 1, size=SMALL)
            for index, line in enumerate(issuer_lines)
        )
        if number:
            left += _admin_paragraph(number, "center", size=SMALL)
        right = _admin_paragraph(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "center", bold=True, size=SMALL
        ) + _admin_paragraph("Độc lập - Tự do - Hạnh phúc", "center", bold=True)
        widths = [TEXT_WIDTH * 2 // 5, TEXT_WIDTH - TEXT_WIDTH * 2 // 5]
        self.parts.append(_table([[left, right]], widths, borders=False))

    def place_and_date(self, text):
        self.parts.append(_admin_paragraph(text, "right", italic=True))

    def title(self, text, subtitle=""):
        self.parts.append(_admin_paragraph(""))
        self.parts.append(_admin_paragraph(text, "center", bold=True, size=28))
        if subtitle:
            self.parts.append(_admin_paragraph(subtitle, "center", bold=True))

    def heading(self, text):
        self.parts.append(_admin_paragraph(text, "left", bold=True))

    def paragraph(self, text):
        self.parts.append(_admin_paragraph(text, indent=True))

    def table(self, header, rows, shares):
        """A bordered table; `shares`: each column's share of the text width."""
        total = sum(shares)
        widths = [TEXT_WIDTH * share // total for share in shares]
        cells = [[_admin_paragraph(text, "center", bold=True, size=SMALL) for text in header]]
        cells += [[_admin_paragraph(str(text), "left", size=SMALL) for text in row] for row in rows]
        self.parts.append(_table(cells, widths))

    def signatures(self, blocks):
        """(role, note, name) side by side, room to sign between the note and the name."""
        cells = []
        for role, note, name in blocks:
            cells.append(
                _admin_paragraph(role, "center", bold=True)
                + _admin_paragraph(note, "center", italic=True)
                + "".join(_admin_paragraph("", "center") for _ in range(3))
                + _admin_paragraph(name, "center", bold=True)
            )
        width = TEXT_WIDTH // max(1, len(cells))
        self.parts.append(_admin_paragraph(""))
        self.parts.append(_table([cells], [width] * len(cells), borders=False))

    def bytes(self):
        document = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{''.join(self.parts)}<w:sectPr>{PAGE}{MARGINS}</w:sectPr></w:body>"
            "</w:document>"
        )
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
            archive.writestr("_rels/.rels", _RELS)
            archive.writestr("word/document.xml", document)
        return buffer.getvalue()
