"""A unit's result report for a report window: starting it, the form with results, scores and
PDF attachments, the confirmation and the printable copies. The office's review screens start
a report and serve its attachments the same way (registrations.admin_views)."""

from django.contrib import messages
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

from core.dates import format_moment
from registrations import workflow
from registrations.forms import AttachmentForm, IndicatorResultFormSet, ReportForm, ScoreForm
from registrations.models import (
    Cluster,
    CriterionScore,
    IndicatorResult,
    PendingUpload,
    Registration,
    ReportAttachment,
    ReportWindow,
    ResultReport,
)
from registrations.views.common import (
    PUBLIC_STATES,
    confirmation_page,
    deadline_refusal,
    error_summary,
    printed_copy,
    render_page,
    route_url,
    see_other,
    send_step,
    typed_something,
    unit_view,
)

MAX_ATTACHMENTS = 10


def _opened_window(window_id):
    return get_object_or_404(
        ReportWindow.objects.select_related("campaign"), pk=window_id, opens_at__lte=timezone.now()
    )


def unit_cluster(unit, year):
    return Cluster.objects.filter(year=year, members=unit).prefetch_related("criteria").first()


def start_report(window, unit, user):
    """The unit's report for the window, created the first time."""
    report, _created = workflow.get_or_create_draft(ResultReport, user, window=window, unit=unit)
    return link_report(report)


def link_report(report):
    """Keep an editable report in step with what it reports on: the unit's registration, its
    cluster of the year (criteria to score), and a row per pledged indicator (a registration
    returned and extended after the report was started may have gained some)."""
    if report.state not in workflow.EDITABLE_STATES:
        return report
    campaign, changed = report.window.campaign, []
    if report.registration_id is None:
        report.registration = Registration.objects.filter(
            campaign=campaign, unit=report.unit_id
        ).first()
        changed += ["registration"] if report.registration_id else []
    if report.cluster_id is None:
        report.cluster = unit_cluster(report.unit_id, campaign.year)
        changed += ["cluster"] if report.cluster_id else []
    if changed:
        report.save(update_fields=[*changed, "updated_at"])
    if report.registration_id:
        IndicatorResult.objects.bulk_create(
            [
                IndicatorResult(report=report, indicator=indicator)
                for indicator in report.registration.indicators.all()
            ],
            ignore_conflicts=True,
        )
    return report


def _report_forms(report, data=None, files=None, user=None):
    criteria = report.cluster.criteria.all() if report.cluster_id else []
    initial_scores = {score.criterion_id: score.points for score in report.scores.all()}
    return (
        ReportForm(data, instance=report),
        IndicatorResultFormSet(
            data,
            prefix="results",
            queryset=report.indicator_results.select_related("indicator"),
        ),
        ScoreForm(data, criteria=criteria, initial_scores=initial_scores, prefix="scores"),
        AttachmentForm(data, files, user=user, report=report),
    )


def _report_page(request, page, unit, report, forms=None, status=200, **extra):
    form, results, scores, attachment_form = forms or _report_forms(report)
    editable = report.is_editable()
    errors = error_summary(
        ("", form),
        (_("Kết quả thực hiện chỉ tiêu"), results),
        (_("Tự chấm điểm"), scores),
        ("", attachment_form),
    )
    return render_page(
        request,
        page,
        "registrations/report_form.html",
        {
            "unit": unit,
            "window": report.window,
            "report": report,
            "editable": editable,
            "data": None if editable else report.snapshot(),
            "expired": not editable and report.state in workflow.EDITABLE_STATES,
            "form": form,
            "results": results,
            "scores": scores,
            "attachment_form": attachment_form,
            "attachments": report.attachments.all(),
            "errors": errors,
            "versions": report.versions.all(),
            "log_entries": report.log_entries.select_related("user"),
            "noindex": True,
            **extra,
        },
        status=status,
    )


@unit_view
def report_edit(page, request, unit, window_id):
    window = _opened_window(window_id)
    report = (
        ResultReport.objects.select_related("window__campaign")
        .filter(window=window, unit=unit)
        .first()
    )
    if report is None:
        if not window.is_open():
            return render_page(
                request,
                page,
                "registrations/report_closed.html",
                {
                    "window": window,
                    "unit": unit,
                    "refusal": deadline_refusal(None, window),
                    "noindex": True,
                },
                status=403 if request.method == "POST" else 200,
            )
        report = start_report(window, unit, request.user)
    else:
        link_report(report)
    if request.method != "POST":
        return _report_page(request, page, unit, report)

    action = request.POST.get("action", "save")
    now = timezone.now()
    with transaction.atomic():
        report = ResultReport.objects.select_for_update().select_related("window").get(pk=report.pk)
        if report.state in PUBLIC_STATES:
            if action == "submit":
                return see_other(route_url(page, "report_sent", window.pk))
            messages.info(request, _("Báo cáo đã gửi nên không sửa được nữa."))
            return see_other(route_url(page, "report", window.pk))
        forms = _report_forms(report, request.POST, request.FILES, user=request.user)
        if not report.is_editable(now):
            return _report_page(
                request, page, unit, report, forms, status=403,
                refusal=deadline_refusal(report, window, typed=typed_something(*forms[:3])),
            )  # fmt: skip
        form, results, scores, attachment_form = forms
        valid = (
            form.is_valid() & results.is_valid() & scores.is_valid() & attachment_form.is_valid()
        )
        chosen = attachment_form.chosen() if valid else None
        if chosen and report.attachments.count() >= MAX_ATTACHMENTS:
            attachment_form.add_error(
                "attachment", _("Tối đa %(n)s tệp đính kèm.") % {"n": MAX_ATTACHMENTS}
            )
            valid = False
        if action == "submit":
            valid = form.require_for_submit() & scores.require_for_submit() & valid
        if not valid:
            _keep_chosen_file(attachment_form, request.user, report)
            return _report_page(request, page, unit, report, forms, status=400)
        form.save()
        _save_results(report, results)
        _save_scores(report, scores)
        if chosen:
            _save_attachment(report, *chosen, request.user)
            if attachment_form.kept_upload is not None:
                attachment_form.kept_upload.discard()
        report.recompute_total()
        report.save(update_fields=["score_total", "updated_at"])
    if action == "submit":  # saved as a draft; sent only from the confirmation step
        return see_other(route_url(page, "report_send", window.pk))
    saved_at = format_moment(timezone.now())
    messages.success(request, _("Đã lưu bản nháp lúc %(time)s.") % {"time": saved_at})
    return see_other(route_url(page, "report", window.pk))


def _keep_chosen_file(attachment_form, user, report):
    """A PDF chosen on a form that came back with errors stays chosen (kept privately for a
    day): the page shows its name and sends its token back."""
    upload = attachment_form.cleaned_data.get("attachment") if attachment_form.is_valid() else None
    if upload:
        if attachment_form.kept_upload is not None:
            attachment_form.kept_upload.discard()  # replaced by the file chosen now
        attachment_form.kept_upload = PendingUpload.keep(
            upload, _file_label(upload.name), user=user, report=report
        )


def _file_label(name):
    name = get_valid_filename(name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1])[:200]
    return name or "bao-cao.pdf"


def report_gaps(report):
    """What a saved report still lacks before it can be sent (the form's sending rules)."""
    gaps = []
    if not (report.situation.strip() and report.results.strip()):
        gaps.append(_("phần khái quát tình hình và phần kết quả"))
    if report.cluster_id:
        scored = set(report.scores.values_list("criterion_id", flat=True))
        if any(criterion.pk not in scored for criterion in report.cluster.criteria.all()):
            gaps.append(_("điểm tự chấm của mọi tiêu chí"))
    return gaps


def _report_summary(report):
    return {
        "indicator_count": report.indicator_results.count(),
        "score_total": report.score_total,
        "max_total": report.cluster.max_total if report.cluster_id else None,
        "attachment_count": report.attachments.count(),
    }


@unit_view
def report_send(page, request, unit, window_id):
    return send_step(
        request,
        page,
        _own_report(unit, window_id),
        kind="report",
        gaps=report_gaps,
        summary=_report_summary,
        routes=("report", "report_send", "report_sent"),
    )


def _save_results(report, results):
    # Only the report's own rows can be changed, whatever ids the form sent.
    own = set(report.indicator_results.values_list("pk", flat=True))
    for result_form in results.forms:
        if result_form.instance.pk in own and result_form.has_changed():
            result_form.save()


def _save_scores(report, scores):
    for criterion, points in scores.scores():
        if points is None:
            CriterionScore.objects.filter(report=report, criterion=criterion).delete()
        else:
            CriterionScore.objects.update_or_create(
                report=report, criterion=criterion, defaults={"points": points}
            )


def _save_attachment(report, upload, name, user):
    attachment = ReportAttachment(
        report=report, original_name=_file_label(name), size=upload.size, uploaded_by=user
    )
    # The stored name is ours; the person's file name is kept only as a label.
    attachment.file.save(
        f"bao-cao-{report.pk}-{timezone.now():%Y%m%d%H%M%S}.pdf", upload, save=False
    )
    attachment.save()


def _own_report(unit, window_id):
    return get_object_or_404(
        ResultReport.objects.select_related("window__campaign", "unit", "cluster"),
        window_id=window_id,
        unit=unit,
    )


@unit_view
def report_sent(page, request, unit, window_id):
    return confirmation_page(request, page, _own_report(unit, window_id), "report")


@unit_view
def report_print(page, request, unit, window_id, number=None):
    record = _own_report(unit, window_id)
    return printed_copy(request, page, record, "registrations/report_print.html", number)


report_version = report_print


def attachment_response(attachment):
    """A report's PDF as a download: never rendered inline, never cached by others."""
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=attachment.original_name,
        content_type="application/pdf",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@unit_view
def report_attachment(page, request, unit, window_id, attachment_id):
    report = _own_report(unit, window_id)
    return attachment_response(get_object_or_404(report.attachments, pk=attachment_id))


@unit_view
def report_attachment_delete(page, request, unit, window_id, attachment_id):
    report = _own_report(unit, window_id)
    attachment = get_object_or_404(report.attachments, pk=attachment_id)
    if request.method != "POST":
        return see_other(route_url(page, "report", window_id))
    if not report.is_editable():
        messages.error(request, _("Báo cáo không còn sửa được nên không xoá được tệp."))
        return see_other(route_url(page, "report", window_id))
    attachment.file.delete(save=False)
    attachment.delete()
    messages.success(request, _("Đã xoá tệp %(name)s.") % {"name": attachment.original_name})
    return see_other(route_url(page, "report", window_id))
