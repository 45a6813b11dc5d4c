"""The section page: the public list of registered units, and the officer's own overview."""

from collections import defaultdict

from django.db.models import Count, Prefetch
from django.utils import timezone

from registrations.models import (
    Campaign,
    Cluster,
    Proposal,
    ProposalRound,
    RegisteredIndividual,
    Registration,
    ReportWindow,
    ResultReport,
)
from registrations.views.common import PUBLIC_STATES, officer_unit, render_page


def public_list(campaign):
    """Per cluster, the units whose registration is sent or accepted and what they aim at:
    a constant number of queries however many units and clusters."""
    if campaign is None:
        return [], 0
    registrations = {
        registration.unit_id: registration
        for registration in Registration.objects.filter(campaign=campaign, state__in=PUBLIC_STATES)
        .select_related("unit")
        .prefetch_related("collective_titles")
    }
    individual_counts = defaultdict(list)
    for row in (
        RegisteredIndividual.objects.filter(registration__in=registrations.values())
        .values("registration__unit_id", "title__name", "title__rank")
        .annotate(count=Count("pk"))
        .order_by("registration__unit_id", "title__name")
    ):
        title = f"{row['title__name']} {row['title__rank']}".strip()
        individual_counts[row["registration__unit_id"]].append((title, row["count"]))

    clusters = Cluster.objects.filter(year=campaign.year).prefetch_related(
        Prefetch("members", to_attr="member_list")
    )
    groups, placed = [], set()
    for cluster in clusters:
        rows = []
        for unit in sorted(cluster.member_list, key=lambda unit: unit.name):
            placed.add(unit.pk)
            if unit.pk in registrations:
                rows.append((unit, registrations[unit.pk], individual_counts[unit.pk]))
        groups.append({"cluster": cluster, "rows": rows, "member_count": len(cluster.member_list)})
    others = [
        (registration.unit, registration, individual_counts[unit_id])
        for unit_id, registration in sorted(
            registrations.items(), key=lambda item: item[1].unit.name
        )
        if unit_id not in placed
    ]
    if others:
        groups.append({"cluster": None, "rows": others, "member_count": None})
    return groups, len(registrations)


def officer_overview(unit, now):
    """The campaigns the unit can act on or look back at, with its records and windows."""
    campaigns = list(
        Campaign.objects.filter(opens_at__lte=now)
        .order_by("-opens_at")
        .prefetch_related(Prefetch("windows", queryset=ReportWindow.objects.order_by("opens_at")))[
            :3
        ]
    )
    registrations = {
        r.campaign_id: r for r in Registration.objects.filter(unit=unit, campaign__in=campaigns)
    }
    reports = {
        r.window_id: r
        for r in ResultReport.objects.filter(unit=unit, window__campaign__in=campaigns)
    }
    overview = []
    for campaign in campaigns:
        windows = []
        for window in campaign.windows.all():
            if window.opens_at <= now:
                report = reports.get(window.pk)
                if report is not None:
                    report.window = window  # deadlines are read from it: no query per row
                windows.append((window, report))
        if campaign.pk in registrations:
            registrations[campaign.pk].campaign = campaign
        overview.append(
            {
                "campaign": campaign,
                "registration": registrations.get(campaign.pk),
                "windows": windows,
            }
        )
    return overview


# Award proposals (registrations.views.proposals) ------------------------------------------


def proposal_overview(unit, now):
    """The rounds open now, each with the unit's proposal if started, and the unit's proposals
    of other rounds (closed, or still being processed), newest first."""
    open_rounds = list(ProposalRound.open_now(now))
    proposals = {
        proposal.round_id: proposal
        for proposal in Proposal.objects.filter(unit=unit).select_related("round")
    }
    current = [(round_, proposals.pop(round_.pk, None)) for round_ in open_rounds]
    earlier = sorted(proposals.values(), key=lambda p: p.round.deadline, reverse=True)
    return {"open": current, "earlier": earlier}


def portal_index(page, request):
    now = timezone.now()
    campaign = Campaign.current(now)
    groups, registered_count = public_list(campaign)
    unit = officer_unit(request.user)
    context = {
        "campaign": campaign,
        "campaign_open": campaign.is_open(now) if campaign else False,
        "groups": groups,
        "registered_count": registered_count,
        "officer_unit": unit,
        "overview": officer_overview(unit, now) if unit else [],
        "proposal_overview": proposal_overview(unit, now) if unit else None,
        "now": now,
    }
    response = render_page(request, page, page.template, context)
    if request.user.is_authenticated:
        response["Cache-Control"] = "private, no-store"
    return response
