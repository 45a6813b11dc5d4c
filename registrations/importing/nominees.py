"""Importing the nominees of a proposal from a spreadsheet: every row is checked first (the
same rules as the nominee form, the award among the round's), and one bad row means nothing
is imported; each problem names its row (as the spreadsheet numbers it) and its column."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from core.exports import xlsx_bytes
from core.spreadsheets import ImportFileError, RowError, column_positions, read_rows, row_values
from core.text import fold_words
from registrations.models import Gender, ProposedNominee

MAX_NOMINEES = 300

NOMINEE_COLUMNS = [
    ("kind", "Cá nhân / tập thể"),
    ("full_name", "Họ và tên / tên tập thể"),
    ("birth_year", "Năm sinh"),
    ("gender", "Giới tính"),
    ("position", "Chức vụ, nghề nghiệp"),
    ("workplace", "Đơn vị công tác"),
    ("award", "Hình thức đề nghị"),
    ("small_collective", "Tập thể nhỏ"),
    ("grassroots_unit", "Đơn vị cơ sở"),
    ("direct_worker", "Người lao động trực tiếp"),
    ("worker", "Công nhân"),
    ("farmer", "Nông dân"),
    ("members_total", "Tổng số thành viên"),
    ("members_titled", "Số thành viên đạt danh hiệu"),
    ("summary", "Tóm tắt thành tích"),
]
HEADINGS = dict(NOMINEE_COLUMNS)
REQUIRED_COLUMNS = ("full_name", "award", "summary")
GROUP_FIELDS = ("small_collective", "grassroots_unit", "direct_worker", "worker", "farmer")
TEXT_LIMITS = {"full_name": 255, "position": 255, "workplace": 255}

KINDS = {
    "": ProposedNominee.Kind.INDIVIDUAL,
    "ca nhan": ProposedNominee.Kind.INDIVIDUAL,
    "tap the": ProposedNominee.Kind.COLLECTIVE,
}
GENDERS = {"": "", "nam": Gender.MALE, "nu": Gender.FEMALE}
TICKED = {"x", "co", "1", "yes"}
UNTICKED = {"", "khong", "0", "no"}

EXAMPLE = [
    ["Cá nhân", "Hoàng Thị Thu", "1982", "Nữ", "Chuyên viên", "Phòng Tổng hợp",
     "Bằng khen của Chủ tịch UBND tỉnh", "", "", "x", "", "", "", "",
     "Hai năm liên tục Chiến sĩ thi đua cơ sở; hai sáng kiến được công nhận."],
    ["Tập thể", "Phòng Tổng hợp", "", "", "", "Sở Thử nghiệm",
     "Bằng khen của Chủ tịch UBND tỉnh", "x", "", "", "", "", "12", "10",
     "Hoàn thành xuất sắc nhiệm vụ năm; 10/12 thành viên đạt danh hiệu thi đua."],
]  # fmt: skip


def nominees_template_xlsx():
    """The file to fill in (an example, no personal data of anyone real)."""
    return xlsx_bytes(
        [("Danh sách đề nghị", [heading for _field, heading in NOMINEE_COLUMNS], EXAMPLE)]
    )


def _whole_number(text):
    text = text.strip().replace(".", "").replace(" ", "")
    if text.endswith(",0"):
        text = text[:-2]
    return int(text) if text.isdigit() else None


def _row_nominee(number, values, awards_by_name):
    """(nominee or None, [RowError]) for one row."""
    errors = []

    def problem(field, message):
        errors.append(RowError(number, HEADINGS[field], message))

    fields = {}
    kind = KINDS.get(fold_words(values.get("kind", "")))
    if kind is None:
        problem("kind", _("Ghi “Cá nhân” hoặc “Tập thể”."))
        kind = ProposedNominee.Kind.INDIVIDUAL
    fields["kind"] = kind
    for name in ("full_name", "summary"):
        if not values.get(name, "").strip():
            problem(name, _("Không được để trống."))
    for name, limit in TEXT_LIMITS.items():
        if len(values.get(name, "")) > limit:
            problem(name, _("Dài quá %(n)s ký tự.") % {"n": limit})
    for name in ("full_name", "position", "workplace", "summary"):
        fields[name] = values.get(name, "").strip()

    award_text = values.get("award", "").strip()
    award = awards_by_name.get(fold_words(award_text))
    if not award_text:
        problem("award", _("Không được để trống."))
    elif award is None:
        problem(
            "award",
            _("“%(value)s” không có trong các hình thức của đợt đề nghị.") % {"value": award_text},
        )
    fields["award_form"] = award

    for name in ("birth_year", "members_total", "members_titled"):
        text = values.get(name, "").strip()
        fields[name] = _whole_number(text) if text else None
        if text and fields[name] is None:
            problem(name, _("Nhập một số nguyên."))
    gender = GENDERS.get(fold_words(values.get("gender", "")))
    if gender is None:
        problem("gender", _("Ghi “Nam” hoặc “Nữ”."))
    fields["gender"] = gender or ""
    if kind == ProposedNominee.Kind.INDIVIDUAL:
        if not values.get("birth_year", "").strip():
            problem("birth_year", _("Cá nhân cần có năm sinh."))
        if gender == "":
            problem("gender", _("Cá nhân cần ghi giới tính."))
    for name in GROUP_FIELDS:
        mark = fold_words(values.get(name, ""))
        if mark not in TICKED | UNTICKED:
            problem(name, _("Ghi “x” nếu thuộc nhóm này, để trống nếu không."))
        fields[name] = mark in TICKED

    if errors or award is None:
        return None, errors
    nominee = ProposedNominee(**fields)
    try:  # the nominee form's own rules: the award fits the kind, a collective has no age
        nominee.full_clean(exclude=["proposal"])
    except ValidationError as error:
        for field, messages in error.message_dict.items():
            column = HEADINGS.get("award" if field == "award_form" else field, "")
            errors.extend(RowError(number, column, message) for message in messages)
        return None, errors
    return nominee, []


def validate_nominees(rows, awards):
    """(nominees, errors) from the rows of a spreadsheet; `awards` are the round's award
    forms, matched by name without regard to accents or case."""
    if not rows:
        raise ImportFileError(_("Tệp không có dữ liệu."))
    positions = column_positions(rows[0][1], NOMINEE_COLUMNS, REQUIRED_COLUMNS)
    by_name = {fold_words(str(award)): award for award in awards}
    nominees, errors = [], []
    for number, cells in rows[1:]:
        values = row_values(cells, positions)
        if not any(value.strip() for value in values.values()):
            continue
        nominee, row_errors = _row_nominee(number, values, by_name)
        errors.extend(row_errors)
        if nominee is not None:
            nominees.append(nominee)
    if not nominees and not errors:
        raise ImportFileError(_("Tệp không có dòng dữ liệu nào."))
    return nominees, errors


def import_nominees(proposal, upload):
    """Append the file's nominees to the proposal: (count added, row errors). Raises
    ImportFileError when the file as a whole cannot be read."""
    rows = read_rows(upload, max_rows=MAX_NOMINEES, headings=HEADINGS.values())
    awards = [entry.award_form for entry in proposal.round.awards.select_related("award_form")]
    nominees, errors = validate_nominees(rows, awards)
    if errors:
        return 0, errors
    existing = proposal.nominees.count()
    if existing + len(nominees) > MAX_NOMINEES:
        raise ImportFileError(
            _("Mỗi hồ sơ đề nghị có tối đa %(max)s người, tập thể.") % {"max": MAX_NOMINEES}
        )
    for offset, nominee in enumerate(nominees):
        nominee.proposal = proposal
        nominee.sort_order = existing + offset
    ProposedNominee.objects.bulk_create(nominees)
    return len(nominees), []
