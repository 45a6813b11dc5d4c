"""Importing rows into a registration from a spreadsheet: every row is checked first, and one
bad row means nothing is imported; each problem names its row (as the spreadsheet numbers
it) and its column."""

from django.utils.translation import gettext as _

from core.exports import xlsx_bytes
from core.spreadsheets import ImportFileError, RowError, column_positions, read_rows, row_values
from core.text import fold_words
from registrations.models import RegisteredIndividual

MAX_INDIVIDUALS = 500

INDIVIDUAL_COLUMNS = [
    ("full_name", "Họ và tên"),
    ("position", "Chức vụ, nơi công tác"),
    ("title", "Danh hiệu đăng ký"),
]
INDIVIDUAL_HEADINGS = dict(INDIVIDUAL_COLUMNS)
INDIVIDUAL_EXAMPLE = [
    ["Hoàng Thị Thu", "Chuyên viên Phòng Tổng hợp", "Chiến sĩ thi đua cơ sở"],
    ["Lộc Văn Bình", "Kế toán", "Lao động tiên tiến"],
]


def individuals_template_xlsx():
    return xlsx_bytes(
        [
            (
                "Danh sách cá nhân",
                [heading for _field, heading in INDIVIDUAL_COLUMNS],
                INDIVIDUAL_EXAMPLE,
            )
        ]
    )


def validate_individuals(rows, titles):
    """(individuals, errors) from the rows of a spreadsheet; `titles` are the campaign's
    individual titles, matched by name without regard to accents or case."""
    if not rows:
        raise ImportFileError(_("Tệp không có dữ liệu."))
    positions = column_positions(rows[0][1], INDIVIDUAL_COLUMNS, ("full_name", "title"))
    by_name = {fold_words(str(title)): title for title in titles}
    individuals, errors = [], []
    for number, cells in rows[1:]:
        values = row_values(cells, positions)
        if not any(values.values()):
            continue
        row_errors = []
        if not values["full_name"]:
            row_errors.append(
                RowError(number, INDIVIDUAL_HEADINGS["full_name"], _("Không được để trống."))
            )
        elif len(values["full_name"]) > 150:
            row_errors.append(
                RowError(number, INDIVIDUAL_HEADINGS["full_name"], _("Dài quá 150 ký tự."))
            )
        if len(values.get("position", "")) > 255:
            row_errors.append(
                RowError(number, INDIVIDUAL_HEADINGS["position"], _("Dài quá 255 ký tự."))
            )
        title = by_name.get(fold_words(values["title"]))
        if title is None:
            row_errors.append(
                RowError(
                    number,
                    INDIVIDUAL_HEADINGS["title"],
                    _("“%(value)s” không có trong các danh hiệu cá nhân của đợt đăng ký.")
                    % {"value": values["title"]}
                    if values["title"]
                    else _("Không được để trống."),
                )
            )
        if row_errors:
            errors.extend(row_errors)
            continue
        individuals.append(
            RegisteredIndividual(
                full_name=values["full_name"], position=values.get("position", ""), title=title
            )
        )
    if not individuals and not errors:
        raise ImportFileError(_("Tệp không có dòng dữ liệu nào."))
    return individuals, errors


def import_individuals(registration, upload):
    """Append the file's individuals to the registration: (count added, row errors). Raises
    ImportFileError when the file as a whole cannot be read."""
    rows = read_rows(upload, max_rows=MAX_INDIVIDUALS, headings=INDIVIDUAL_HEADINGS.values())
    individuals, errors = validate_individuals(rows, registration.campaign.individual_titles.all())
    if errors:
        return 0, errors
    existing = registration.individuals.count()
    if existing + len(individuals) > MAX_INDIVIDUALS:
        raise ImportFileError(
            _("Mỗi bản đăng ký có tối đa %(max)s cá nhân.") % {"max": MAX_INDIVIDUALS}
        )
    for offset, individual in enumerate(individuals):
        individual.registration = registration
        individual.sort_order = existing + offset
    RegisteredIndividual.objects.bulk_create(individuals)
    return len(individuals), []
