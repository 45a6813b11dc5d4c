"""Importing units and their officers from the XLSX/CSV template.

Every row is checked first; one bad row means nothing is imported, and each problem names its
row (as the spreadsheet numbers it) and column. A known unit code updates that unit: its name
and kind always, the other unit columns only where the cell is filled, so a short file never
wipes what was typed in the admin. New officers get their account and an invitation, sent
once everything has been saved.
"""

import re
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _

from core import audit, spreadsheets
from core.exports import xlsx_bytes
from core.spreadsheets import ImportFileError, RowError, column_positions, row_values
from core.text import fold_words
from home.models import Locality, office_short_name
from registrations.accounts import create_officer, invite_officer
from registrations.models import Unit, UnitKind, UnitOfficer

__all__ = ["ImportFileError", "read_rows", "save", "template_xlsx", "validate"]

# (field, column heading in the template)
COLUMNS = [
    ("code", "Mã đơn vị"),
    ("name", "Tên đơn vị"),
    ("short_name", "Tên viết tắt"),
    ("kind", "Loại đơn vị"),
    ("parent", "Mã đơn vị cấp trên"),
    ("locality", "Địa bàn"),
    ("address", "Địa chỉ"),
    ("phone", "Điện thoại"),
    ("email", "Thư điện tử đơn vị"),
    ("officer_name", "Cán bộ: họ và tên"),
    ("officer_username", "Cán bộ: tên đăng nhập"),
    ("officer_email", "Cán bộ: thư điện tử"),
    ("officer_position", "Cán bộ: chức vụ"),
]
HEADINGS = dict(COLUMNS)
REQUIRED = ("code", "name", "kind")
OFFICER_FIELDS = ("officer_name", "officer_username", "officer_email", "officer_position")
# Filled cells of these columns overwrite an existing unit's value; blank ones leave it.
OPTIONAL_UNIT_FIELDS = ("short_name", "address", "phone", "email")
CODE = re.compile(r"[-A-Za-z0-9_]+")
LIMITS = {
    **{
        field: Unit._meta.get_field(field).max_length
        for field in ("code", "name", "short_name", "address", "phone")
    },
    "officer_name": 150,  # each of first_name and last_name holds at most 150
    "officer_username": get_user_model()._meta.get_field("username").max_length,
    "officer_position": UnitOfficer._meta.get_field("position").max_length,
}

EXAMPLE_ROWS = [
    [
        "SNV",
        "Sở Nội vụ",
        "SNV",
        "Sở, ban, ngành",
        "",
        "",
        "Số 1 đường Hùng Vương",
        "0200 3812 345",
        "vanphong@sonoivu.example.vn",
        "Nguyễn Thị Lan",
        "snv.lan",
        "lan.nt@sonoivu.example.vn",
        "Chuyên viên Phòng Thi đua – Khen thưởng",
    ],
]


def office_example_row():
    """The standing office as a unit under Sở Nội vụ, named as this province names it."""
    name = office_short_name()
    short_name = name.replace("Thi đua – Khen thưởng", "TĐKT")
    if short_name == name or len(short_name) > LIMITS["short_name"]:
        short_name = ""
    return ["SNV-BTDKT", name, short_name, "Sở, ban, ngành", "SNV", "", "", "", "", "", "", "", ""]


def template_xlsx():
    rows = [*EXAMPLE_ROWS, office_example_row()]
    return xlsx_bytes([("Đơn vị và cán bộ", [heading for _field, heading in COLUMNS], rows)])


@dataclass
class PlannedRow:
    number: int
    values: dict
    kind: str
    locality: Locality | None
    new_officer: bool


def _kinds_in_use():
    today = timezone.localdate()
    return [kind for kind in UnitKind.objects.all() if kind.in_use_on(today)]


def _kinds():
    """Names and codes alike, folded: "So, ban, nganh" and "so_nganh" both match; only the
    kinds in use today (no new "huyện" after 1/7/2025)."""
    kinds = {}
    for kind in _kinds_in_use():
        kinds[fold_words(kind.name)] = kinds[fold_words(kind.code)] = kind.code
    return kinds


def kind_labels():
    return "; ".join(kind.name for kind in _kinds_in_use())


def read_rows(upload):
    """The file's rows, reading only the template's columns."""
    return spreadsheets.read_rows(upload, headings=HEADINGS.values())


def _is_email(value):
    try:
        validate_email(value)
    except ValidationError:
        return False
    return True


def validate(rows):
    """(planned rows, errors) from the rows of a spreadsheet; nothing is saved."""
    if not rows:
        raise ImportFileError(_("Tệp không có dữ liệu."))
    positions = column_positions(rows[0][1], COLUMNS, REQUIRED)
    data = [(number, row_values(cells, positions)) for number, cells in rows[1:]]
    data = [(number, values) for number, values in data if any(values.values())]
    if not data:
        raise ImportFileError(_("Tệp không có dòng dữ liệu nào."))

    kinds = _kinds()
    localities = {fold_words(locality.name): locality for locality in Locality.objects.all()}
    parents = dict(Unit.objects.values_list("code", "parent__code"))  # code -> parent code
    file_codes = {values.get("code", "") for _number, values in data}
    usernames = {values.get("officer_username", "").lower() for _number, values in data} - {""}
    taken = dict(  # lower-cased username -> code of the unit it is an officer of (or None)
        get_user_model()
        .objects.annotate(lower=Lower("username"))
        .filter(lower__in=usernames)
        .values_list("lower", "unit_officer__unit__code")
    )

    planned, errors, code_rows, username_rows = [], [], {}, {}
    for number, values in data:
        problems = []  # (field, message)
        code = values.get("code", "")
        for field, limit in LIMITS.items():
            if len(values.get(field, "")) > limit:
                problems.append((field, _("Dài quá %(limit)s ký tự.") % {"limit": limit}))
        if not code:
            problems.append(("code", _("Không được để trống.")))
        elif not CODE.fullmatch(code):
            problems.append(("code", _("Chỉ dùng chữ không dấu, chữ số, “-” và “_”.")))
        elif code in code_rows:
            problems.append(("code", _("Trùng mã với dòng %(row)s.") % {"row": code_rows[code]}))
        else:
            code_rows[code] = number
        if not values.get("name"):
            problems.append(("name", _("Không được để trống.")))
        kind = kinds.get(fold_words(values.get("kind", "")))
        if kind is None:
            problems.append(("kind", _("Ghi một trong: %(kinds)s.") % {"kinds": kind_labels()}))
        parent = values.get("parent", "")
        if parent and parent == code:
            problems.append(("parent", _("Đơn vị không thể là cấp trên của chính nó.")))
        elif parent and parent not in parents and parent not in file_codes:
            problems.append(
                (
                    "parent",
                    _("Không có đơn vị mã “%(code)s” (trong hệ thống hoặc trong tệp).")
                    % {"code": parent},
                )
            )
        locality = None
        if values.get("locality"):
            locality = localities.get(fold_words(values["locality"]))
            if locality is None:
                problems.append(
                    (
                        "locality",
                        _("“%(value)s” không có trong danh sách địa bàn.")
                        % {"value": values["locality"]},
                    )
                )
        if values.get("email") and not _is_email(values["email"]):
            problems.append(("email", _("Địa chỉ thư điện tử không hợp lệ.")))

        new_officer = False
        if any(values.get(field) for field in OFFICER_FIELDS):
            problems.extend(_officer_problems(values, code, taken, username_rows, number))
            new_officer = values.get("officer_username", "").lower() not in taken

        if problems:
            errors.extend(RowError(number, HEADINGS[field], message) for field, message in problems)
            continue
        planned.append(PlannedRow(number, values, kind, locality, new_officer))

    if not errors:
        errors = _cycle_errors(planned, parents)
    return planned, errors


def _officer_problems(values, code, taken, username_rows, number):
    problems = []
    for field in ("officer_name", "officer_username", "officer_email"):
        if not values.get(field):
            problems.append((field, _("Không được để trống khi có thông tin cán bộ.")))
    username = values.get("officer_username", "")
    if username:
        key = username.lower()
        try:
            get_user_model().username_validator(username)
        except ValidationError:
            problems.append(("officer_username", _("Chỉ dùng chữ, chữ số và các ký tự @ . + - _.")))
        if key in username_rows:
            problems.append(
                (
                    "officer_username",
                    _("Trùng tên đăng nhập với dòng %(row)s.") % {"row": username_rows[key]},
                )
            )
        username_rows.setdefault(key, number)
        # Listing an officer the unit already has changes nothing; any other account is taken.
        if key in taken and taken[key] != code:
            problems.append(
                ("officer_username", _("Tên đăng nhập “%(name)s” đã có.") % {"name": username})
            )
    if values.get("officer_email") and not _is_email(values["officer_email"]):
        problems.append(("officer_email", _("Địa chỉ thư điện tử không hợp lệ.")))
    return problems


def _cycle_errors(planned, parents):
    """A unit may not end up above itself, through the file's parents and the database's."""
    parents = dict(parents)
    parents.update((r.values["code"], r.values["parent"]) for r in planned if r.values["parent"])
    errors = []
    for row in planned:
        seen, code = set(), row.values["code"]
        while code and code not in seen:
            seen.add(code)
            code = parents.get(code)
        if code == row.values["code"]:
            errors.append(
                RowError(
                    row.number,
                    HEADINGS["parent"],
                    _("Đơn vị cấp trên tạo thành vòng: đơn vị sẽ là cấp trên của chính nó."),
                )
            )
    return errors


@dataclass
class ImportResult:
    units_created: int
    units_updated: int
    officers_created: int


@transaction.atomic
def save(planned, request=None):
    """Create or update the units, then their parents (a parent may come later in the file),
    then the new officers; invitations leave once the transaction has committed."""
    units, created = {}, 0
    for row in planned:
        values = row.values
        unit = Unit.objects.filter(code=values["code"]).first()
        if unit is None:
            unit, created = Unit(code=values["code"]), created + 1
        unit.name, unit.kind_id = values["name"], row.kind
        for field in OPTIONAL_UNIT_FIELDS:
            if values.get(field):
                setattr(unit, field, values[field])
        if row.locality is not None:
            unit.locality = row.locality
        unit.save()
        units[unit.code] = unit
    for row in planned:
        if row.values.get("parent"):
            unit = units[row.values["code"]]
            unit.parent = units.get(row.values["parent"]) or Unit.objects.get(
                code=row.values["parent"]
            )
            unit.save(update_fields=["parent"])
    officers = 0
    for row in planned:
        if row.new_officer:
            values = row.values
            officer = create_officer(
                units[values["code"]],
                values["officer_name"],
                values["officer_username"],
                values["officer_email"],
                values.get("officer_position", ""),
            )
            invite_officer(officer, request)  # queued by core.mail on commit
            officers += 1
    result = ImportResult(created, len(planned) - created, officers)
    audit.record_for_model(
        Unit,
        "tdkt.import",
        getattr(request, "user", None),
        _("Nhập đơn vị và cán bộ từ tệp"),
        created=result.units_created,
        updated=result.units_updated,
        officers=officers,
    )
    return result
