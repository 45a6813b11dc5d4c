"""When consultation pages change by the clock: a round opening or closing."""

from django.db.models import Min, Q

from consultations.models import ConsultationPage


def next_round_boundary(now):
    upcoming = ConsultationPage.objects.live().aggregate(
        opens=Min("opens_at", filter=Q(opens_at__gt=now)),
        closes=Min("closes_at", filter=Q(closes_at__gt=now)),
    )
    moments = [moment for moment in upcoming.values() if moment]
    return min(moments) if moments else None
