"""The office's actions on a unit's registration or report: return it with a reason, accept
it, or reopen it until a new deadline. Each tells the unit by e-mail or by the record's log."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.dates import format_moment
from registrations import workflow
from registrations.admin_views.common import (
    detail_url,
    email_unit,
    record_label,
    registration_or_404,
    report_or_404,
    review_required,
)
from registrations.admin_views.forms import ReopenForm, ReturnForm
from registrations.admin_views.records import record_page
from registrations.models import (
    EDITABLE_STATES,
    Campaign,
    Registration,
    ReportWindow,
    ResultReport,
    Unit,
)
from registrations.review import office_status
from registrations.views.reports import start_report


def _back(request, default):
    """Back to where the action was taken, if that is an address on this site."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(default)


def _return(request, record):
    form = ReturnForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Chưa trả lại được: xem lỗi trong mục Trả lại."))
        return record_page(request, record, return_form=form, http_status=400)
    try:
        record = workflow.return_for_changes(
            record, request.user, form.cleaned_data["reason"], until=form.cleaned_data["until"]
        )
    except workflow.TransitionRefused as refusal:
        # The reason stays in the form, so the office only picks the new deadline.
        messages.error(request, str(refusal))
        return record_page(request, record, return_form=form, http_status=400)
    email_unit(record, "office_returned")
    messages.success(
        request,
        _("Đã trả lại %(what)s của %(unit)s; đơn vị sửa và gửi lại được đến %(deadline)s.")
        % {
            "what": record_label(record),
            "unit": record.unit.name,
            "deadline": format_moment(record.effective_deadline),
        },
    )
    return _back(request, detail_url(record))


def _accept(request, record):
    try:
        record = workflow.accept(record, request.user)
    except workflow.TransitionRefused as refusal:
        messages.error(request, str(refusal))
        return _back(request, detail_url(record))
    email_unit(record, "office_accepted")
    messages.success(
        request,
        _("Đã tiếp nhận %(what)s của %(unit)s.")
        % {"what": record_label(record), "unit": record.unit.name},
    )
    return _back(request, detail_url(record))


@review_required
@require_POST
def registration_return(request, pk):
    return _return(request, registration_or_404(pk))


@review_required
@require_POST
def report_return(request, pk):
    return _return(request, report_or_404(pk))


@review_required
@require_POST
def registration_accept(request, pk):
    return _accept(request, registration_or_404(pk))


@review_required
@require_POST
def report_accept(request, pk):
    return _accept(request, report_or_404(pk))


def _reopen(request, period, unit, record, create):
    """Extend the deadline of a unit's draft or returned record; a unit that never started
    gets its draft created first, so it finds the record open when it signs in."""
    form = ReopenForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        until = form.cleaned_data["until"]
        try:
            with transaction.atomic():
                record = workflow.reopen(record or create(), request.user, until)
        except workflow.TransitionRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(
                request,
                _("Đã gia hạn %(what)s của %(unit)s đến %(until)s.")
                % {"what": record_label(record), "unit": unit.name, "until": format_moment(until)},
            )
            return _back(request, detail_url(record))
    now = timezone.now()
    return TemplateResponse(
        request,
        "registrations/admin/reopen.html",
        {
            "form": form,
            "period": period,
            "unit": unit,
            "record": record,
            "status": office_status(record, period, now),
            "deadline": record.effective_deadline if record else period.deadline,
            "can_reopen": record is None or record.state in EDITABLE_STATES,
            "detail_url": detail_url(record) if record else "",
            "next": request.POST.get("next") or request.GET.get("next", ""),
        },
        status=400 if request.method == "POST" else 200,
    )


@review_required
def registration_reopen(request, campaign_id, unit_id):
    campaign = get_object_or_404(Campaign, pk=campaign_id)
    unit = get_object_or_404(Unit, pk=unit_id)
    record = Registration.objects.filter(campaign=campaign, unit=unit).first()

    def create():
        draft, _created = workflow.get_or_create_draft(
            Registration, request.user, campaign=campaign, unit=unit
        )
        return draft

    return _reopen(request, campaign, unit, record, create)


@review_required
def report_reopen(request, window_id, unit_id):
    window = get_object_or_404(ReportWindow.objects.select_related("campaign"), pk=window_id)
    unit = get_object_or_404(Unit, pk=unit_id)
    record = ResultReport.objects.filter(window=window, unit=unit).first()

    # The unit's own report page starts a report the same way (registration, cluster and one
    # row per pledged indicator): a bare draft would miss them.
    return _reopen(request, window, unit, record, lambda: start_report(window, unit, request.user))
