"""What happens in the units' records when the council's work is published: a decision made
from the council's vote (registrations.outcomes.make_decision) reaches its nominees' units."""

from collections import defaultdict

from wagtail.signals import page_published

from core.mail import send_templated_email, site_url
from news.models import AwardDecisionPage
from registrations.models import ProposedNominee


def decision_published(sender, instance, **kwargs):
    """The nominees of the decision are awarded (no reason to close them remains) and each of
    their units is told once, on the first publication (a corrected page published again
    tells no one twice)."""
    nominees = list(
        ProposedNominee.objects.filter(award_decision_id=instance.pk).select_related(
            "proposal__unit", "proposal__round"
        )
    )
    if not nominees:
        return
    ProposedNominee.objects.filter(pk__in=[n.pk for n in nominees]).exclude(
        closed_reason=""
    ).update(closed_reason="")
    if instance.first_published_at != instance.last_published_at:
        return
    by_unit = defaultdict(list)
    for nominee in nominees:
        by_unit[nominee.proposal.unit].append(nominee)
    url = site_url(instance.url) if instance.url else ""
    for unit, unit_nominees in by_unit.items():
        send_templated_email(
            "registrations/email/decision_published",
            {
                "unit": unit,
                "decision": instance,
                "round": unit_nominees[0].proposal.round,
                "nominees": unit_nominees,
                "url": url,
            },
            unit.contact_emails(),
        )


def connect():
    page_published.connect(
        decision_published, sender=AwardDecisionPage, dispatch_uid="registrations-decision"
    )
