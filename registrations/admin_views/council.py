"""The council's screens of a proposal round (admin/hoi-dong/): the round's accepted nominees,
the consultation made from them, the meeting and its secret-ballot totals, the minutes (DOCX
and print), and the draft decision made from those who passed."""

from django import forms
from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from consultations.models import WorkingCalendar
from core.dates import format_day, format_long_day
from news.models import AwardForm
from registrations import outcomes
from registrations.admin_views.common import council_required
from registrations.models import CouncilMeeting, ProposalRound

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class MeetingForm(forms.ModelForm):
    class Meta:
        model = CouncilMeeting
        fields = ["held_on", "place", "chair", "members_total", "members_present", "note"]
        widgets = {
            "held_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "note": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "held_on": {"required": gettext_lazy("Chọn ngày họp.")},
            "members_total": {"required": gettext_lazy("Nhập tổng số thành viên Hội đồng.")},
            "members_present": {"required": gettext_lazy("Nhập số thành viên có mặt.")},
        }


class BallotSheetForm(forms.Form):
    """Three totals per nominee that can be voted; a row left empty is not voted yet."""

    KINDS = (
        ("for", gettext_lazy("Số phiếu đồng ý")),
        ("against", gettext_lazy("Số phiếu không đồng ý")),
        ("invalid", gettext_lazy("Số phiếu không hợp lệ")),
    )

    def __init__(self, meeting, rows, data=None):
        super().__init__(data)
        self.meeting = meeting
        self.rows = [row for row in rows if row.votable]
        for row in self.rows:
            ballot = row.ballot
            for kind, label in self.KINDS:
                initial = getattr(ballot, f"votes_{kind}") if ballot else None
                self.fields[self.name(kind, row)] = forms.IntegerField(
                    label=f"{label} – {row.nominee.full_name}",
                    min_value=0,
                    max_value=meeting.members_total,
                    required=False,
                    initial=initial,
                    error_messages={
                        "invalid": gettext_lazy("Nhập một số nguyên."),
                        "min_value": gettext_lazy("Số phiếu không được âm."),
                        "max_value": gettext_lazy("Không được lớn hơn tổng số thành viên."),
                    },
                )

    @staticmethod
    def name(kind, row):
        return f"{kind}_{row.nominee.pk}"

    def bound_rows(self):
        """(row, [bound fields]) for the template; None for rows that cannot be voted."""
        return {
            row.nominee.pk: [self[self.name(kind, row)] for kind, _label in self.KINDS]
            for row in self.rows
        }

    def clean(self):
        cleaned = super().clean()
        self.entries = []
        present = self.meeting.members_present
        for row in self.rows:
            values = [cleaned.get(self.name(kind, row)) for kind, _label in self.KINDS]
            if all(value is None for value in values) or any(
                self.name(kind, row) in self.errors for kind, _label in self.KINDS
            ):
                continue
            votes_for, against, invalid = values
            if votes_for is None:
                self.add_error(self.name("for", row), _("Nhập số phiếu đồng ý."))
                continue
            against, invalid = against or 0, invalid or 0
            cast = votes_for + against + invalid
            if cast > present:
                self.add_error(
                    self.name("for", row),
                    _("Tổng số phiếu (%(cast)s) lớn hơn số thành viên có mặt (%(present)s).")
                    % {"cast": cast, "present": present},
                )
                continue
            self.entries.append((row, votes_for, against, invalid))
        return cleaned


class DecisionForm(forms.Form):
    award_form = forms.ModelChoiceField(
        label=gettext_lazy("Hình thức khen thưởng"),
        queryset=AwardForm.objects.none(),
        empty_label=None,
        error_messages={
            "invalid_choice": gettext_lazy("Hình thức này không còn ai để lập quyết định.")
        },
    )

    def __init__(self, meeting, data=None):
        super().__init__(data)
        self.fields["award_form"].queryset = outcomes.awards_ready_for_decision(meeting)


def describe_errors(form):
    """Each field in error points to its message, for screen readers."""
    for name in form.errors:
        if name in form.fields:
            attrs = form.fields[name].widget.attrs
            attrs["aria-describedby"] = f"{form[name].auto_id}-error"
            attrs["aria-invalid"] = "true"


def round_or_404(pk):
    return get_object_or_404(ProposalRound, pk=pk)


def meeting_or_404(pk):
    return get_object_or_404(CouncilMeeting.objects.select_related("round"), pk=pk)


def page_edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


@council_required
def round_view(request, pk):
    proposal_round = round_or_404(pk)
    consulted = outcomes.consulted_award_ids(proposal_round)
    nominees = list(outcomes.accepted_nominees(proposal_round).select_related("ballot__meeting"))
    return TemplateResponse(
        request,
        "registrations/admin/council/round.html",
        {
            "round": proposal_round,
            "nominees": nominees,
            "consulted": consulted,
            "to_consult": [
                n for n in nominees if n.award_form_id in consulted and not n.nominee_page_id
            ],
            "consultations": [
                {
                    "page": page,
                    "edit_url": page_edit_url(page),
                    # A draft approved late would give the public less than 10 working days.
                    "dates_passed": not page.live and page.opens_at <= timezone.now(),
                }
                for page in outcomes.round_consultations(proposal_round)
            ],
            "meetings": proposal_round.meetings.all(),
        },
    )


@council_required
@require_http_methods(["GET", "POST"])
def make_consultation(request, pk):
    proposal_round = round_or_404(pk)
    if request.method == "POST":
        try:
            result = outcomes.make_consultation(proposal_round, request.user)
        except outcomes.ActionRefused as refusal:
            messages.error(request, str(refusal))
            return redirect("council:round", pk=proposal_round.pk)
        return TemplateResponse(
            request,
            "registrations/admin/council/consultation_made.html",
            {
                "round": proposal_round,
                "result": result,
                "edit_url": page_edit_url(result.consultation) if result.consultation else "",
                "created": [(n, page, page_edit_url(page)) for n, page in result.created],
            },
        )
    pending = [n for n in outcomes.nominees_to_consult(proposal_round) if not n.nominee_page_id]
    opens_at, closes_at, council_on = outcomes.proposed_dates(WorkingCalendar())
    return TemplateResponse(
        request,
        "registrations/admin/council/consultation_confirm.html",
        {
            "round": proposal_round,
            "pending": pending,
            "opens_at": opens_at,
            "closes_at": closes_at,
            "council_on": council_on,
        },
    )


@council_required
@require_http_methods(["GET", "POST"])
def meeting_create(request, pk):
    proposal_round = round_or_404(pk)
    meeting = CouncilMeeting(round=proposal_round, created_by=request.user)
    form = MeetingForm(request.POST or None, instance=meeting)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Đã ghi phiên họp; nhập kết quả bỏ phiếu bên dưới."))
        return redirect("council:meeting", pk=meeting.pk)
    describe_errors(form)
    return TemplateResponse(
        request,
        "registrations/admin/council/meeting_form.html",
        {"round": proposal_round, "form": form},
        status=400 if request.method == "POST" else 200,
    )


def _meeting_page(request, meeting, rows, form, status=200):
    describe_errors(form)
    fields = form.bound_rows()
    return TemplateResponse(
        request,
        "registrations/admin/council/meeting.html",
        {
            "meeting": meeting,
            "round": meeting.round,
            "form": form,
            "rows": [(row, fields.get(row.nominee.pk)) for row in rows],
            "ready_awards": outcomes.awards_ready_for_decision(meeting),
        },
        status=status,
    )


@council_required
@require_http_methods(["GET", "POST"])
def meeting_view(request, pk):
    meeting = meeting_or_404(pk)
    rows = outcomes.ballot_rows(meeting)
    if request.method != "POST":
        return _meeting_page(request, meeting, rows, BallotSheetForm(meeting, rows))
    form = BallotSheetForm(meeting, rows, request.POST)
    if not form.is_valid():
        messages.error(request, _("Chưa lưu được: xem lỗi ở từng dòng."))
        return _meeting_page(request, meeting, rows, form, status=400)
    with transaction.atomic():  # the sheet is saved whole or not at all
        for row, votes_for, against, invalid in form.entries:
            outcomes.record_ballot(meeting, row, votes_for, against, invalid, request.user)
    messages.success(
        request,
        _("Đã lưu kết quả bỏ phiếu của %(count)s trường hợp.") % {"count": len(form.entries)},
    )
    return redirect("council:meeting", pk=meeting.pk)


@council_required
def minutes_docx(request, pk):
    meeting = meeting_or_404(pk)
    response = HttpResponse(outcomes.minutes_docx(meeting), content_type=DOCX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{outcomes.docx_filename(meeting)}"'
    return response


@council_required
def minutes_print(request, pk):
    meeting = meeting_or_404(pk)
    return TemplateResponse(
        request,
        "registrations/admin/council/minutes_print.html",
        {
            **outcomes.minutes_context(meeting),
            "held_on_long": format_long_day(meeting.held_on),
            "printed_on": format_day(timezone.localdate()),
        },
    )


@council_required
@require_http_methods(["GET", "POST"])
def make_decision(request, pk):
    meeting = meeting_or_404(pk)
    form = DecisionForm(meeting, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            decision, nominees = outcomes.make_decision(
                meeting, form.cleaned_data["award_form"], request.user
            )
        except outcomes.ActionRefused as refusal:
            form.add_error("award_form", str(refusal))
        else:
            return TemplateResponse(
                request,
                "registrations/admin/council/decision_made.html",
                {
                    "meeting": meeting,
                    "decision": decision,
                    "nominees": nominees,
                    "edit_url": page_edit_url(decision),
                },
            )
    describe_errors(form)
    return TemplateResponse(
        request,
        "registrations/admin/council/decision_form.html",
        {"meeting": meeting, "round": meeting.round, "form": form},
        status=400 if request.method == "POST" else 200,
    )
