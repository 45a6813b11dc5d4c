"""The office's review of award proposals in the admin: the rounds, a round's proposals with
their processing clocks, a proposal in full (dossier checklist, each nominee with its award
history and criteria, the decision per nominee, return and acceptance, versions and log),
and the round's exports for the council. All under the review_proposal permission."""

from django import forms
from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.models import Site

from consultations.models.calendar import WorkingCalendar
from core import audit
from core.dates import format_day, format_moment
from core.docx_export import AdministrativeDocument
from core.exports import export_filename, export_title, xlsx_response
from home.models import PortalSettings
from registrations import workflow
from registrations.admin_views.common import COUNCIL_VOTE, email_unit, review_proposal_required
from registrations.admin_views.forms import DEADLINE_INPUT
from registrations.criteria import assess
from registrations.models import (
    Gender,
    NomineeDecision,
    Proposal,
    ProposalDocument,
    ProposalRound,
    ProposedNominee,
    SubmissionState,
)
from registrations.proposal_forms import DayInput
from registrations.proposal_review import (
    DECISIONS,
    NEEDS_REASON,
    ReviewRefused,
    check_acceptable,
    checklist_rows,
    clock_for,
    decide,
    mark_complete,
    nominees_of,
    return_reason,
    save_checks,
    with_open_nominees,
)
from registrations.views.reports import attachment_response

DATE_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]


# Forms ---------------------------------------------------------------------------------------


class ChecklistForm(forms.Form):
    """A tick and a note for each checklist row (keys from ChecklistRow.key)."""

    def __init__(self, rows, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = rows
        for row in rows:
            self.fields[f"present-{row.key}"] = forms.BooleanField(
                label=_("Có, đúng mẫu"),
                required=False,
                initial=bool(row.check and row.check.present),
            )
            self.fields[f"note-{row.key}"] = forms.CharField(
                label=_("Ghi chú"),
                required=False,
                max_length=500,
                initial=row.check.note if row.check else "",
            )
            row.present_field = self[f"present-{row.key}"]
            row.note_field = self[f"note-{row.key}"]

    def ticks(self):
        return {
            row.key: (
                self.cleaned_data[f"present-{row.key}"],
                self.cleaned_data[f"note-{row.key}"].strip(),
            )
            for row in self.rows
        }


class CompleteForm(forms.Form):
    complete_on = forms.DateField(
        label=gettext_lazy("Hồ sơ đầy đủ từ ngày"),
        input_formats=DATE_FORMATS,
        widget=DayInput,
        help_text=gettext_lazy("Ngày/tháng/năm; thời hạn xử lý tính từ ngày này."),
        error_messages={
            "required": gettext_lazy("Nhập ngày hồ sơ đầy đủ."),
            "invalid": gettext_lazy("Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/12/2026."),
        },
    )


class NomineeDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=gettext_lazy("Kết quả thẩm định"),
        choices=[(choice.value, choice.label) for choice in DECISIONS],
        widget=forms.RadioSelect,
        error_messages={"required": gettext_lazy("Chọn kết quả thẩm định.")},
    )
    note = forms.CharField(
        label=gettext_lazy("Ý kiến thẩm định, lý do"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Bắt buộc khi không đủ điều kiện hoặc trả lại để bổ sung."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") in NEEDS_REASON and not cleaned.get("note", "").strip():
            self.add_error("note", _("Vui lòng nêu lý do."))
        return cleaned


class ProposalReturnForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Ý kiến chung (nếu có)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Lý do trả lại từng người, tập thể được gửi kèm."),
    )
    until = forms.DateTimeField(
        label=gettext_lazy("Hạn nộp lại"),
        required=False,
        widget=DEADLINE_INPUT,
        help_text=gettext_lazy("Bắt buộc khi đã quá hạn: đơn vị sửa và gửi lại được đến lúc này."),
    )


# Helpers -------------------------------------------------------------------------------------


def _optional_url(name, *args):
    """A link to a screen that may not be installed (the council's): "" when it is not."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


def _council_links(request, pk):
    """The council's screens for the round, for those who record the council's work."""
    if not request.user.has_perm(COUNCIL_VOTE):
        return {}
    return {
        "council_url": _optional_url("council:round", pk),
        "consultation_url": _optional_url("council:make_consultation", pk),
        "meeting_url": _optional_url("council:meeting_create", pk),
    }


def proposal_or_404(pk):
    queryset = with_open_nominees(Proposal.objects.select_related("round", "unit"))
    return get_object_or_404(queryset, pk=pk)


def proposal_url(proposal):
    return reverse("proposals_office:proposal", args=[proposal.pk])


def clock_text(clock):
    """The clock in words (overdue is said, never shown by colour alone)."""
    if clock is None:
        return _("Chưa xác nhận hồ sơ đầy đủ")
    due = format_day(clock.due_day)
    if not clock.running:
        return _("Đã xử lý xong")
    if clock.overdue:
        return _("QUÁ HẠN: đã %(used)s/%(allowed)s ngày làm việc (hạn %(due)s)") % {
            "used": clock.used,
            "allowed": clock.allowed,
            "due": due,
        }
    return _("Còn %(left)s ngày làm việc (hạn %(due)s)") % {"left": clock.remaining, "due": due}


# The rounds and a round -----------------------------------------------------------------------


@review_proposal_required
def rounds(request):
    rows = ProposalRound.objects.annotate(
        proposal_count=Count("proposals", distinct=True),
        waiting_count=Count(
            "proposals", filter=Q(proposals__state=SubmissionState.SUBMITTED), distinct=True
        ),
        accepted_count=Count(
            "proposals", filter=Q(proposals__state=SubmissionState.ACCEPTED), distinct=True
        ),
    ).order_by("-year", "-opens_at")
    return TemplateResponse(
        request,
        "registrations/admin/proposals/rounds.html",
        {
            "rounds": rows,
            "edit_url_name": "wagtailsnippets_registrations_proposalround:edit",
            "can_edit": request.user.has_perm("registrations.change_proposalround"),
        },
    )


STATE_FILTER = [("", gettext_lazy("Tất cả")), *SubmissionState.choices]


@review_proposal_required
def round_detail(request, pk):
    proposal_round = get_object_or_404(ProposalRound, pk=pk)
    state = request.GET.get("state", "")
    proposals = with_open_nominees(
        proposal_round.proposals.select_related("unit", "round").annotate(
            nominee_count=Count("nominees", distinct=True)
        )
    ).order_by("unit__name")
    if state in SubmissionState.values:
        proposals = proposals.filter(state=state)
    calendar, now = WorkingCalendar.cached(), timezone.now()
    rows = []
    for proposal in proposals:
        clock = clock_for(proposal, calendar, now)
        rows.append({"proposal": proposal, "clock": clock, "clock_text": clock_text(clock)})
    return TemplateResponse(
        request,
        "registrations/admin/proposals/round.html",
        {
            "round": proposal_round,
            "rows": rows,
            "state": state,
            "states": STATE_FILTER,
            **_council_links(request, pk),
        },
    )


# A proposal ----------------------------------------------------------------------------------


def _nominee_blocks(nominees, documents, decision_forms):
    assessments = assess(nominees)
    files = {}
    for document in documents:
        files.setdefault(document.nominee_id, []).append(document)
    return [
        {
            "nominee": nominee,
            "assessment": assessments[nominee.pk],
            "documents": files.get(nominee.pk, []),
            "groups": _groups_text(nominee),
            "form": decision_forms.get(nominee.pk)
            or NomineeDecisionForm(
                prefix=f"n{nominee.pk}",
                initial={
                    "decision": nominee.decision
                    if nominee.decision != NomineeDecision.PENDING
                    else None,
                    "note": nominee.decision_note,
                },
            ),
        }
        for nominee in nominees
    ]


def _rows(proposal, nominees, documents):
    items = list(proposal.round.checklist.all())
    checks = list(proposal.checks.all())
    return checklist_rows(proposal, nominees, items, checks, documents)


def proposal_page(request, proposal, *, http_status=200, **forms_given):
    nominees = nominees_of(proposal)
    documents = list(proposal.documents.all())
    # A refused checklist comes back with its own rows, as the office ticked them.
    checklist_form = forms_given.get("checklist_form") or ChecklistForm(
        _rows(proposal, nominees, documents)
    )
    rows = checklist_form.rows
    clock = clock_for(proposal)
    reviewing = proposal.state == SubmissionState.SUBMITTED
    context = {
        "proposal": proposal,
        "round": proposal.round,
        "clock": clock,
        "clock_text": clock_text(clock),
        "checklist_form": checklist_form,
        "rows": rows,
        "general_documents": [document for document in documents if document.nominee_id is None],
        "complete_form": forms_given.get("complete_form")
        or CompleteForm(initial={"complete_on": proposal.complete_on or timezone.localdate()}),
        "return_form": forms_given.get("return_form") or ProposalReturnForm(),
        "blocks": _nominee_blocks(nominees, documents, forms_given.get("decision_forms", {})),
        "reviewing": reviewing,
        "can_check": proposal.state in (SubmissionState.SUBMITTED, SubmissionState.ACCEPTED),
        "can_return": proposal.state in (SubmissionState.SUBMITTED, SubmissionState.ACCEPTED),
        "can_accept": reviewing,
        "deadline_passed": proposal.effective_deadline <= timezone.now(),
        "versions": proposal.versions.select_related("submitted_by"),
        "log_entries": proposal.log_entries.select_related("user"),
    }
    return TemplateResponse(
        request, "registrations/admin/proposals/proposal.html", context, status=http_status
    )


@review_proposal_required
def proposal_detail(request, pk):
    return proposal_page(request, proposal_or_404(pk))


@review_proposal_required
@require_POST
def proposal_checks(request, pk):
    proposal = proposal_or_404(pk)
    nominees = nominees_of(proposal)
    rows = _rows(proposal, nominees, list(proposal.documents.all()))
    form = ChecklistForm(rows, request.POST)
    if proposal.state not in (SubmissionState.SUBMITTED, SubmissionState.ACCEPTED):
        messages.error(request, _("Chỉ kiểm tra được hồ sơ đơn vị đã gửi."))
        return redirect(proposal_url(proposal))
    if not form.is_valid():
        messages.error(request, _("Chưa lưu được: xem lỗi trong bảng thành phần hồ sơ."))
        return proposal_page(request, proposal, checklist_form=form, http_status=400)
    save_checks(proposal, rows, form.ticks(), request.user)
    messages.success(request, _("Đã lưu kết quả kiểm tra thành phần hồ sơ."))
    return redirect(proposal_url(proposal) + "#thanh-phan-ho-so")


@review_proposal_required
@require_POST
def proposal_complete(request, pk):
    proposal = proposal_or_404(pk)
    form = CompleteForm(request.POST)
    if form.is_valid():
        nominees = nominees_of(proposal)
        rows = _rows(proposal, nominees, list(proposal.documents.all()))
        try:
            mark_complete(proposal, rows, form.cleaned_data["complete_on"], request.user)
        except ReviewRefused as refusal:
            form.add_error("complete_on", str(refusal))
        else:
            messages.success(
                request,
                _("Đã xác nhận hồ sơ đầy đủ từ ngày %(day)s.")
                % {"day": format_day(proposal.complete_on)},
            )
            return redirect(proposal_url(proposal))
    messages.error(request, _("Chưa xác nhận được hồ sơ đầy đủ: xem lỗi bên dưới."))
    return proposal_page(request, proposal, complete_form=form, http_status=400)


@review_proposal_required
@require_POST
def nominee_decision(request, pk, nominee_id):
    proposal = proposal_or_404(pk)
    nominee = get_object_or_404(
        ProposedNominee.objects.select_related("proposal"), pk=nominee_id, proposal=proposal
    )
    form = NomineeDecisionForm(request.POST, prefix=f"n{nominee.pk}")
    if form.is_valid():
        try:
            decide(nominee, form.cleaned_data["decision"], form.cleaned_data["note"], request.user)
        except ReviewRefused as refusal:
            # Not a slip of the form: the proposal is no longer under review.
            messages.error(request, str(refusal))
            return proposal_page(request, proposal, http_status=400)
        else:
            messages.success(
                request,
                _("Đã ghi kết quả thẩm định của %(name)s: %(decision)s.")
                % {"name": nominee.full_name, "decision": nominee.get_decision_display()},
            )
            return redirect(proposal_url(proposal) + f"#nguoi-{nominee.pk}")
    messages.error(
        request, _("Chưa ghi được kết quả của %(name)s: xem lỗi.") % {"name": nominee.full_name}
    )
    return proposal_page(request, proposal, decision_forms={nominee.pk: form}, http_status=400)


@review_proposal_required
@require_POST
def proposal_return(request, pk):
    proposal = proposal_or_404(pk)
    form = ProposalReturnForm(request.POST)
    if form.is_valid():
        reason = return_reason(nominees_of(proposal), form.cleaned_data["reason"])
        if not reason:
            form.add_error(
                "reason",
                _("Nêu lý do trả lại: ý kiến chung, hoặc trả lại từng người, tập thể kèm lý do."),
            )
        else:
            try:
                proposal = workflow.return_for_changes(
                    proposal, request.user, reason, until=form.cleaned_data["until"]
                )
            except workflow.TransitionRefused as refusal:
                form.add_error(None, str(refusal))
            else:
                # No longer complete: the clock starts again when it is.
                proposal.complete_on = None
                proposal.save(update_fields=["complete_on", "updated_at"])
                email_unit(proposal, "office_returned")
                messages.success(
                    request,
                    _("Đã trả lại hồ sơ của %(unit)s; đơn vị sửa và gửi lại được đến %(deadline)s.")
                    % {
                        "unit": proposal.unit.name,
                        "deadline": format_moment(proposal.effective_deadline),
                    },
                )
                return redirect(proposal_url(proposal))
    messages.error(request, _("Chưa trả lại được: xem lỗi trong mục Trả lại."))
    return proposal_page(request, proposal_or_404(pk), return_form=form, http_status=400)


@review_proposal_required
@require_POST
def proposal_accept(request, pk):
    proposal = proposal_or_404(pk)
    try:
        check_acceptable(nominees_of(proposal))
        proposal = workflow.accept(proposal, request.user)
    except (ReviewRefused, workflow.TransitionRefused) as refusal:
        messages.error(request, str(refusal))
        return redirect(proposal_url(proposal))
    email_unit(proposal, "office_accepted")
    messages.success(request, _("Đã tiếp nhận hồ sơ của %(unit)s.") % {"unit": proposal.unit.name})
    return redirect(proposal_url(proposal))


@review_proposal_required
def proposal_version(request, pk, number):
    proposal = proposal_or_404(pk)
    version = get_object_or_404(proposal.versions.select_related("submitted_by"), number=number)
    return TemplateResponse(
        request,
        "registrations/admin/proposals/version.html",
        {"proposal": proposal, "version": version, "data": _readable(version.data)},
    )


def _readable(data):
    """A version's data with its codes in words (kind, gender, groups)."""
    labels = dict(GROUPS)
    kinds, genders = dict(ProposedNominee.Kind.choices), dict(Gender.choices)
    nominees = [
        {
            **nominee,
            "kind": kinds.get(nominee.get("kind"), nominee.get("kind")),
            "gender": genders.get(nominee.get("gender"), nominee.get("gender")),
            "groups": [str(labels.get(name, name)) for name in nominee.get("groups", [])],
        }
        for nominee in data.get("nominees", [])
    ]
    return {**data, "nominees": nominees}


@review_proposal_required
def proposal_document(request, pk, document_id):
    document = get_object_or_404(ProposalDocument, pk=document_id, proposal_id=pk)
    return attachment_response(document)


# Exports for the council ---------------------------------------------------------------------


GROUPS = (
    ("small_collective", gettext_lazy("Tập thể nhỏ")),
    ("grassroots_unit", gettext_lazy("Đơn vị cơ sở")),
    ("direct_worker", gettext_lazy("Người lao động trực tiếp")),
    ("worker", gettext_lazy("Công nhân")),
    ("farmer", gettext_lazy("Nông dân")),
)


def accepted_nominees(proposal_round):
    """The nominees the office found eligible, in proposals it accepted."""
    return list(
        ProposedNominee.objects.filter(
            proposal__round=proposal_round,
            proposal__state=SubmissionState.ACCEPTED,
            decision=NomineeDecision.ACCEPTED,
        )
        .select_related("award_form", "proposal__unit", "proposal__round")
        .order_by("proposal__unit__name", "sort_order", "pk")
    )


def _groups_text(nominee):
    return ", ".join(str(label) for name, label in GROUPS if getattr(nominee, name))


def _audit_export(request, proposal_round, what):
    # The lists name the people units put forward: each export is in the audit log.
    audit.record(
        proposal_round,
        "tdkt.export",
        request.user,
        title=_("%(what)s – %(round)s") % {"what": what, "round": proposal_round.title},
    )


@review_proposal_required
def round_export(request, pk):
    proposal_round = get_object_or_404(ProposalRound, pk=pk)
    nominees = accepted_nominees(proposal_round)
    assessments = assess(nominees)
    header = [
        _("STT"),
        _("Đơn vị đề nghị"),
        _("Mã hồ sơ"),
        _("Họ và tên / tên tập thể"),
        _("Cá nhân / tập thể"),
        _("Chức vụ"),
        _("Đơn vị công tác"),
        _("Hình thức đề nghị"),
        _("Nhóm đối tượng"),
        _("Tóm tắt thành tích"),
        _("Tiêu chuẩn (theo lịch sử khen thưởng)"),
        _("Ý kiến thẩm định"),
    ]
    rows = [
        [
            number,
            nominee.proposal.unit.name,
            nominee.proposal.reference_code or "",
            nominee.full_name,
            nominee.get_kind_display(),
            nominee.position,
            nominee.workplace,
            str(nominee.award_form),
            _groups_text(nominee),
            nominee.summary,
            assessments[nominee.pk].summary,
            nominee.decision_note,
        ]
        for number, nominee in enumerate(nominees, start=1)
    ]
    what = _("Danh sách đủ điều kiện trình Hội đồng")
    _audit_export(request, proposal_round, what)
    return xlsx_response(
        export_filename(what, proposal_round.title),
        [(_("Danh sách"), header, rows)],
        title=export_title(f"{what} – {proposal_round.title}"),
    )


@review_proposal_required
def round_docx(request, pk):
    """The accepted nominees for the council, as an official paper of the office."""
    proposal_round = get_object_or_404(ProposalRound, pk=pk)
    nominees = accepted_nominees(proposal_round)
    assessments = assess(nominees)
    portal = PortalSettings.for_site(Site.find_for_request(request) or Site.objects.first())
    document = AdministrativeDocument()
    document.letterhead([portal.council_name.upper()])
    document.place_and_date(format_day(timezone.localdate()))
    document.title(
        _("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỦ ĐIỀU KIỆN TRÌNH HỘI ĐỒNG"), proposal_round.title
    )
    document.paragraph(_("Số người, tập thể đủ điều kiện: %(n)s.") % {"n": len(nominees)})
    document.table(
        [
            _("STT"),
            _("Tập thể, cá nhân"),
            _("Đơn vị đề nghị"),
            _("Hình thức đề nghị"),
            _("Tóm tắt thành tích"),
            _("Tiêu chuẩn"),
        ],
        [
            [
                number,
                "\n".join(filter(None, [nominee.full_name, nominee.position, nominee.workplace])),
                nominee.proposal.unit.name,
                nominee.award_form,
                nominee.summary,
                assessments[nominee.pk].summary,
            ]
            for number, nominee in enumerate(nominees, start=1)
        ],
        [4, 18, 14, 13, 30, 21],
    )
    what = _("Danh sách đủ điều kiện trình Hội đồng")
    _audit_export(request, proposal_round, what)
    response = HttpResponse(
        document.bytes(),
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    filename = export_filename(what, proposal_round.title, extension="docx")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
