"""A unit's registration for a campaign: the form, the import of individuals from a
spreadsheet, the confirmation and the printable copies."""

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from core.dates import format_moment
from core.spreadsheets import ImportFileError
from registrations import workflow
from registrations.forms import (
    ImportIndividualsForm,
    RegistrationForm,
    indicator_formset,
    individual_formset,
)
from registrations.importing.individuals import import_individuals, individuals_template_xlsx
from registrations.models import Campaign, Registration
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
    return render_page(
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
            refusal=deadline_refusal(None, campaign, typed=typed_something(*forms)),
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
                return see_other(route_url(page, "registration_sent", campaign.pk))
            messages.info(request, _("Bản đăng ký đã gửi nên không sửa được nữa."))
            return see_other(route_url(page, "registration", campaign.pk))
        forms = _registration_forms(campaign, registration, data=request.POST)
        if not registration.is_editable(now):
            return _registration_page(
                request, page, unit, campaign, registration, forms, status=403,
                refusal=deadline_refusal(registration, campaign, typed=typed_something(*forms)),
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
    if action == "submit":  # saved as a draft; sent only from the confirmation step
        return see_other(route_url(page, "registration_send", campaign.pk))
    saved_at = format_moment(timezone.now())
    messages.success(request, _("Đã lưu bản nháp lúc %(time)s.") % {"time": saved_at})
    return see_other(route_url(page, "registration", campaign.pk))


def registration_gaps(registration):
    """What a saved registration still lacks before it can be sent (the form's sending rules)."""
    gaps = []
    if not (registration.signer_name.strip() and registration.signer_position.strip()):
        gaps.append(_("người ký và chức vụ người ký"))
    if not (registration.collective_titles.exists() or registration.individuals.exists()):
        gaps.append(_("ít nhất một danh hiệu tập thể hoặc một cá nhân"))
    if not registration.indicators.exists():
        gaps.append(_("ít nhất một chỉ tiêu"))
    return gaps


def _registration_summary(registration):
    return {
        "collective_titles": [str(title) for title in registration.collective_titles.all()],
        "individual_count": registration.individuals.count(),
        "indicator_count": registration.indicators.count(),
        "signer": registration.signer_name,
    }


@unit_view
def registration_send(page, request, unit, campaign_id):
    return send_step(
        request,
        page,
        _own_registration(unit, campaign_id),
        kind="registration",
        gaps=registration_gaps,
        summary=_registration_summary,
        routes=("registration", "registration_send", "registration_sent"),
    )


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


@unit_view
def registration_import(page, request, unit, campaign_id):
    campaign = _opened_campaign(campaign_id)
    if request.method != "POST":
        return see_other(route_url(page, "registration", campaign.pk))
    registration = Registration.objects.filter(campaign=campaign, unit=unit).first()
    import_form = ImportIndividualsForm(request.POST, request.FILES)
    editable = registration.is_editable() if registration else campaign.is_open()
    if not editable:
        return _registration_page(
            request, page, unit, campaign, registration, status=403,
            refusal=deadline_refusal(registration, campaign),
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
    return see_other(route_url(page, "registration", campaign.pk))


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


@unit_view
def registration_sent(page, request, unit, campaign_id):
    return confirmation_page(request, page, _own_registration(unit, campaign_id), "registration")


@unit_view
def registration_print(page, request, unit, campaign_id, number=None):
    record = _own_registration(unit, campaign_id)
    return printed_copy(request, page, record, "registrations/registration_print.html", number)


registration_version = registration_print
