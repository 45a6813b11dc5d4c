"""The office's statistics of a proposal round (admin/thong-ke-de-nghi/): proposed →
accepted → passed → awarded per unit and target group, beside the plan's targets; and its
CSV. Counts only: no names."""

from django.template.response import TemplateResponse
from django.urls import include, path

from core.exports import csv_response
from core.filters import int_param
from core.text import slugify_vi
from registrations.admin_views.common import review_proposal_required
from registrations.models import ProposalRound
from registrations.proposal_statistics import csv_header, csv_rows, round_statistics


def chosen_round(request):
    """The round of ?dot=<id>, else the newest; (round, rounds, refused)."""
    rounds = list(ProposalRound.objects.order_by("-year", "-opens_at"))
    wanted = int_param(request.GET, "dot", 1, 2**31 - 1)
    chosen = next((item for item in rounds if item.pk == wanted), None)
    refused = bool(str(request.GET.get("dot", "")).strip()) and chosen is None
    return chosen or (rounds[0] if rounds else None), rounds, refused


@review_proposal_required
def statistics(request):
    proposal_round, rounds, refused = chosen_round(request)
    return TemplateResponse(
        request,
        "registrations/admin/proposal_statistics.html",
        {
            "round": proposal_round,
            "rounds": rounds,
            "refused": refused,
            "statistics": round_statistics(proposal_round) if proposal_round else None,
        },
    )


@review_proposal_required
def statistics_csv(request):
    proposal_round, _rounds, _refused = chosen_round(request)
    statistics = round_statistics(proposal_round) if proposal_round else None
    rows = csv_rows(statistics) if statistics else []
    name = slugify_vi(proposal_round.title) if proposal_round else "de-nghi-khen-thuong"
    return csv_response(f"thong-ke-{name}.csv", csv_header(), rows)


app_name = "proposal_statistics"
urlpatterns = [
    path("", statistics, name="index"),
    path("csv/", statistics_csv, name="csv"),
]


def admin_urls():
    return [path("thong-ke-de-nghi/", include((urlpatterns, app_name), namespace=app_name))]
