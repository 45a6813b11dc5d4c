"""Importing awardees into a decision from the XLSX/CSV template.

Every row is checked first; a single bad row means nothing is imported, and each problem is
reported with its row number (as the spreadsheet shows it) and column.
"""

import csv
import io

from django.utils.translation import gettext as _

from core.exports import xlsx_bytes
from core.spreadsheets import ImportFileError, RowError, column_positions, row_values
from core.text import fold_words
from news.models.catalogue import AwardForm
from news.models.decisions import Awardee

# (field, column heading in the template)
COLUMNS = [
    ("kind", "Loại (Cá nhân/Tập thể)"),
    ("full_name", "Họ và tên / tên tập thể"),
    ("position", "Chức vụ, nghề nghiệp"),
    ("unit", "Đơn vị"),
    ("locality", "Địa phương"),
    ("award_form", "Hình thức khen thưởng (để trống nếu theo quyết định)"),
    ("small_collective", "Tập thể nhỏ (x)"),
    ("grassroots_unit", "Đơn vị cơ sở (x)"),
    ("direct_worker", "Lao động trực tiếp (x)"),
    ("worker", "Công nhân (x)"),
    ("farmer", "Nông dân (x)"),
]
HEADINGS = dict(COLUMNS)
REQUIRED = ("kind", "full_name")
FLAGS = ("small_collective", "grassroots_unit", "direct_worker", "worker", "farmer")
COLLECTIVE_FLAGS = ("small_collective", "grassroots_unit")
INDIVIDUAL_FLAGS = ("direct_worker", "worker", "farmer")
TEXT_LIMITS = {"full_name": 255, "position": 255, "unit": 255, "locality": 150}
KINDS = {"ca nhan": Awardee.Kind.INDIVIDUAL, "tap the": Awardee.Kind.COLLECTIVE}
TRUE_MARKS = {"x", "co", "1", "yes", "true", "dung"}
FALSE_MARKS = {"", "0", "khong", "no", "false"}

EXAMPLE_ROWS = [
    [
        "Cá nhân",
        "Nguyễn Thị Hường",
        "Nông dân",
        "Thôn Nà Pàn",
        "xã Tràng Các",
        "",
        "",
        "",
        "x",
        "",
        "x",
    ],
    [
        "Tập thể",
        "Tổ Y tế thôn Bản Chắt",
        "",
        "Trạm Y tế xã Thụy Hùng",
        "xã Thụy Hùng",
        "",
        "x",
        "",
        "",
        "",
        "",
    ],
]


def template_xlsx():
    return xlsx_bytes(
        [("Danh sách khen thưởng", [heading for _field, heading in COLUMNS], EXAMPLE_ROWS)]
    )


def template_csv():
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([heading for _field, heading in COLUMNS])
    writer.writerows(EXAMPLE_ROWS)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _forms_by_name():
    return {fold_words(str(form)): form for form in AwardForm.objects.all()}


def validate(rows, default_form):
    """(awardees, errors): unsaved Awardee objects, or the list of row errors."""
    if not rows:
        raise ImportFileError(_("Tệp không có dữ liệu."))
    positions = column_positions(rows[0][1], COLUMNS, REQUIRED)
    forms = _forms_by_name()
    awardees, errors = [], []
    for number, cells in rows[1:]:
        values = row_values(cells, positions)
        if not any(values.values()):
            continue  # blank line
        row_errors = []

        def error(field, message, number=number, row_errors=row_errors):
            row_errors.append(RowError(number, HEADINGS[field], message))

        kind = KINDS.get(fold_words(values.get("kind", "")))
        if kind is None:
            error("kind", _("Ghi “Cá nhân” hoặc “Tập thể”."))
        if not values.get("full_name"):
            error("full_name", _("Không được để trống."))
        for field, limit in TEXT_LIMITS.items():
            if len(values.get(field, "")) > limit:
                error(field, _("Dài quá %(limit)s ký tự.") % {"limit": limit})

        form = None
        if values.get("award_form"):
            form = forms.get(fold_words(values["award_form"]))
            if form is None:
                error(
                    "award_form",
                    _("“%(value)s” không có trong danh mục hình thức khen thưởng.")
                    % {"value": values["award_form"]},
                )
        flags = {}
        for field in FLAGS:
            mark = fold_words(values.get(field, ""))
            if mark in TRUE_MARKS:
                flags[field] = True
            elif mark in FALSE_MARKS:
                flags[field] = False
            else:
                error(field, _("Ghi “x” hoặc để trống."))
        if kind == Awardee.Kind.COLLECTIVE:
            for field in INDIVIDUAL_FLAGS:
                if flags.get(field):
                    error(field, _("Chỉ áp dụng cho cá nhân."))
        if kind == Awardee.Kind.INDIVIDUAL:
            for field in COLLECTIVE_FLAGS:
                if flags.get(field):
                    error(field, _("Chỉ áp dụng cho tập thể."))
        effective = form or default_form
        if kind and effective is not None and not effective.accepts(kind):
            error(
                "award_form",
                _("Hình thức “%(form)s” không áp dụng cho %(kind)s.")
                % {
                    "form": effective,
                    "kind": Awardee.Kind(kind).label.lower(),
                },
            )

        if row_errors:
            errors.extend(row_errors)
            continue
        awardees.append(
            Awardee(
                kind=kind,
                full_name=values["full_name"],
                position=values.get("position", ""),
                unit=values.get("unit", ""),
                locality=values.get("locality", ""),
                award_form=form,
                **{field: flags.get(field, False) for field in FLAGS},
            )
        )
    if not awardees and not errors:
        raise ImportFileError(_("Tệp không có dòng dữ liệu nào."))
    return awardees, errors


def _same_award(awardee):
    return (
        awardee.kind,
        fold_words(awardee.full_name),
        fold_words(awardee.unit),
        awardee.award_form_id,
    )


def _keep_rows_of_same_awards(old, new):
    """A replaced list keeps the row (so the verification code printed on certificates) of each
    awardee named again with the same kind, name, unit and award form."""
    rows = {}
    for awardee in old:
        if awardee.pk:
            rows.setdefault(_same_award(awardee), []).append(awardee.pk)
    for awardee in new:
        kept = rows.get(_same_award(awardee))
        if kept:
            awardee.pk = kept.pop(0)


def add_to_draft(decision, awardees, user, replace=False):
    """Put the awardees into a new draft revision of the decision (the workflow publishes it)."""
    draft = decision.get_latest_revision_as_object()
    if replace:
        _keep_rows_of_same_awards(draft.awardees.all(), awardees)
    existing = [] if replace else list(draft.awardees.all())
    start = max((a.sort_order or 0 for a in existing), default=-1) + 1
    for offset, awardee in enumerate(awardees):
        awardee.sort_order = start + offset
    draft.awardees.set(existing + awardees)
    return draft.save_revision(user=user, log_action=True)
