"""The council's report per round: a printable page and its workbook (built by
consultations.reports). Needs the 'moderate comments' permission (the secretariat)."""

from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from consultations.admin_views.comments import MODERATE
from consultations.models import ConsultationPage
from consultations.reports import count_headings, report_totals, report_xlsx, round_report
from core import audit


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
