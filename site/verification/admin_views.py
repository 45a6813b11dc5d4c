"""The office's sheet of verification codes for one published decision: every awardee's name,
award, code and QR code, laid out to print on labels or beside the certificates."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from news.models import AwardDecisionPage
from verification import qr
from verification.records import code_of


def qr_sheet(request, page_id):
    decision = get_object_or_404(AwardDecisionPage, pk=page_id)
    if not decision.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    rows = []
    if decision.live:
        for awardee in decision.awardees.select_related("effective_form").order_by("sort_order"):
            code = code_of(awardee)
            address = request.build_absolute_uri(reverse("verification:record", args=[code]))
            rows.append(
                {"awardee": awardee, "code": code, "address": address, "svg": qr.svg(address)}
            )
    return render(
        request,
        "verification/admin/qr_sheet.html",
        {
            "decision": decision,
            "rows": rows,
            "edit_url": reverse("wagtailadmin_pages:edit", args=[decision.pk]),
        },
    )
