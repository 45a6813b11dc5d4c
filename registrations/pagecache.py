"""When registration pages change by the clock: a campaign or report window opening or
reaching its deadline (the home page's block and the public list show them)."""

from django.db.models import Min, Q

from registrations.models import Campaign


def next_campaign_boundary(now):
    upcoming = Campaign.objects.aggregate(
        opens=Min("opens_at", filter=Q(opens_at__gt=now)),
        deadline=Min("deadline", filter=Q(deadline__gt=now)),
    )
    moments = [moment for moment in upcoming.values() if moment]
    return min(moments) if moments else None
