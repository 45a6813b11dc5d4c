"""One comment as the secretariat sees it, and the council's report per round (the queue
itself is consultations.moderation_queue). Everything here needs the 'moderate comments'
permission (the secretariat)."""

from urllib.parse import quote

from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from consultations.models import (
    ConsultationPage,
    PortalComment,
    Question,
)
from consultations.reports import count_headings, report_totals, report_xlsx, round_report
from core import audit

MODERATE = "consultations.moderate_portalcomment"


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
            "comment_id": str(comment.pk),
            # Where the bulk-action confirmation returns: back to this comment.
            "back": quote(request.get_full_path()),
            "page_title": comment.reference_code,
        },
    )


@permission_required(MODERATE, raise_exception=True)
def report(request, round_id, fmt="html"):
    consultation = get_object_or_404(ConsultationPage, pk=round_id)
    if fmt == "xlsx":
        response = report_xlsx(consultation)
        # The workbook names every commenter with phone, e-mail and address.
        audit.record(
            consultation,
            "tdkt.export",
            request.user,
            title=_("Báo cáo tổng hợp ý kiến (Excel) – %(round)s") % {"round": consultation.title},
        )
        return response
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
