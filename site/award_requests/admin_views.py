"""The secretariat's handling of one request: its details, the private scan, the log and the
actions. Every view needs HANDLE, which only the secretariat's
group and superusers have."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import ModelLogEntry

from award_requests import workflow
from award_requests.admin_forms import AnswerForm, PapersForm, RefusalForm
from award_requests.models import AwardRequest
from core import audit
from privacy.models import ConsentRecord

HANDLE = "award_requests.change_awardrequest"


def _detail(request, award_request, status=200, **forms):
    consents = ConsentRecord.objects.filter(
        content_type__app_label="award_requests",
        content_type__model="awardrequest",
        object_id=award_request.pk,
    ).select_related("consent_text")
    context = {
        "award_request": award_request,
        "overdue": award_request.is_overdue(),
        "consents": consents,
        "log": ModelLogEntry.objects.for_instance(award_request).select_related("user"),
        "papers_form": forms.get("papers_form")
        or PapersForm(initial={"papers": award_request.papers_requested}),
        "answer_form": forms.get("answer_form") or AnswerForm(),
        "refusal_form": forms.get("refusal_form") or RefusalForm(),
    }
    return TemplateResponse(request, "award_requests/admin/detail.html", context, status=status)


@permission_required(HANDLE, raise_exception=True)
def detail(request, pk):
    return _detail(request, get_object_or_404(AwardRequest, pk=pk))


@permission_required(HANDLE, raise_exception=True)
def scan(request, pk):
    """The identity scan, shown inline to the secretariat only; each viewing is logged."""
    award_request = get_object_or_404(AwardRequest, pk=pk)
    if not award_request.identity_scan:
        raise Http404
    audit.record(
        award_request, "tdkt.award_request.scan_viewed", request.user, title=str(award_request)
    )
    name = award_request.identity_scan.name.rsplit("/", 1)[-1]
    response = FileResponse(award_request.identity_scan.open("rb"), filename=name)
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "sandbox"
    return response


@permission_required(HANDLE, raise_exception=True)
def reply_file(request, pk):
    award_request = get_object_or_404(AwardRequest, pk=pk)
    if not award_request.answer_file:
        raise Http404
    response = FileResponse(
        award_request.answer_file.open("rb"),
        as_attachment=True,
        filename=f"tra-loi-{award_request.reference_code}.pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response


def _act(request, pk, act, done_message):
    award_request = get_object_or_404(AwardRequest, pk=pk)
    try:
        act(award_request)
    except workflow.NotOpen:
        messages.error(request, _("Đề nghị này đã kết thúc; không thể thao tác thêm."))
    else:
        messages.success(request, done_message)
    return redirect("award_requests_admin:detail", pk=pk)


@require_POST
@permission_required(HANDLE, raise_exception=True)
def acknowledge(request, pk):
    return _act(
        request,
        pk,
        lambda r: workflow.acknowledge(r, request.user),
        _("Đã tiếp nhận đề nghị và báo cho người đề nghị."),
    )


def _with_form(request, pk, form_class, form_name, act, done_message):
    award_request = get_object_or_404(AwardRequest, pk=pk)
    form = form_class(request.POST, request.FILES)
    if not form.is_valid():
        return _detail(request, award_request, status=400, **{form_name: form})
    return _act(request, pk, lambda r: act(r, form.cleaned_data), done_message)


@require_POST
@permission_required(HANDLE, raise_exception=True)
def ask_for_papers(request, pk):
    return _with_form(
        request,
        pk,
        PapersForm,
        "papers_form",
        lambda r, data: workflow.ask_for_papers(r, request.user, data["papers"]),
        _("Đã gửi yêu cầu bổ sung giấy tờ cho người đề nghị."),
    )


@require_POST
@permission_required(HANDLE, raise_exception=True)
def answer(request, pk):
    return _with_form(
        request,
        pk,
        AnswerForm,
        "answer_form",
        lambda r, data: workflow.answer(r, request.user, data["answer"], data["reply_file"]),
        _("Đã trả lời đề nghị và báo cho người đề nghị."),
    )


@require_POST
@permission_required(HANDLE, raise_exception=True)
def refuse(request, pk):
    return _with_form(
        request,
        pk,
        RefusalForm,
        "refusal_form",
        lambda r, data: workflow.refuse(r, request.user, data["reason"]),
        _("Đã từ chối đề nghị và báo lý do cho người đề nghị."),
    )
