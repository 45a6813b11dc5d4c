"""A unit's award proposal for a round (hồ sơ đề nghị khen thưởng): the editor with the tờ
trình and the unit council's vote, the nominees (one page each, or imported from a
spreadsheet), the dossier's PDFs per checklist item, the checklist of what is still missing,
sending through the confirmation step, the sent and status pages, the printed copies (the
proposal, each version sent, each nominee's báo cáo thành tích).

Every view is `unit_view`: the proposal is always looked up through the officer's own unit,
so another unit's proposal, nominee or document is a 404. Nothing changes unless
`Proposal.is_editable()` (a draft or returned, before the deadline or the office's extension)."""

from django.contrib import messages
from django.db import transaction
from django.db.models import Case, IntegerField, Value, When
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

from core.dates import format_moment
from core.spreadsheets import ImportFileError
from registrations import workflow
from registrations.importing.nominees import import_nominees, nominees_template_xlsx
from registrations.models import (
    NomineeDecision,
    Proposal,
    ProposalDocument,
    ProposalRound,
    ProposedNominee,
)
from registrations.proposal_forms import (
    REPORT_OUTLINE,
    DocumentForm,
    ImportNomineesForm,
    NomineeForm,
    ProposalForm,
)
from registrations.views.common import (
    PUBLIC_STATES,
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
from registrations.views.reports import attachment_response

MAX_DOCUMENTS = 100
# The checklist item a nominee's báo cáo thành tích is filed under: written in the form
# (report_text) it counts as present without a PDF.
REPORT_ITEM_CODES = {"bao-cao", "bao-cao-thanh-tich"}
SHOWN_DECISIONS = (NomineeDecision.RETURNED, NomineeDecision.NOT_ACCEPTED)


# Looking things up: always through the officer's unit ----------------------------------------


def _opened_round(round_id):
    return get_object_or_404(ProposalRound, pk=round_id, opens_at__lte=timezone.now())


def _own_proposal(unit, round_id):
    return get_object_or_404(
        Proposal.objects.select_related("round", "unit"), round_id=round_id, unit=unit
    )


def _own_nominee(proposal, nominee_id):
    return get_object_or_404(proposal.nominees.select_related("award_form"), pk=nominee_id)


def _editor_url(page, proposal):
    return route_url(page, "proposal", proposal.round_id)


def ordered_nominees(proposal):
    """Returned nominees first (what the unit must mend), then the order the unit gave."""
    return (
        proposal.nominees.select_related("award_form", "award_decision")
        .annotate(
            returned_first=Case(
                When(decision=NomineeDecision.RETURNED, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("returned_first", "sort_order", "pk")
    )


# The checklist ----------------------------------------------------------------------------


def checklist_rows(proposal, nominees=None):
    """Each checklist item asked of the proposal, then of each nominee: (item, nominee or
    None, its documents, whether it is present). A written báo cáo thành tích counts."""
    nominees = list(nominees if nominees is not None else proposal.nominees.all())
    items = list(proposal.round.checklist.all())
    documents = list(proposal.documents.all())
    rows = []
    for item in items:
        if item.applies_to(None):
            found = [d for d in documents if d.checklist_item_id == item.pk and not d.nominee_id]
            rows.append({"item": item, "nominee": None, "documents": found, "present": bool(found)})
    for nominee in nominees:
        for item in items:
            if not item.applies_to(nominee):
                continue
            found = [
                d
                for d in documents
                if d.checklist_item_id == item.pk and d.nominee_id == nominee.pk
            ]
            written = item.code in REPORT_ITEM_CODES and bool(nominee.report_text.strip())
            rows.append(
                {
                    "item": item,
                    "nominee": nominee,
                    "documents": found,
                    "written": written,
                    "present": bool(found) or written,
                }
            )
    return rows


def missing_items(proposal, rows=None):
    """The required checklist items still missing, as the unit reads them."""
    rows = rows if rows is not None else checklist_rows(proposal)
    missing = []
    for row in rows:
        if row["item"].required and not row["present"]:
            if row["nominee"] is None:
                missing.append(row["item"].title)
            else:
                missing.append(
                    _("%(item)s của %(name)s")
                    % {"item": row["item"].title, "name": row["nominee"].full_name}
                )
    return missing


def proposal_gaps(proposal):
    """What a saved proposal still lacks before it can be sent."""
    gaps = []
    if not (proposal.cover_number.strip() and proposal.cover_date):
        gaps.append(_("số và ngày tờ trình"))
    if proposal.council_members is None or proposal.council_in_favour is None:
        gaps.append(_("số thành viên Hội đồng TĐKT của đơn vị và số đồng ý"))
    if not (proposal.signer_name.strip() and proposal.signer_position.strip()):
        gaps.append(_("người ký và chức vụ người ký"))
    if not proposal.nominees.exists():
        gaps.append(_("ít nhất một người hoặc tập thể được đề nghị"))
    gaps.extend(missing_items(proposal))
    return gaps


# The editor -------------------------------------------------------------------------------


def _editor_page(request, page, unit, proposal, form=None, status=200, **extra):
    editable = proposal.is_editable()
    nominees = list(ordered_nominees(proposal))
    rows = checklist_rows(proposal, nominees)
    form = form or ProposalForm(instance=proposal)
    document_form = extra.pop("document_form", None) or DocumentForm(proposal=proposal)
    import_form = extra.pop("import_form", None) or ImportNomineesForm()
    errors = error_summary(
        ("", form),
        (_("Tải lên tài liệu"), document_form),
        (_("Nhập danh sách từ tệp"), import_form),
    )
    return render_page(
        request,
        page,
        "registrations/proposals/editor.html",
        {
            "unit": unit,
            "round": proposal.round,
            "proposal": proposal,
            "editable": editable,
            "expired": not editable and proposal.state in workflow.EDITABLE_STATES,
            "form": form,
            "nominees": nominees,
            "checklist": rows,
            "missing": missing_items(proposal, rows),
            "gaps": proposal_gaps(proposal) if editable else [],
            "document_form": document_form,
            "import_form": import_form,
            "errors": errors,
            "versions": proposal.versions.all(),
            "log_entries": proposal.log_entries.select_related("user"),
            "noindex": True,
            **extra,
        },
        status=status,
    )


def _closed_page(request, page, unit, proposal_round):
    return render_page(
        request,
        page,
        "registrations/proposals/closed.html",
        {
            "round": proposal_round,
            "unit": unit,
            "refusal": deadline_refusal(None, proposal_round),
            "noindex": True,
        },
        status=403 if request.method == "POST" else 200,
    )


@unit_view
def proposal_edit(page, request, unit, round_id):
    proposal_round = _opened_round(round_id)
    proposal = Proposal.objects.filter(round=proposal_round, unit=unit).first()
    if proposal is None:
        if not proposal_round.is_open():
            return _closed_page(request, page, unit, proposal_round)
        proposal, _created = workflow.get_or_create_draft(
            Proposal, request.user, round=proposal_round, unit=unit
        )
    if request.method != "POST":
        return _editor_page(request, page, unit, proposal)

    action = request.POST.get("action", "save")
    with transaction.atomic():
        proposal = Proposal.objects.select_for_update().select_related("round").get(pk=proposal.pk)
        if proposal.state in PUBLIC_STATES:
            if action == "submit":
                return see_other(route_url(page, "proposal_sent", round_id))
            messages.info(request, _("Hồ sơ đã gửi nên không sửa được nữa."))
            return see_other(_editor_url(page, proposal))
        form = ProposalForm(request.POST, instance=proposal)
        if not proposal.is_editable():
            return _editor_page(
                request, page, unit, proposal, form, status=403,
                refusal=deadline_refusal(proposal, proposal_round, typed=typed_something(form)),
            )  # fmt: skip
        if not form.is_valid():
            return _editor_page(request, page, unit, proposal, form, status=400)
        form.save()
    if action == "submit":  # saved; sent only from the confirmation step
        return see_other(route_url(page, "proposal_send", round_id))
    saved_at = format_moment(timezone.now())
    messages.success(request, _("Đã lưu hồ sơ lúc %(time)s.") % {"time": saved_at})
    return see_other(_editor_url(page, proposal))


def _locked_editable(proposal):
    """The proposal locked for a change, or None when it can no longer be changed."""
    locked = Proposal.objects.select_for_update().select_related("round").get(pk=proposal.pk)
    return locked if locked.is_editable() else None


def _refused(request, page, proposal):
    messages.error(request, deadline_refusal(proposal, proposal.round))
    return see_other(_editor_url(page, proposal))


# Nominees ---------------------------------------------------------------------------------


def _nominee_page(request, page, unit, proposal, form, nominee=None, status=200, **extra):
    return render_page(
        request,
        page,
        "registrations/proposals/nominee_form.html",
        {
            "unit": unit,
            "round": proposal.round,
            "proposal": proposal,
            "nominee": nominee,
            "form": form,
            "editable": proposal.is_editable(),
            "collective_outline": REPORT_OUTLINE[ProposedNominee.Kind.COLLECTIVE],
            "noindex": True,
            **extra,
        },
        status=status,
    )


def _nominee_form_view(request, page, unit, proposal, nominee=None):
    if request.method != "POST":
        if nominee is None and not proposal.is_editable():
            return see_other(_editor_url(page, proposal))  # nothing can be added now
        form = NomineeForm(instance=nominee, round=proposal.round)
        return _nominee_page(request, page, unit, proposal, form, nominee)
    with transaction.atomic():
        locked = _locked_editable(proposal)
        form = NomineeForm(request.POST, instance=nominee, round=proposal.round)
        if locked is None:
            refusal = deadline_refusal(proposal, proposal.round, typed=typed_something(form))
            if proposal.state in PUBLIC_STATES:
                refusal = _("Hồ sơ đã gửi nên không sửa được nữa.")
            return _nominee_page(
                request, page, unit, proposal, form, nominee, status=403, refusal=refusal
            )
        if not form.is_valid():
            return _nominee_page(request, page, unit, proposal, form, nominee, status=400)
        saved = form.save(commit=False)
        saved.proposal = locked
        if nominee is None:
            saved.sort_order = locked.nominees.count()
        saved.save()
    messages.success(request, _("Đã lưu %(name)s.") % {"name": saved.full_name})
    return see_other(_editor_url(page, proposal))


@unit_view
def nominee_add(page, request, unit, round_id):
    return _nominee_form_view(request, page, unit, _own_proposal(unit, round_id))


@unit_view
def nominee_edit(page, request, unit, round_id, nominee_id):
    proposal = _own_proposal(unit, round_id)
    return _nominee_form_view(request, page, unit, proposal, _own_nominee(proposal, nominee_id))


@unit_view
def nominee_delete(page, request, unit, round_id, nominee_id):
    proposal = _own_proposal(unit, round_id)
    nominee = _own_nominee(proposal, nominee_id)
    if request.method != "POST":
        return see_other(_editor_url(page, proposal))
    with transaction.atomic():
        if _locked_editable(proposal) is None:
            return _refused(request, page, proposal)
        for document in nominee.documents.all():
            document.file.delete(save=False)
        nominee.delete()
    messages.success(request, _("Đã xoá %(name)s khỏi hồ sơ.") % {"name": nominee.full_name})
    return see_other(_editor_url(page, proposal))


@unit_view
def nominee_report_print(page, request, unit, round_id, nominee_id):
    """The báo cáo thành tích written in the form, laid out to print and sign."""
    proposal = _own_proposal(unit, round_id)
    nominee = _own_nominee(proposal, nominee_id)
    return render_page(
        request,
        page,
        "registrations/proposals/nominee_report_print.html",
        {"record": proposal, "nominee": nominee, "version": None, "noindex": True},
    )


# The dossier's documents --------------------------------------------------------------------


def _file_label(name):
    name = get_valid_filename(name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1])[:200]
    return name or "tai-lieu.pdf"


@unit_view
def document_upload(page, request, unit, round_id):
    proposal = _own_proposal(unit, round_id)
    if request.method != "POST":
        return see_other(_editor_url(page, proposal))
    form = DocumentForm(request.POST, request.FILES, proposal=proposal)
    with transaction.atomic():
        locked = _locked_editable(proposal)
        if locked is None:
            return _editor_page(
                request, page, unit, proposal, status=403, document_form=form,
                refusal=deadline_refusal(proposal, proposal.round),
            )  # fmt: skip
        if form.is_valid() and locked.documents.count() >= MAX_DOCUMENTS:
            form.add_error("file", _("Tối đa %(n)s tệp mỗi hồ sơ.") % {"n": MAX_DOCUMENTS})
        if not form.is_valid():
            return _editor_page(request, page, unit, proposal, status=400, document_form=form)
        upload = form.cleaned_data["file"]
        document = ProposalDocument(
            proposal=locked,
            nominee=form.cleaned_data["nominee"],
            checklist_item=form.cleaned_data["item"],
            original_name=_file_label(upload.name),
            size=upload.size,
            uploaded_by=request.user,
        )
        # The stored name is ours; the person's file name is kept only as a label.
        document.file.save(
            f"de-nghi-{locked.pk}-{timezone.now():%Y%m%d%H%M%S%f}.pdf", upload, save=False
        )
        document.save()
    messages.success(request, _("Đã tải lên %(name)s.") % {"name": document.original_name})
    return see_other(_editor_url(page, proposal) + "#ho-so")


@unit_view
def document_file(page, request, unit, round_id, document_id):
    proposal = _own_proposal(unit, round_id)
    return attachment_response(get_object_or_404(proposal.documents, pk=document_id))


@unit_view
def document_delete(page, request, unit, round_id, document_id):
    proposal = _own_proposal(unit, round_id)
    document = get_object_or_404(proposal.documents, pk=document_id)
    if request.method != "POST":
        return see_other(_editor_url(page, proposal))
    with transaction.atomic():
        if _locked_editable(proposal) is None:
            return _refused(request, page, proposal)
        document.file.delete(save=False)
        document.delete()
    messages.success(request, _("Đã xoá tệp %(name)s.") % {"name": document.original_name})
    return see_other(_editor_url(page, proposal) + "#ho-so")


# Import from a spreadsheet ------------------------------------------------------------------


@unit_view
def proposal_import(page, request, unit, round_id):
    proposal = _own_proposal(unit, round_id)
    if request.method != "POST":
        return see_other(_editor_url(page, proposal))
    import_form = ImportNomineesForm(request.POST, request.FILES)
    if not proposal.is_editable():
        return _editor_page(
            request, page, unit, proposal, status=403,
            refusal=deadline_refusal(proposal, proposal.round),
        )  # fmt: skip
    if not import_form.is_valid():
        return _editor_page(request, page, unit, proposal, status=400, import_form=import_form)
    try:
        with transaction.atomic():
            locked = _locked_editable(proposal)
            if locked is None:
                raise ImportFileError(_("Hồ sơ không còn sửa được nên không nhập thêm được."))
            added, errors = import_nominees(locked, import_form.cleaned_data["file"])
    except ImportFileError as error:
        import_form.add_error("file", str(error))
        return _editor_page(request, page, unit, proposal, status=400, import_form=import_form)
    if errors:
        return _editor_page(
            request, page, unit, proposal, status=400,
            import_form=import_form, import_errors=errors,
        )  # fmt: skip
    messages.success(request, _("Đã nhập %(count)s người, tập thể từ tệp.") % {"count": added})
    return see_other(_editor_url(page, proposal))


def nominees_template(page, request):
    """The spreadsheet to fill in for importing nominees (an example, no personal data)."""
    response = HttpResponse(
        nominees_template_xlsx(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="mau-danh-sach-de-nghi.xlsx"'
    return response


# Sending, and what the unit sees after ------------------------------------------------------


def _summary(proposal):
    nominees = list(proposal.nominees.select_related("award_form"))
    return {
        "individual_count": sum(1 for n in nominees if n.kind == ProposedNominee.Kind.INDIVIDUAL),
        "collective_count": sum(1 for n in nominees if n.kind == ProposedNominee.Kind.COLLECTIVE),
        "document_count": proposal.documents.count(),
        "signer": proposal.signer_name,
    }


ROUTES = ("proposal", "proposal_send", "proposal_sent")


@unit_view
def proposal_send(page, request, unit, round_id):
    """The confirmation step: its POST is the shared one (lock, gaps, submit, e-mail); its
    page is the proposal's own, listing what will be sent and what is missing."""
    proposal = _own_proposal(unit, round_id)
    if request.method == "POST" or proposal.state in PUBLIC_STATES or not proposal.is_editable():
        return send_step(
            request,
            page,
            proposal,
            kind="proposal",
            gaps=proposal_gaps,
            summary=_summary,
            routes=ROUTES,
        )
    return render_page(
        request,
        page,
        "registrations/proposals/send_confirm.html",
        {
            "record": proposal,
            "summary": _summary(proposal),
            "missing": proposal_gaps(proposal),
            "edit_url": _editor_url(page, proposal),
            "step_url": route_url(page, "proposal_send", round_id),
            "noindex": True,
        },
    )


@unit_view
def proposal_sent(page, request, unit, round_id):
    proposal = _own_proposal(unit, round_id)
    if not proposal.version:
        return see_other(_editor_url(page, proposal))
    return render_page(
        request,
        page,
        "registrations/proposals/sent.html",
        {"record": proposal, "summary": _summary(proposal), "noindex": True},
    )


@unit_view
def proposal_status(page, request, unit, round_id):
    """Where the proposal stands: its state, why it was returned, the office's word on each
    nominee, and for each awarded one the published decision."""
    proposal = _own_proposal(unit, round_id)
    nominees = list(ordered_nominees(proposal))
    for nominee in nominees:
        decision = nominee.award_decision
        nominee.live_decision = decision if decision is not None and decision.live else None
    return render_page(
        request,
        page,
        "registrations/proposals/status.html",
        {
            "record": proposal,
            "round": proposal.round,
            "nominees": nominees,
            "shown_decisions": SHOWN_DECISIONS,
            "versions": proposal.versions.all(),
            "log_entries": proposal.log_entries.select_related("user"),
            "noindex": True,
        },
    )


@unit_view
def proposal_print(page, request, unit, round_id, number=None):
    proposal = _own_proposal(unit, round_id)
    return printed_copy(request, page, proposal, "registrations/proposals/print.html", number)


proposal_version = proposal_print
