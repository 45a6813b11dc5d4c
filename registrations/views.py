"""The units' area under /dang-ky-thi-dua/ and its public list.

Every view of the units' area takes the unit from the signed-in officer's account, never from
the address or the form: a page is addressed by campaign or report window only, so an officer
cannot name another unit's record. Those pages are private (never cached, never indexed)."""

import functools
from collections import defaultdict

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.db.models import Count, Prefetch
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.mail import send_templated_email, site_url
from core.spreadsheets import ImportFileError
from home.models import office_short_name
from registrations import workflow
from registrations.forms import (
    AttachmentForm,
    ImportIndividualsForm,
    IndicatorResultFormSet,
    RegistrationForm,
    ReportForm,
    ScoreForm,
    indicator_formset,
    individual_formset,
)
from registrations.importing import import_individuals, individuals_template_xlsx
from registrations.models import (
    Campaign,
    Cluster,
    CriterionScore,
    IndicatorResult,
    RegisteredIndividual,
    Registration,
    ReportAttachment,
    ReportWindow,
    ResultReport,
    SubmissionState,
    UnitOfficer,
)

PUBLIC_STATES = (SubmissionState.SUBMITTED, SubmissionState.ACCEPTED)
MAX_ATTACHMENTS = 10


def officer_unit(user):
    if not user.is_authenticated:
        return None
    officer = UnitOfficer.objects.select_related("unit").filter(user=user).first()
    return officer.unit if officer else None


def _render(request, page, template, context, status=200):
    return TemplateResponse(
        request, template, {"page": page, "self": page, **context}, status=status
    )


def unit_view(view):
    """Signed-in unit officers only; the unit is the officer's own. Private responses."""

    @functools.wraps(view)
    def wrapper(page, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        unit = officer_unit(request.user)
        if unit is None:
            response = _render(
                request, page, "registrations/not_an_officer.html", {"noindex": True}, status=403
            )
        else:
            response = view(page, request, unit, *args, **kwargs)
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
        return response

    return wrapper


def _see_other(url):
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


def _route(page, name, *args):
    return page.url + page.reverse_subpage(name, args=args)


def error_summary(*parts):
    """The summary at the top of a form page: each problem linked to its field. `parts` are
    (heading, form or formset); a formset's rows are named by their number."""
    items = []

    def add_form(form, prefix):
        for error in form.non_field_errors():
            items.append({"anchor": "", "text": f"{prefix}{error}"})
        for name, errors in form.errors.items():
            if name == "__all__" or name not in form.fields:
                continue
            bound = form[name]
            for error in errors:
                items.append(
                    {"anchor": bound.id_for_label, "text": f"{prefix}{bound.label}: {error}"}
                )

    for heading, part in parts:
        if part is None or not part.is_bound:
            continue
        if hasattr(part, "forms"):
            for error in part.non_form_errors():
                items.append({"anchor": "", "text": f"{heading}: {error}"})
            for number, form in enumerate(part.forms, start=1):
                add_form(form, _("%(heading)s, dòng %(n)s – ") % {"heading": heading, "n": number})
        else:
            add_form(part, f"{heading}: " if heading else "")
    return items


def _local(value):
    return timezone.localtime(value).strftime("%d/%m/%Y %H:%M")


# The section page: public list, and the officer's own overview ----------------------------


def public_list(campaign):
    """Per cluster, the units whose registration is sent or accepted and what they aim at:
    a constant number of queries however many units and clusters."""
    if campaign is None:
        return [], 0
    registrations = {
        registration.unit_id: registration
        for registration in Registration.objects.filter(campaign=campaign, state__in=PUBLIC_STATES)
        .select_related("unit")
        .prefetch_related("collective_titles")
    }
    individual_counts = defaultdict(list)
    for row in (
        RegisteredIndividual.objects.filter(registration__in=registrations.values())
        .values("registration__unit_id", "title__name", "title__rank")
        .annotate(count=Count("pk"))
        .order_by("registration__unit_id", "title__name")
    ):
        title = f"{row['title__name']} {row['title__rank']}".strip()
        individual_counts[row["registration__unit_id"]].append((title, row["count"]))

    clusters = Cluster.objects.filter(year=campaign.year).prefetch_related(
        Prefetch("members", to_attr="member_list")
    )
    groups, placed = [], set()
    for cluster in clusters:
        rows = []
        for unit in sorted(cluster.member_list, key=lambda unit: unit.name):
            placed.add(unit.pk)
            if unit.pk in registrations:
                rows.append((unit, registrations[unit.pk], individual_counts[unit.pk]))
        groups.append({"cluster": cluster, "rows": rows, "member_count": len(cluster.member_list)})
    others = [
        (registration.unit, registration, individual_counts[unit_id])
        for unit_id, registration in sorted(
            registrations.items(), key=lambda item: item[1].unit.name
        )
        if unit_id not in placed
    ]
    if others:
        groups.append({"cluster": None, "rows": others, "member_count": None})
    return groups, len(registrations)


def officer_overview(unit, now):
    """The campaigns the unit can act on or look back at, with its records and windows."""
    campaigns = list(
        Campaign.objects.filter(opens_at__lte=now)
        .order_by("-opens_at")
        .prefetch_related(Prefetch("windows", queryset=ReportWindow.objects.order_by("opens_at")))[
            :3
        ]
    )
    registrations = {
        r.campaign_id: r for r in Registration.objects.filter(unit=unit, campaign__in=campaigns)
    }
    reports = {
        r.window_id: r
        for r in ResultReport.objects.filter(unit=unit, window__campaign__in=campaigns)
    }
    overview = []
    for campaign in campaigns:
        windows = []
        for window in campaign.windows.all():
            if window.opens_at <= now:
                report = reports.get(window.pk)
                if report is not None:
                    report.window = window  # deadlines are read from it: no query per row
                windows.append((window, report))
        if campaign.pk in registrations:
            registrations[campaign.pk].campaign = campaign
        overview.append(
            {
                "campaign": campaign,
                "registration": registrations.get(campaign.pk),
                "windows": windows,
            }
        )
    return overview


def portal_index(page, request):
    now = timezone.now()
    campaign = Campaign.current(now)
    groups, registered_count = public_list(campaign)
    unit = officer_unit(request.user)
    context = {
        "campaign": campaign,
        "campaign_open": campaign.is_open(now) if campaign else False,
        "groups": groups,
        "registered_count": registered_count,
        "officer_unit": unit,
        "overview": officer_overview(unit, now) if unit else [],
        "now": now,
    }
    response = _render(request, page, page.template, context)
    if request.user.is_authenticated:
        response["Cache-Control"] = "private, no-store"
    return response


# Registration ------------------------------------------------------------------------------


def _opened_campaign(campaign_id):
    return get_object_or_404(Campaign, pk=campaign_id, opens_at__lte=timezone.now())


def _registration_forms(campaign, registration, data=None):
    instance = registration or Registration(campaign=campaign)
    return (
        RegistrationForm(data, instance=instance, campaign=campaign),
        individual_formset(campaign, data=data, instance=instance),
        indicator_formset(data=data, instance=instance),
    )


def _registration_page(
    request, page, unit, campaign, registration, forms=None, status=200, **extra
):
    now = timezone.now()
    editable = registration.is_editable(now) if registration else campaign.is_open(now)
    form, individuals, indicators = forms or _registration_forms(campaign, registration)
    import_form = extra.pop("import_form", None) or ImportIndividualsForm()
    errors = error_summary(
        ("", form),
        (_("Cá nhân đăng ký"), individuals),
        (_("Chỉ tiêu đăng ký"), indicators),
        (_("Nhập danh sách cá nhân"), import_form),
    )
    return _render(
        request,
        page,
        "registrations/registration_form.html",
        {
            "unit": unit,
            "campaign": campaign,
            "registration": registration,
            "editable": editable,
            "form": form,
            "individuals": individuals,
            "indicators": indicators,
            "import_form": import_form,
            "errors": errors,
            "data": registration.snapshot() if registration and not editable else None,
            "expired": not editable
            and (registration is None or registration.state in workflow.EDITABLE_STATES),
            "versions": registration.versions.all() if registration else [],
            "log_entries": registration.log_entries.select_related("user") if registration else [],
            "noindex": True,
            **extra,
        },
        status=status,
    )


def _deadline_refusal(record, period):
    deadline = record.effective_deadline if record else period.deadline
    if timezone.now() < period.opens_at:
        return _("Chưa đến thời gian nhận.")
    return _(
        "Đã quá hạn (%(deadline)s) nên không lưu được. Nội dung bạn nhập vẫn còn trên trang; "
        "liên hệ %(office)s để được gia hạn."
    ) % {"deadline": _local(deadline), "office": office_short_name()}


@unit_view
def registration_edit(page, request, unit, campaign_id):
    campaign = _opened_campaign(campaign_id)
    registration = Registration.objects.filter(campaign=campaign, unit=unit).first()
    if request.method != "POST":
        return _registration_page(request, page, unit, campaign, registration)

    action = request.POST.get("action", "save")
    now = timezone.now()
    if registration is None and not campaign.is_open(now):
        forms = _registration_forms(campaign, None, data=request.POST)
        return _registration_page(
            request, page, unit, campaign, None, forms, status=403,
            refusal=_deadline_refusal(None, campaign),
        )  # fmt: skip
    with transaction.atomic():
        if registration is None:
            registration, _created = workflow.get_or_create_draft(
                Registration, request.user, campaign=campaign, unit=unit
            )
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.state in PUBLIC_STATES:
            # Already sent: a second click or a resent form changes nothing.
            if action == "submit":
                return _see_other(_route(page, "registration_sent", campaign.pk))
            messages.info(request, _("Bản đăng ký đã gửi nên không sửa được nữa."))
            return _see_other(_route(page, "registration", campaign.pk))
        forms = _registration_forms(campaign, registration, data=request.POST)
        if not registration.is_editable(now):
            return _registration_page(
                request, page, unit, campaign, registration, forms, status=403,
                refusal=_deadline_refusal(registration, campaign),
            )  # fmt: skip
        form, individuals, indicators = forms
        valid = form.is_valid() & individuals.is_valid() & indicators.is_valid()
        if action == "submit":  # all problems at once, the sending rules included
            valid = _complete_for_submit(form, individuals, indicators) & valid
        if not valid:
            return _registration_page(
                request, page, unit, campaign, registration, forms, status=400
            )
        form.save()
        individuals.save()
        indicators.save()
        if action != "submit":
            messages.success(
                request, _("Đã lưu bản nháp lúc %(time)s.") % {"time": _local(timezone.now())}
            )
            return _see_other(_route(page, "registration", campaign.pk))
        registration, _sent = workflow.submit(registration, request.user, now=now)
    _email_sent(request, page, registration, "registration_sent", campaign.pk)
    return _see_other(_route(page, "registration_sent", campaign.pk))


def _complete_for_submit(form, individuals, indicators):
    ok = form.require_for_submit()
    kept = [f for f in individuals.forms if f.has_changed() and f not in individuals.deleted_forms]
    kept_existing = [
        f for f in individuals.forms if f.instance.pk and f not in individuals.deleted_forms
    ]
    if not form.cleaned_data.get("collective_titles") and not (kept or kept_existing):
        form.add_error(
            "collective_titles",
            _("Đăng ký ít nhất một danh hiệu tập thể hoặc một cá nhân trước khi gửi."),
        )
        ok = False
    live_indicators = [
        f
        for f in indicators.forms
        if (f.instance.pk or f.has_changed()) and f not in indicators.deleted_forms
    ]
    if not live_indicators:
        indicators._non_form_errors = indicators.error_class(
            [_("Đăng ký ít nhất một chỉ tiêu trước khi gửi.")]
        )
        ok = False
    return ok


def _email_sent(request, page, record, route, period_pk):
    url = site_url(_route(page, route, period_pk))  # the configured base, not the Host
    send_templated_email(
        "registrations/email/submitted",
        {"record": record, "unit": record.unit, "period": record.period, "url": url},
        record.unit.contact_emails(),
    )


@unit_view
def registration_import(page, request, unit, campaign_id):
    campaign = _opened_campaign(campaign_id)
    if request.method != "POST":
        return _see_other(_route(page, "registration", campaign.pk))
    registration = Registration.objects.filter(campaign=campaign, unit=unit).first()
    import_form = ImportIndividualsForm(request.POST, request.FILES)
    editable = registration.is_editable() if registration else campaign.is_open()
    if not editable:
        return _registration_page(
            request, page, unit, campaign, registration, status=403,
            refusal=_deadline_refusal(registration, campaign),
        )  # fmt: skip
    if not import_form.is_valid():
        return _registration_page(
            request, page, unit, campaign, registration, status=400, import_form=import_form
        )
    try:
        with transaction.atomic():
            if registration is None:
                registration, _created = workflow.get_or_create_draft(
                    Registration, request.user, campaign=campaign, unit=unit
                )
            registration = Registration.objects.select_for_update().get(pk=registration.pk)
            if not registration.is_editable():
                raise ImportFileError(_("Bản đăng ký đã gửi nên không nhập thêm được."))
            added, errors = import_individuals(registration, import_form.cleaned_data["file"])
    except ImportFileError as error:
        import_form.add_error("file", str(error))
        return _registration_page(
            request, page, unit, campaign, registration, status=400, import_form=import_form
        )
    if errors:
        return _registration_page(
            request, page, unit, campaign, registration, status=400,
            import_form=import_form, import_errors=errors,
        )  # fmt: skip
    messages.success(request, _("Đã nhập %(count)s cá nhân từ tệp.") % {"count": added})
    return _see_other(_route(page, "registration", campaign.pk))


def individuals_template(page, request):
    """The spreadsheet to fill in for importing individuals (no personal data: an example)."""
    response = HttpResponse(
        individuals_template_xlsx(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="mau-danh-sach-ca-nhan.xlsx"'
    return response


def _own_registration(unit, campaign_id):
    return get_object_or_404(
        Registration.objects.select_related("campaign", "unit"),
        campaign_id=campaign_id,
        unit=unit,
    )


def _confirmation(request, page, record, kind):
    if not record.version:  # never sent: nothing to confirm
        raise Http404
    return _render(
        request, page, "registrations/sent.html", {"record": record, "kind": kind, "noindex": True}
    )


def _printed_copy(request, page, record, template, number=None):
    """The printable copy of the record as it is now, or of the version sent `number`th."""
    version = get_object_or_404(record.versions, number=number) if number else None
    data = version.data if version else record.snapshot()
    context = {"record": record, "data": data, "version": version, "noindex": True}
    return _render(request, page, template, context)


@unit_view
def registration_sent(page, request, unit, campaign_id):
    return _confirmation(request, page, _own_registration(unit, campaign_id), "registration")


@unit_view
def registration_print(page, request, unit, campaign_id, number=None):
    record = _own_registration(unit, campaign_id)
    return _printed_copy(request, page, record, "registrations/registration_print.html", number)


registration_version = registration_print


# Result reports -----------------------------------------------------------------------------


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


def _report_forms(report, data=None, files=None):
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
        AttachmentForm(data, files),
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
    return _render(
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
            return _render(
                request,
                page,
                "registrations/report_closed.html",
                {
                    "window": window,
                    "unit": unit,
                    "refusal": _deadline_refusal(None, window),
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
                return _see_other(_route(page, "report_sent", window.pk))
            messages.info(request, _("Báo cáo đã gửi nên không sửa được nữa."))
            return _see_other(_route(page, "report", window.pk))
        forms = _report_forms(report, request.POST, request.FILES)
        if not report.is_editable(now):
            return _report_page(
                request, page, unit, report, forms, status=403,
                refusal=_deadline_refusal(report, window),
            )  # fmt: skip
        form, results, scores, attachment_form = forms
        valid = (
            form.is_valid() & results.is_valid() & scores.is_valid() & attachment_form.is_valid()
        )
        if valid and report.attachments.count() >= MAX_ATTACHMENTS and request.FILES:
            attachment_form.add_error(
                "attachment", _("Tối đa %(n)s tệp đính kèm.") % {"n": MAX_ATTACHMENTS}
            )
            valid = False
        if action == "submit":
            valid = form.require_for_submit() & scores.require_for_submit() & valid
        if not valid:
            return _report_page(request, page, unit, report, forms, status=400)
        form.save()
        _save_results(report, results)
        _save_scores(report, scores)
        upload = attachment_form.cleaned_data.get("attachment")
        if upload:
            _save_attachment(report, upload, request.user)
        report.recompute_total()
        report.save(update_fields=["score_total", "updated_at"])
        if action != "submit":
            messages.success(
                request, _("Đã lưu bản nháp lúc %(time)s.") % {"time": _local(timezone.now())}
            )
            return _see_other(_route(page, "report", window.pk))
        report, _sent = workflow.submit(report, request.user, now=now)
    _email_sent(request, page, report, "report_sent", window.pk)
    return _see_other(_route(page, "report_sent", window.pk))


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


def _save_attachment(report, upload, user):
    from django.utils.text import get_valid_filename

    name = get_valid_filename(upload.name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1])[:200]
    attachment = ReportAttachment(
        report=report, original_name=name or "bao-cao.pdf", size=upload.size, uploaded_by=user
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
    return _confirmation(request, page, _own_report(unit, window_id), "report")


@unit_view
def report_print(page, request, unit, window_id, number=None):
    record = _own_report(unit, window_id)
    return _printed_copy(request, page, record, "registrations/report_print.html", number)


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
        return _see_other(_route(page, "report", window_id))
    if not report.is_editable():
        messages.error(request, _("Báo cáo không còn sửa được nên không xoá được tệp."))
        return _see_other(_route(page, "report", window_id))
    attachment.file.delete(save=False)
    attachment.delete()
    messages.success(request, _("Đã xoá tệp %(name)s.") % {"name": attachment.original_name})
    return _see_other(_route(page, "report", window_id))
