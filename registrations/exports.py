"""The council's workbook for a campaign, and for one of its report windows when chosen.

One sheet per cluster (each unit's registration state, collective titles, number of
individuals; with a window, the report state, the self-score total and the rank in the
cluster), one for units outside any cluster that sent something, the individuals grouped by
the title they aim at, and the pledged indicators with their actual values. Content is what
units have sent (submitted or accepted): drafts and returned records are still being changed.
Every query is per sheet, never per unit."""

import re

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from core.exports import export_filename, export_title, xlsx_response
from core.text import fold
from registrations.models import (
    IndicatorResult,
    PledgedIndicator,
    RegisteredIndividual,
    Registration,
)
from registrations.review import (
    SENT_STATES,
    clusters_of_year,
    latest_window,
    members_by_name,
    rank_cluster,
    records_by_unit,
    status_text,
)

MAX_SHEET_TITLE = 31
# Characters Excel refuses in a sheet title.
SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def sheet_title(name, taken):
    """A unique sheet title of at most 31 characters; `taken` holds the folded titles used."""
    base = SHEET_TITLE_FORBIDDEN.sub("-", name).strip().strip("'") or "-"
    title, number = base[:MAX_SHEET_TITLE].rstrip(), 1
    while title.casefold() in taken:
        number += 1
        suffix = f" ({number})"
        title = base[: MAX_SHEET_TITLE - len(suffix)].rstrip() + suffix
    taken.add(title.casefold())
    return title


def _registrations(campaign):
    queryset = (
        Registration.objects.filter(campaign=campaign)
        .select_related("campaign")
        .prefetch_related("collective_titles")
        .annotate(individual_count=Count("individuals"))
    )
    return records_by_unit(campaign, queryset=queryset)


def _unit_sheet_header(window):
    header = [
        _("STT"),
        _("Đơn vị"),
        _("Trạng thái đăng ký"),
        _("Gửi lúc"),
        _("Danh hiệu tập thể đăng ký"),
        _("Số cá nhân đăng ký"),
    ]
    if window is not None:
        header += [_("Trạng thái báo cáo"), _("Tổng điểm tự chấm"), _("Xếp hạng trong cụm, khối")]
    return header


def _unit_row(number, unit, context):
    campaign, window, now = context["campaign"], context["window"], context["now"]
    registration = context["registrations"].get(unit.pk)
    sent = registration is not None and registration.state in SENT_STATES
    row = [
        number,
        unit.name,
        status_text(registration, campaign, now),
        registration.submitted_at if registration else None,
        "; ".join(str(title) for title in registration.collective_titles.all()) if sent else "",
        registration.individual_count if sent else "",
    ]
    if window is not None:
        report = context["reports"].get(unit.pk)
        report_sent = report is not None and report.state in SENT_STATES
        row += [
            status_text(report, window, now),
            report.score_total if report_sent else "",
            context["ranks"].get(unit.pk) or "",
        ]
    return row


def _unit_sheets(context, taken):
    clusters = context["clusters"]
    header = _unit_sheet_header(context["window"])
    sheets, placed = [], set()
    for cluster in clusters:
        members = members_by_name(cluster)
        placed.update(unit.pk for unit in members)
        rows = [_unit_row(n, unit, context) for n, unit in enumerate(members, start=1)]
        sheets.append((sheet_title(cluster.name, taken), header, rows))
    others = {
        record.unit_id: record.unit
        for records in (context["registrations"], context["reports"])
        for record in records.values()
        if record.unit_id not in placed
    }
    if others:
        units = sorted(others.values(), key=lambda unit: fold(unit.name))
        rows = [_unit_row(n, unit, context) for n, unit in enumerate(units, start=1)]
        sheets.append((sheet_title(_("Ngoài cụm, khối"), taken), header, rows))
    return sheets


def _individuals_sheet(campaign, title):
    individuals = (
        RegisteredIndividual.objects.filter(
            registration__campaign=campaign, registration__state__in=SENT_STATES
        )
        .select_related("title", "registration__unit")
        .order_by(
            "title__sort_order",
            "title__name",
            "title__rank",
            "registration__unit__name",
            "sort_order",
            "pk",
        )
    )
    rows = (
        [str(person.title), person.registration.unit.name, person.full_name, person.position]
        for person in individuals
    )
    return (title, [_("Danh hiệu"), _("Đơn vị"), _("Họ và tên"), _("Chức vụ, nơi công tác")], rows)


def _indicators_sheet(campaign, window, title):
    indicators = (
        PledgedIndicator.objects.filter(
            registration__campaign=campaign, registration__state__in=SENT_STATES
        )
        .select_related("registration__unit")
        .order_by("registration__unit__name", "sort_order", "pk")
    )
    results = {}
    if window is not None:
        results = {
            result.indicator_id: result
            for result in IndicatorResult.objects.filter(
                report__window=window,
                report__state__in=SENT_STATES,
                indicator__registration__campaign=campaign,
            )
        }
    actual_label = (
        _("Thực hiện (%(window)s)") % {"window": window.title} if window else _("Thực hiện")
    )
    header = [
        _("Đơn vị"),
        _("Nội dung chỉ tiêu"),
        _("Đơn vị tính"),
        _("Kế hoạch"),
        actual_label,
        _("Ghi chú"),
        _("Ghi chú kết quả"),
    ]

    def row(indicator):
        result = results.get(indicator.pk)
        actual = result.actual_value if result and result.actual_value is not None else ""
        return [
            indicator.registration.unit.name,
            indicator.content,
            indicator.measure,
            indicator.planned_value,
            actual,
            indicator.note,
            result.note if result else "",
        ]

    return (title, header, (row(indicator) for indicator in indicators))


def council_sheets(campaign, window=None, now=None):
    now = now or timezone.now()
    clusters = clusters_of_year(campaign.year)
    reports = records_by_unit(campaign, window) if window is not None else {}
    ranks = {
        entry.unit.pk: entry.rank
        for cluster in clusters
        for entry in rank_cluster(cluster, reports)
        if entry.rank is not None
    }
    context = {
        "campaign": campaign,
        "window": window,
        "now": now,
        "clusters": clusters,
        "registrations": _registrations(campaign),
        "reports": reports,
        "ranks": ranks,
    }
    individuals_title, indicators_title = _("Cá nhân theo danh hiệu"), _("Chỉ tiêu")
    taken = {individuals_title.casefold(), indicators_title.casefold()}
    return [
        *_unit_sheets(context, taken),
        _individuals_sheet(campaign, individuals_title),
        # Actual values of the chosen window, or of the latest one opened.
        _indicators_sheet(campaign, window or latest_window(campaign, now), indicators_title),
    ]


def council_xlsx(campaign, window=None):
    what = _("Đăng ký thi đua – %(campaign)s") % {"campaign": campaign}
    parts = [_("Đăng ký thi đua"), str(campaign.year), f"dot-{campaign.pk}"]
    if window is not None:
        what += " – " + str(window)
        parts.append(f"ky-{window.pk}")
    return xlsx_response(
        export_filename(*parts), council_sheets(campaign, window), title=export_title(what)
    )
