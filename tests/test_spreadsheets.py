"""The bounded spreadsheet reader (core.spreadsheets) reads what people's files hold: shared
and inline strings, rich text, numbers as the sheet shows them, booleans, gaps; and only the
columns an importer names. The hostile files are in tests/security/test_spreadsheet_bombs.py."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from core.spreadsheets import MAX_COLUMNS, ImportFileError, read_rows
from tests.security import bombs


def upload(data, name="tep.xlsx"):
    return SimpleUploadedFile(name, data)


def excel_file(rows):
    """A workbook as Excel writes it: shared strings, not inline ones."""
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_shared_strings_numbers_booleans_and_rich_text_are_read_as_shown():
    rich = CellRichText("Lộc ", TextBlock(InlineFont(b=True), "Văn Bình"))
    data = excel_file(
        [
            ["Họ và tên", "Năm sinh", "Điểm", "Đạt"],
            [rich, 1978, 9.5, True],
            ["Hoàng Thị Thu", 1990.0, None, False],
        ]
    )
    assert read_rows(upload(data)) == [
        (1, ["Họ và tên", "Năm sinh", "Điểm", "Đạt"]),
        (2, ["Lộc Văn Bình", "1978", "9.5", "True"]),
        (3, ["Hoàng Thị Thu", "1990", "", "False"]),
    ]


def test_only_the_named_columns_of_a_data_row_are_read():
    data = excel_file(
        [
            [None],  # an empty first row: the heading row is the first that holds anything
            ["Ghi chú", "Họ và tên", "Số điện thoại", "Danh hiệu đăng ký"],
            ["riêng", "Vi Thị Hạnh", "0912 345 678", "Lao động tiên tiến"],
            [None, None, None, None],
            ["chỉ ghi chú", None, None, None],  # nothing in a named column: not a row
            [None, "Hà Văn Tú", None, "Chiến sĩ thi đua cơ sở"],
        ]
    )
    rows = read_rows(upload(data), headings=["ho va ten", "Danh hiệu đăng ký"])
    assert rows == [
        (2, ["Ghi chú", "Họ và tên", "Số điện thoại", "Danh hiệu đăng ký"]),
        (3, ["", "Vi Thị Hạnh", "", "Lao động tiên tiến"]),
        (6, ["", "Hà Văn Tú", "", "Chiến sĩ thi đua cơ sở"]),
    ]


def test_headings_beyond_the_first_columns_are_not_read():
    headings = [f"Cột {index}" for index in range(MAX_COLUMNS + 20)]
    data = bombs.workbook([bombs.heading_row(headings)])
    heading = read_rows(upload(data))[0][1]
    assert heading == headings[:MAX_COLUMNS]


def test_more_rows_than_the_limit_are_refused():
    rows = [bombs.heading_row(["Họ và tên"])] + [
        bombs.data_row(number, [f"Người {number}"]) for number in range(2, 13)
    ]
    with pytest.raises(ImportFileError, match="quá nhiều dòng"):
        read_rows(upload(bombs.workbook(rows)), max_rows=10)
    assert len(read_rows(upload(bombs.workbook(rows)), max_rows=11)) == 12


def test_csv_as_vietnamese_excel_saves_it_reads_only_the_named_columns():
    text = "\ufeffHọ và tên;Số điện thoại;Danh hiệu đăng ký\nVi Thị Hạnh;0912;Lao động tiên tiến\n"
    rows = read_rows(upload(text.encode(), "tep.csv"), headings=["Họ và tên", "Danh hiệu đăng ký"])
    assert rows == [
        (1, ["Họ và tên", "Số điện thoại", "Danh hiệu đăng ký"]),
        (2, ["Vi Thị Hạnh", "", "Lao động tiên tiến"]),
    ]


def test_a_malformed_csv_gets_a_message_not_an_error_page():
    text = "Họ và tên\n" + '"' + "x" * 200_000 + '"\n'  # a field over the csv module's limit
    with pytest.raises(ImportFileError, match="không đúng định dạng"):
        read_rows(upload(text.encode(), "tep.csv"))


def test_a_file_over_five_megabytes_is_refused_before_reading():
    big = SimpleUploadedFile("tep.xlsx", b"PK\x03\x04" + b"0" * (5 * 1024 * 1024))
    with pytest.raises(ImportFileError, match="Tệp quá lớn"):
        read_rows(big)


def test_a_reading_guide_inside_a_text_is_not_part_of_it():
    cell = (
        '<c r="A2" t="inlineStr"><is><t>Hà Giang</t>'
        '<rPh sb="0" eb="2"><t>ha giang</t></rPh></is></c>'
    )
    data = bombs.workbook([bombs.heading_row(["Họ và tên"]), f'<row r="2">{cell}</row>'])
    assert read_rows(upload(data)) == [(1, ["Họ và tên"]), (2, ["Hà Giang"])]
