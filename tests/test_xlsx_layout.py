"""Every XLSX the site writes (core.exports.xlsx_bytes) is laid out to be read: the heading
row bold and frozen, columns as wide as their content within bounds, long text wrapped."""

from io import BytesIO

from openpyxl import load_workbook

from core.exports import MAX_WIDTH, MIN_WIDTH, xlsx_bytes

OPINION = (
    "Tôi là hội viên Hội Nông dân xã Tràng Các, biết rõ anh Bình nhiều năm liền giúp bà con "
    "trong thôn làm đường bê tông và chuyển đổi cây trồng; tôi đồng ý với đề nghị khen thưởng."
)


def sheet_of(content):
    return load_workbook(BytesIO(content)).worksheets[0]


def test_heading_frozen_and_bold_widths_from_content_long_text_wrapped():
    content = xlsx_bytes(
        [
            (
                "Ý kiến",
                ["STT", "Họ và tên", "Nội dung"],
                [[1, "Hoàng Thị Thu Trang", OPINION], [2, "Lò Văn A", "Đồng ý."]],
            )
        ]
    )
    sheet = sheet_of(content)
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABC"}
    assert widths["A"] == MIN_WIDTH  # "STT" and two digits
    assert widths["B"] == len("Hoàng Thị Thu Trang") + 2
    assert widths["C"] == MAX_WIDTH  # capped: the long opinion wraps instead
    assert sheet["C2"].alignment.wrap_text and sheet["C2"].value == OPINION
    assert not sheet["C3"].alignment.wrap_text


def test_rows_beyond_the_measured_sample_are_all_written():
    rows = ([number, f"Người {number}"] for number in range(1, 1001))
    sheet = sheet_of(xlsx_bytes([("Danh sách", ["STT", "Họ và tên"], rows)]))
    assert sheet.max_row == 1001 and sheet["B1001"].value == "Người 1000"
