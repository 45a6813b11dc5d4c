"""The secretariat's handling of one request: what was found under the address, sending the
file, erasing contact data, extending the deadline once, closing with a note."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.dates import format_day
from privacy import conf, data_requests
from privacy.forms import DoneForm, ExtensionForm
from privacy.models import DataRequest

HANDLE = "privacy.change_datarequest"


def _detail(request, data_request, done_form=None, extension_form=None, status=200):
    comments = list(data_requests.comments_of(data_request.email))
    questions = list(data_requests.questions_of(data_request.email))
    return TemplateResponse(
        request,
        "privacy/admin/detail.html",
        {
            "data_request": data_request,
            "comments": comments,
            "questions": questions,
            "consents": list(data_requests.consents_of(comments, questions)),
            "done_form": done_form or DoneForm(initial={"note": data_request.note}),
            "extension_form": extension_form or ExtensionForm(data_request=data_request),
            "extension_days": conf.extension_days(),
            "overdue": data_request.is_overdue(),
        },
        status=status,
    )


@permission_required(HANDLE, raise_exception=True)
def detail(request, pk):
    return _detail(request, get_object_or_404(DataRequest, pk=pk))


@require_POST
@permission_required(HANDLE, raise_exception=True)
def send_file(request, pk):
    data_request = get_object_or_404(DataRequest, pk=pk)
    fmt = "json" if request.POST.get("format") == "json" else "xlsx"
    data_requests.send_file(data_request, request.user, fmt)
    messages.success(request, _("Đã gửi tệp dữ liệu cho người yêu cầu."))
    return redirect("privacy_admin:detail", pk=pk)


@require_POST
@permission_required(HANDLE, raise_exception=True)
def erase(request, pk):
    data_request = get_object_or_404(DataRequest, pk=pk)
    counts = data_requests.erase(data_request, request.user)
    messages.success(
        request,
        _("Đã xóa thông tin liên hệ của %(comments)s ý kiến và %(questions)s câu hỏi.") % counts,
    )
    return redirect("privacy_admin:detail", pk=pk)


@require_POST
@permission_required(HANDLE, raise_exception=True)
def extend(request, pk):
    data_request = get_object_or_404(DataRequest, pk=pk)
    form = ExtensionForm(request.POST, data_request=data_request)
    if form.is_valid():
        try:
            data_requests.extend(data_request, request.user, form.cleaned_data["reason"])
        except data_requests.AlreadyExtended:  # extended meanwhile, from another screen
            data_request.refresh_from_db()
            form = ExtensionForm(request.POST, data_request=data_request)
        else:
            messages.success(
                request,
                _("Đã gia hạn trả lời đến ngày %(date)s và báo cho người yêu cầu.")
                % {"date": format_day(data_request.due_by)},
            )
            return redirect("privacy_admin:detail", pk=pk)
    return _detail(request, data_request, extension_form=form, status=400)


@require_POST
@permission_required(HANDLE, raise_exception=True)
def done(request, pk):
    data_request = get_object_or_404(DataRequest, pk=pk)
    form = DoneForm(request.POST)
    if not form.is_valid():
        return _detail(request, data_request, done_form=form, status=400)
    data_requests.mark_done(data_request, request.user, form.cleaned_data["note"])
    messages.success(request, _("Đã hoàn thành yêu cầu và báo cho người yêu cầu."))
    return redirect("privacy_admin:detail", pk=pk)
