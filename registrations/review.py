"""What the council office sees of the units' records: one status per campaign or report
window, the rows of the overview, and the ranking of each cluster by report totals. Shared by
the office's admin views (registrations.admin_views) and the council's workbook
(registrations.exports)."""

from dataclasses import dataclass

from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.text import fold
from registrations.models import (
    EDITABLE_STATES,
    Cluster,
    Registration,
    ResultReport,
    SubmissionState,
    Unit,
)

REVIEW = "registrations.review_registration"
SENT_STATES = (SubmissionState.SUBMITTED, SubmissionState.ACCEPTED)


# What the office sees of a unit: one status per campaign or window ------------------------


class OfficeStatus(models.TextChoices):
    NOT_SENT = "chua-gui", gettext_lazy("Chưa gửi")
    OVERDUE = "qua-han", gettext_lazy("Quá hạn")
    SUBMITTED = "da-gui", gettext_lazy("Đã gửi")
    RETURNED = "tra-lai", gettext_lazy("Trả lại")
    ACCEPTED = "da-tiep-nhan", gettext_lazy("Đã tiếp nhận")


def office_status(record, period, now):
    """The status of a unit's record (or of its absence) for a campaign or report window."""
    if record is None:
        return OfficeStatus.OVERDUE if period.has_closed(now) else OfficeStatus.NOT_SENT
    if record.state == SubmissionState.SUBMITTED:
        return OfficeStatus.SUBMITTED
    if record.state == SubmissionState.ACCEPTED:
        return OfficeStatus.ACCEPTED
    if now >= record.effective_deadline:
        return OfficeStatus.OVERDUE
    if record.state == SubmissionState.RETURNED:
        return OfficeStatus.RETURNED
    return OfficeStatus.NOT_SENT


def sent_late(record, status):
    """Sent after the period's own deadline (on an extension); said only of a record that
    stands as sent, not of one returned since."""
    return status in (OfficeStatus.SUBMITTED, OfficeStatus.ACCEPTED) and record.is_late


def status_text(record, period, now):
    """The status as one phrase, for the spreadsheet: "Đã gửi (nộp muộn)"."""
    status = office_status(record, period, now)
    if sent_late(record, status):
        return _("%(status)s (nộp muộn)") % {"status": status.label}
    return status.label


@dataclass
class UnitRow:
    unit: Unit
    cluster: Cluster | None
    record: Registration | ResultReport | None
    status: OfficeStatus

    @property
    def is_late(self):
        return sent_late(self.record, self.status)

    @property
    def can_reopen(self):
        return self.record is None or self.record.state in EDITABLE_STATES


def clusters_of_year(year, *prefetch):
    clusters = Cluster.objects.filter(year=year).prefetch_related(
        Prefetch("members", to_attr="member_list"), *prefetch
    )
    # Sorted here, not by the database: both databases then agree on "Đ".
    return sorted(clusters, key=lambda cluster: fold(cluster.name))


def records_by_unit(campaign, window=None, queryset=None):
    """The registrations of a campaign, or the reports of a window, keyed by unit."""
    if queryset is None:
        if window is not None:
            queryset = ResultReport.objects.filter(window=window).select_related("window")
        else:
            queryset = Registration.objects.filter(campaign=campaign).select_related("campaign")
    return {record.unit_id: record for record in queryset.select_related("unit")}


def unit_rows(clusters, records, period, now):
    """Every member of the year's clusters and every unit with a record, in cluster order."""
    cluster_of, units = {}, {}
    for cluster in clusters:
        for unit in cluster.member_list:
            cluster_of.setdefault(unit.pk, cluster)
            units[unit.pk] = unit
    for record in records.values():
        units.setdefault(record.unit_id, record.unit)
    rows = [
        UnitRow(
            unit, cluster_of.get(pk), records.get(pk), office_status(records.get(pk), period, now)
        )
        for pk, unit in units.items()
    ]
    # Folded names, so "Đ" sorts with "D" and not after "Z".
    rows.sort(
        key=lambda row: (
            row.cluster is None,
            fold(row.cluster.name) if row.cluster else "",
            fold(row.unit.name),
        )
    )
    return rows


def latest_window(campaign, now=None):
    """The report window the office looks at by default: the last one already opened."""
    now = now or timezone.now()
    return campaign.windows.filter(opens_at__lte=now).order_by("-opens_at").first()


# Ranking of each cluster by its members' report totals ---------------------------------------


@dataclass
class RankEntry:
    unit: Unit
    report: ResultReport | None
    rank: int | None

    @property
    def score(self):
        return self.report.score_total if self.report else None


def members_by_name(cluster):
    return sorted(cluster.member_list, key=lambda unit: fold(unit.name))


def rank_cluster(cluster, reports):
    """The cluster's members by their sent reports' totals; equal totals share a rank (1, 1, 3)
    and members without a sent report come last, unranked."""
    scored = [
        (unit, reports[unit.pk])
        for unit in cluster.member_list
        if unit.pk in reports and reports[unit.pk].state in SENT_STATES
    ]
    scored.sort(key=lambda item: (-item[1].score_total, fold(item[0].name)))
    entries = []
    for position, (unit, report) in enumerate(scored, start=1):
        tied = entries and entries[-1].report.score_total == report.score_total
        entries.append(RankEntry(unit, report, entries[-1].rank if tied else position))
    scored_ids = {entry.unit.pk for entry in entries}
    unscored = [unit for unit in members_by_name(cluster) if unit.pk not in scored_ids]
    return entries + [RankEntry(unit, None, None) for unit in unscored]


def cluster_ranking(window):
    """For each cluster of the window's year: its ranked members and its maximum total."""
    clusters = clusters_of_year(window.campaign.year, "criteria")
    reports = records_by_unit(None, window)
    return [
        {
            "cluster": cluster,
            "max_total": cluster.max_total,
            "entries": rank_cluster(cluster, reports),
        }
        for cluster in clusters
    ]
