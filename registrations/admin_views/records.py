"""The office's overview of a period, a registration or report in full with its versions and
log, and a report's attachments."""

from decimal import Decimal

from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from registrations.admin_views.common import (
    detail_url,
    is_report,
    period_query,
    registration_or_404,
    report_or_404,
    review_required,
)
from registrations.admin_views.forms import OverviewFilterForm, ReopenForm, ReturnForm
from registrations.models import EDITABLE_STATES, ResultReport, SubmissionState
from registrations.review import (
    SENT_STATES,
    OfficeStatus,
    clusters_of_year,
    office_status,
    records_by_unit,
    sent_late,
    unit_rows,
)
from registrations.views.reports import attachment_response


def _reopen_url(record):
    if is_report(record):
        return reverse(
            "registrations_office:report_reopen", args=[record.window_id, record.unit_id]
        )
    return reverse(
        "registrations_office:registration_reopen", args=[record.campaign_id, record.unit_id]
    )


def _content_context(record, data):
    """What the content include needs, for the record as it is now or for a version."""
    if not is_report(record):
        return {"data": data, "content_template": "registrations/includes/registration_body.html"}
    listed_max = sum((Decimal(score["max_points"]) for score in data.get("scores", [])), Decimal(0))
    return {
        "data": data,
        "content_template": "registrations/includes/report_body.html",
        "max_total": record.cluster.max_total if record.cluster_id else listed_max,
    }


def _status_counts(request, rows):
    counts = dict.fromkeys(OfficeStatus, 0)
    for row in rows:
        counts[row.status] += 1
    links = []
    for status, count in counts.items():
        query = request.GET.copy()
        query["status"] = status.value
        links.append({"status": status, "count": count, "query": query.urlencode()})
    return links


@review_required
def overview(request):
    now = timezone.now()
    form = OverviewFilterForm(request.GET, now=now)
    campaign, window = form.campaign, form.window
    rows, counts = [], []
    if campaign is not None:
        period = window or campaign
        rows = unit_rows(
            clusters_of_year(campaign.year), records_by_unit(campaign, window), period, now
        )
        if form.cleaned_data.get("cluster"):
            rows = [row for row in rows if row.cluster == form.cleaned_data["cluster"]]
        counts = _status_counts(request, rows)
        if form.cleaned_data.get("status"):
            rows = [row for row in rows if row.status == form.cleaned_data["status"]]
    return TemplateResponse(
        request,
        "registrations/admin/overview.html",
        {
            "filter_form": form,
            "campaign": campaign,
            "window": window,
            "period": window or campaign,
            "rows": rows,
            "counts": counts,
            "total": sum(item["count"] for item in counts),
            "period_query": period_query(campaign, window),
        },
    )


def _record_period_query(record):
    if is_report(record):
        return period_query(record.window.campaign, record.window)
    return period_query(record.campaign, None)


def record_page(request, record, *, return_form=None, http_status=200):
    now = timezone.now()
    state = record.state
    status = office_status(record, record.period, now)
    context = {
        "record": record,
        "is_report": is_report(record),
        "period": record.period,
        "status": status,
        "is_late": sent_late(record, status),
        "deadline_passed": record.effective_deadline <= now,
        "versions": record.versions.select_related("submitted_by"),
        "log_entries": record.log_entries.select_related("user"),
        "return_form": return_form or ReturnForm(),
        "reopen_form": ReopenForm(),
        "can_return": state in SENT_STATES,
        "can_accept": state == SubmissionState.SUBMITTED,
        "can_reopen": state in EDITABLE_STATES,
        "reopen_url": _reopen_url(record),
        # Where the action forms go back to; a refused action keeps the page it came from.
        "next_url": request.POST.get("next", "")
        if request.method == "POST"
        else request.get_full_path(),
        "overview_query": _record_period_query(record),
        **_content_context(record, record.snapshot()),
    }
    if is_report(record):
        context["attachments"] = record.attachments.all()
    return TemplateResponse(request, "registrations/admin/record.html", context, status=http_status)


@review_required
def registration_detail(request, pk):
    return record_page(request, registration_or_404(pk))


@review_required
def report_detail(request, pk):
    return record_page(request, report_or_404(pk))


def _version_page(request, record, number):
    version = get_object_or_404(record.versions.select_related("submitted_by"), number=number)
    return TemplateResponse(
        request,
        "registrations/admin/version.html",
        {
            "record": record,
            "is_report": is_report(record),
            "version": version,
            "detail_url": detail_url(record),
            **_content_context(record, version.data),
        },
    )


@review_required
def registration_version(request, pk, number):
    return _version_page(request, registration_or_404(pk), number)


@review_required
def report_version(request, pk, number):
    return _version_page(request, report_or_404(pk), number)


@review_required
def report_attachment(request, pk, attachment_id):
    report = get_object_or_404(ResultReport, pk=pk)
    return attachment_response(get_object_or_404(report.attachments, pk=attachment_id))
