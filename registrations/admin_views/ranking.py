"""The ranking of each cluster for a report window, and the council's workbook."""

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from core import audit
from registrations.admin_views.common import period_query, review_required
from registrations.admin_views.forms import PeriodForm
from registrations.exports import council_xlsx
from registrations.review import cluster_ranking


@review_required
def ranking(request):
    now = timezone.now()
    form = PeriodForm(request.GET, now=now, latest_window_by_default=True)
    campaign, window = form.campaign, form.window
    return TemplateResponse(
        request,
        "registrations/admin/ranking.html",
        {
            "filter_form": form,
            "campaign": campaign,
            "window": window,
            "clusters": cluster_ranking(window) if window else [],
            "period_query": period_query(campaign, window),
        },
    )


@review_required
def export(request):
    form = PeriodForm(request.GET)
    if form.campaign is None:
        raise Http404
    response = council_xlsx(form.campaign, form.window)
    # The workbook names the people units put forward: each export is in the audit log.
    audit.record(
        form.campaign,
        "tdkt.export",
        request.user,
        title=_("Xuất Excel đăng ký thi đua – %(campaign)s") % {"campaign": form.campaign},
        window=form.window.pk if form.window else None,
    )
    return response
