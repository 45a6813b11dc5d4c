"""What the views of the units' area share: the officer's unit and the `unit_view` guard,
rendering, redirects, the error summary, the deadline refusal, the e-mail on sending, and the
confirmation and printable pages of a registration or report."""

import functools

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.dates import format_moment
from core.mail import send_templated_email, site_url
from home.models import office_short_name
from registrations import workflow
from registrations.models import SubmissionState, UnitOfficer

PUBLIC_STATES = (SubmissionState.SUBMITTED, SubmissionState.ACCEPTED)


def officer_unit(user):
    if not user.is_authenticated:
        return None
    officer = UnitOfficer.objects.select_related("unit").filter(user=user).first()
    return officer.unit if officer else None


def render_page(request, page, template, context, status=200):
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
            response = render_page(
                request, page, "registrations/not_an_officer.html", {"noindex": True}, status=403
            )
        else:
            response = view(page, request, unit, *args, **kwargs)
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
        return response

    return wrapper


def see_other(url):
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


def route_url(page, name, *args):
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


def typed_something(*forms):
    """Whether the person changed anything in these bound forms or formsets."""
    return any(form is not None and form.is_bound and form.has_changed() for form in forms)


def deadline_refusal(record, period, typed=False):
    """Why nothing can be saved now. It says that what was typed is still on the page only
    when a form with changes was refused (`typed`), never on a page merely opened."""
    deadline = record.effective_deadline if record else period.deadline
    if timezone.now() < period.opens_at:
        return _("Chưa đến thời gian nhận.")
    values = {"deadline": format_moment(deadline), "office": office_short_name()}
    if typed:
        return (
            _(
                "Đã quá hạn (%(deadline)s) nên không lưu được. Nội dung bạn nhập vẫn còn trên "
                "trang; liên hệ %(office)s để được gia hạn."
            )
            % values
        )
    return _("Đã quá hạn (%(deadline)s); liên hệ %(office)s để được gia hạn.") % values


def email_sent(request, page, record, route, period_pk):
    url = site_url(route_url(page, route, period_pk))  # the configured base, not the Host
    send_templated_email(
        "registrations/email/submitted",
        {"record": record, "unit": record.unit, "period": record.period, "url": url},
        record.unit.contact_emails(),
    )


def confirmation_page(request, page, record, kind):
    if not record.version:  # never sent: nothing to confirm
        raise Http404
    return render_page(
        request, page, "registrations/sent.html", {"record": record, "kind": kind, "noindex": True}
    )


def printed_copy(request, page, record, template, number=None):
    """The printable copy of the record as it is now, or of the version sent `number`th."""
    version = get_object_or_404(record.versions, number=number) if number else None
    data = version.data if version else record.snapshot()
    context = {"record": record, "data": data, "version": version, "noindex": True}
    return render_page(request, page, template, context)


def send_step(request, page, record, *, kind, gaps, summary, routes):
    """The step between "Gửi" on the form and sending: GET shows what will be sent and what
    happens next; only the POST of its button sends. `gaps(record)` lists what the saved
    record still lacks; `routes` are the form's, the step's and the sent page's names."""
    edit_route, step_route, sent_route = routes
    period_pk = record.period.pk
    edit_url = route_url(page, edit_route, period_pk)
    sent_url = route_url(page, sent_route, period_pk)
    if record.state in PUBLIC_STATES:
        return see_other(sent_url)
    if not record.is_editable():
        return see_other(edit_url)
    if request.method == "POST":
        with transaction.atomic():
            record = type(record).objects.select_for_update().get(pk=record.pk)
            if record.state in PUBLIC_STATES:
                return see_other(sent_url)
            missing = gaps(record)
            if missing:
                messages.error(
                    request,
                    _("Chưa gửi được; còn thiếu: %(missing)s.") % {"missing": "; ".join(missing)},
                )
                return see_other(edit_url)
            record, _sent = workflow.submit(record, request.user)
        email_sent(request, page, record, sent_route, period_pk)
        return see_other(sent_url)
    context = {
        "record": record,
        "kind": kind,
        "summary": summary(record),
        "missing": gaps(record),
        "edit_url": edit_url,
        "step_url": route_url(page, step_route, period_pk),
        "noindex": True,
    }
    return render_page(request, page, "registrations/send_confirm.html", context)
