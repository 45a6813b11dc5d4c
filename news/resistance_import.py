"""Importing resistance-war award records from the office's register (XLSX/CSV template).

As with the awardees' import (news.importing), every row is checked first and a single bad row
means nothing is imported; each problem is reported with its row number and column.
"""

import csv
import datetime
import io

from django.db import transaction
from django.utils.translation import gettext as _

from core import pagecache
from core.exports import xlsx_bytes
from core.spreadsheets import ImportFileError, RowError, column_positions, row_values
from core.text import fold_words
from news import statistics
from news.models.resistance import AwardClass, ResistanceAward, ResistanceAwardName

COLUMNS = [
    ("decision_number", "Số quyết định"),
    ("decision_date", "Ngày quyết định (dd/mm/yyyy)"),
    ("issuer", "Cấp quyết định"),
    ("full_name", "Họ và tên"),
    ("birth_year", "Năm sinh"),
    ("native_place", "Quê quán"),
    ("award", "Hình thức khen thưởng"),
    ("award_class", "Hạng"),
    ("note", "Ghi chú"),
]
HEADINGS = dict(COLUMNS)
REQUIRED = ("decision_number", "decision_date", "full_name", "birth_year", "native_place", "award")
TEXT_LIMITS = {
    "decision_number": 60,
    "issuer": 150,
    "full_name": 255,
    "native_place": 255,
    "note": 255,
}
# The first resistance awards (Sắc lệnh 1947) to today.
FIRST_YEAR = 1945
OLDEST_BIRTH_YEAR = 1860

EXAMPLE_ROWS = [
    [
        "1254/KT-CTN",
        "27/07/1988",
        "Chủ tịch nước",
        "Hoàng Văn Thụ",
        "1932",
        "xã Hoàng Văn Thụ, tỉnh Lạng Sơn",
        "Huân chương Kháng chiến",
        "Hạng Nhì",
        "",
    ],
    [
        "386/KT-HĐBT",
        "15/03/1986",
        "Hội đồng Bộ trưởng",
        "Lương Thị Mẫn",
        "1940",
        "xã Hưng Đạo, tỉnh Lạng Sơn",
        "Huy chương Kháng chiến",
        "Hạng Nhất",
        "Thanh niên xung phong",
    ],
]

_AWARDS = {fold_words(str(label)): value for value, label in ResistanceAwardName.choices}
_CLASSES = {fold_words(str(label)): value for value, label in AwardClass.choices}
_CLASSES.update({fold_words(value): value for value in AwardClass.values})


def template_xlsx():
    return xlsx_bytes(
        [("Khen thưởng kháng chiến", [heading for _field, heading in COLUMNS], EXAMPLE_ROWS)]
    )


def template_csv():
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([heading for _field, heading in COLUMNS])
    writer.writerows(EXAMPLE_ROWS)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _day(text):
    """A day written dd/mm/yyyy (or as a spreadsheet's ISO date), else None."""
    text = text.strip()
    for layout in ("%d/%m/%Y", "%Y-%m-%d", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.datetime.strptime(text, layout).date()
        except ValueError:
            continue
    return None


def validate(rows, today=None):
    """(records, errors): unsaved ResistanceAward objects, or the list of row errors."""
    if not rows:
        raise ImportFileError(_("Tệp không có dữ liệu."))
    today = today or datetime.date.today()
    positions = column_positions(rows[0][1], COLUMNS, REQUIRED)
    records, errors = [], []
    for number, cells in rows[1:]:
        values = row_values(cells, positions)
        if not any(values.values()):
            continue  # blank line
        row_errors = []

        def error(field, message, number=number, row_errors=row_errors):
            row_errors.append(RowError(number, HEADINGS[field], message))

        for field in REQUIRED:
            if not values.get(field):
                error(field, _("Không được để trống."))
        for field, limit in TEXT_LIMITS.items():
            if len(values.get(field, "")) > limit:
                error(field, _("Dài quá %(limit)s ký tự.") % {"limit": limit})
        day = _day(values.get("decision_date", "")) if values.get("decision_date") else None
        if values.get("decision_date") and (
            day is None or not day.year >= FIRST_YEAR or day > today
        ):
            error("decision_date", _("Ghi ngày theo dạng dd/mm/yyyy, từ năm 1945 đến nay."))
        birth_year = None
        if values.get("birth_year"):
            text = values["birth_year"].strip().removesuffix(".0")
            if not text.isdigit() or not OLDEST_BIRTH_YEAR <= int(text) <= today.year:
                error("birth_year", _("Ghi năm sinh bằng 4 chữ số, ví dụ 1932."))
            else:
                birth_year = int(text)
                if day is not None and birth_year >= day.year:
                    error("birth_year", _("Năm sinh phải trước năm của quyết định."))
        award = _AWARDS.get(fold_words(values.get("award", "")))
        if values.get("award") and award is None:
            error(
                "award",
                _("“%(value)s” không phải hình thức khen thưởng kháng chiến trong danh mục.")
                % {"value": values["award"]},
            )
        award_class = ""
        if values.get("award_class"):
            award_class = _CLASSES.get(fold_words(values["award_class"]))
            if award_class is None:
                error("award_class", _("Ghi “Hạng Nhất”, “Hạng Nhì”, “Hạng Ba” hoặc để trống."))
        if row_errors:
            errors.extend(row_errors)
            continue
        records.append(
            ResistanceAward(
                decision_number=values["decision_number"],
                decision_date=day,
                issuer=values.get("issuer", ""),
                full_name=values["full_name"],
                birth_year=birth_year,
                native_place=values["native_place"],
                award=award,
                award_class=award_class,
                note=values.get("note", ""),
            )
        )
    if not records and not errors:
        raise ImportFileError(_("Tệp không có dòng dữ liệu nào."))
    return records, errors


def save(records, source):
    """Store the checked records together (all or nothing), with the folded columns."""
    for record in records:
        record.source = source[:255]
        record.search_name = fold_words(record.full_name)
        record.search_place = fold_words(record.native_place)
    with transaction.atomic():
        saved = ResistanceAward.objects.bulk_create(records, batch_size=500)
        # bulk_create sends no save signals: purge the pages that list or verify records.
        pagecache.purge_tags(pagecache.UNDESCRIBED, "model:news.resistanceaward", "app:news")
        statistics.new_data_version()
    return saved
