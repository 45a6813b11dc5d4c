"""The moderation queue for every comment of the site, and the council's report per round.
Everything here needs the 'moderate comments' permission (the secretariat)."""

from datetime import datetime, time

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from consultations import moderation
from consultations.models import (
    ConsultationPage,
    ModerationState,
    NomineePage,
    PortalComment,
    Question,
    Stance,
)
from consultations.reports import count_headings, report_totals, report_xlsx, round_report

MODERATE = "consultations.moderate_portalcomment"
PER_PAGE = 50


class PageChoiceField(forms.ModelChoiceField):
    """A page chosen by id. An id no database column can hold is not a choice (page ids are
    not range-checked in lookups, so the database would refuse it with a server error)."""

    def to_python(self, value):
        if value not in self.empty_values and not (str(value).isdigit() and int(value) < 2**31):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class QueueFilterForm(forms.Form):
    q = forms.CharField(label=gettext_lazy("Tìm"), required=False, max_length=200)
    round = PageChoiceField(
        label=gettext_lazy("Đợt lấy ý kiến"),
        queryset=ConsultationPage.objects.order_by("-opens_at"),
        required=False,
    )
    nominee = PageChoiceField(
        label=gettext_lazy("Người / tập thể được đề nghị"),
        queryset=NomineePage.objects.order_by("title"),
        required=False,
    )
    page = forms.IntegerField(
        label=gettext_lazy("Mã trang"), required=False, min_value=1, max_value=2**31 - 1
    )
    kind = forms.ChoiceField(
        label=gettext_lazy("Loại"),
        required=False,
        choices=[
            ("", gettext_lazy("Tất cả")),
            ("opinion", gettext_lazy("Ý kiến về người được đề nghị")),
            ("reader", gettext_lazy("Bình luận bạn đọc")),
        ],
    )
    stance = forms.ChoiceField(
        label=gettext_lazy("Quan điểm"),
        required=False,
        choices=[("", gettext_lazy("Tất cả")), *Stance.choices],
    )
    state = forms.ChoiceField(
        label=gettext_lazy("Kiểm duyệt"),
        required=False,
        choices=[("", gettext_lazy("Tất cả")), *ModerationState.choices],
    )
    date_from = forms.DateField(label=gettext_lazy("Từ ngày"), required=False)
    date_to = forms.DateField(label=gettext_lazy("Đến ngày"), required=False)

    def filter(self, queryset):
        if not self.is_valid():
            return queryset
        data = self.cleaned_data
        if data["q"]:
            words = data["q"].split()[:8]
            for word in words:
                queryset = queryset.filter(
                    Q(user_name__icontains=word)
                    | Q(comment__icontains=word)
                    | Q(reference_code__iexact=word)
                    | Q(user_email__iexact=word)
                    | Q(phone__icontains=word)
                )
        if data["round"]:
            queryset = queryset.filter(round=data["round"])
        if data["nominee"]:
            queryset = queryset.filter(page_id=data["nominee"].pk)
        if data["page"]:
            queryset = queryset.filter(page_id=data["page"])
        if data["kind"] == "opinion":
            queryset = queryset.exclude(round=None)
        elif data["kind"] == "reader":
            queryset = queryset.filter(round=None)
        if data["stance"]:
            queryset = queryset.filter(stance=data["stance"])
        if data["state"]:
            queryset = queryset.filter(moderation_state=data["state"])
        tz = timezone.get_current_timezone()
        if data["date_from"]:
            queryset = queryset.filter(
                submit_date__gte=datetime.combine(data["date_from"], time.min, tz)
            )
        if data["date_to"]:
            queryset = queryset.filter(
                submit_date__lte=datetime.combine(data["date_to"], time.max, tz)
            )
        return queryset


ACTIONS = {
    "approve": (moderation.approve, gettext_lazy("Đã duyệt %(count)s mục.")),
    "reject": (moderation.reject, gettext_lazy("Đã gỡ %(count)s mục.")),
    "verify": (
        moderation.mark_for_verification,
        gettext_lazy("Đã chuyển %(count)s mục sang xác minh; người được đề nghị tạm dừng xét."),
    ),
}


@permission_required(MODERATE, raise_exception=True)
def queue(request):
    form = QueueFilterForm(request.GET or None)
    comments = form.filter(
        PortalComment.objects.filter(is_official_reply=False).select_related("page", "round")
    ).order_by("-submit_date", "-pk")
    paginator = Paginator(comments, PER_PAGE)
    page = paginator.get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "consultations/admin/queue.html",
        {
            "filter_form": form,
            "comments": page,
            "pending_count": PortalComment.objects.filter(
                moderation_state=ModerationState.PENDING, is_official_reply=False
            ).count(),
            "query_string": request.GET.urlencode(),
        },
    )


@require_POST
@permission_required(MODERATE, raise_exception=True)
def bulk_action(request):
    action = request.POST.get("action", "")
    ids = [value for value in request.POST.getlist("ids") if value.isdigit()]
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = reverse("consultations_admin:queue")
    comments = list(PortalComment.objects.filter(pk__in=ids, is_official_reply=False))
    if not comments:
        messages.warning(request, _("Chưa chọn ý kiến nào."))
        return redirect(back)
    if action == "reply":
        text = request.POST.get("reply_text", "").strip()
        if not text or len(text) > 5000:
            messages.error(request, _("Nhập nội dung trả lời (tối đa 5.000 ký tự)."))
            return redirect(back)
        for comment in comments:
            moderation.reply_officially(comment, request.user, text)
        messages.success(
            request, _("Đã trả lời chính thức %(count)s mục.") % {"count": len(comments)}
        )
        return redirect(back)
    if action not in ACTIONS:
        messages.error(request, _("Thao tác không hợp lệ."))
        return redirect(back)
    handler, message = ACTIONS[action]
    count = handler(comments, request.user)
    messages.success(request, message % {"count": count})
    return redirect(back)


@permission_required(MODERATE, raise_exception=True)
def detail(request, pk):
    comment = get_object_or_404(
        PortalComment.objects.select_related("page", "round", "moderated_by"), pk=pk
    )
    replies = PortalComment.objects.filter(thread_id=comment.thread_id, level__gt=0).order_by(
        "order"
    )
    return TemplateResponse(
        request,
        "consultations/admin/detail.html",
        {
            "comment": comment,
            "replies": replies,
            "log": comment.moderation_log.select_related("user"),
            "page_title": comment.reference_code,
        },
    )


@permission_required(MODERATE, raise_exception=True)
def report(request, round_id, fmt="html"):
    consultation = get_object_or_404(ConsultationPage, pk=round_id)
    if fmt == "xlsx":
        return report_xlsx(consultation)
    report = round_report(consultation)
    return TemplateResponse(
        request,
        "consultations/admin/report.html",
        {
            "consultation": consultation,
            "report": report,
            "count_headings": count_headings(),
            "total_cells": report_totals(report),
            "generated_at": timezone.now(),
        },
    )


@permission_required("consultations.change_question", raise_exception=True)
def question_attachment(request, pk):
    """The file a citizen attached: staff only, downloaded, never shown inline."""
    question = get_object_or_404(Question, pk=pk)
    if not question.attachment:
        raise Http404
    extension = question.attachment.name.rsplit(".", 1)[-1]
    try:  # the file may be gone from the storage (e.g. a restore without private files)
        handle = question.attachment.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=f"{question.reference_code}.{extension}",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
