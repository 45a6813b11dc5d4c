"""What registration pages show, for the shared page cache (core.pagecache), and when they
change by the clock: a campaign or report window opening or reaching its deadline (the home
page's block and the public list show them)."""

from django.db.models import Min, Q

from core import pagecache
from registrations.models import Campaign, RegisteredIndividual, Registration

# The public list of sent and accepted registrations. Drafts purge nothing (they show
# nowhere); the workflow's steps purge this tag.
PUBLIC_LIST = "model:registrations.registration"


def next_campaign_boundary(now):
    upcoming = Campaign.objects.aggregate(
        opens=Min("opens_at", filter=Q(opens_at__gt=now)),
        deadline=Min("deadline", filter=Q(deadline__gt=now)),
    )
    moments = [moment for moment in upcoming.values() if moment]
    return min(moments) if moments else None


def purge_public_list():
    pagecache.purge_tags(PUBLIC_LIST)


def _portal(request, page, context):
    # The current campaign and its registered units, grouped (units, kinds, localities).
    return {
        PUBLIC_LIST,
        "app:registrations",
        *pagecache.field_tags(Registration),
        *pagecache.field_tags(RegisteredIndividual),
    }


def _home_open_campaign(request, page, context):
    return {"model:registrations.campaign", "model:registrations.registrationportalpage"}


def connect():
    from registrations import wagtail_hooks

    pagecache.next_change_providers.append(next_campaign_boundary)
    pagecache.register_page_rule("registrations.registrationportalpage", _portal)
    pagecache.register_home_block(wagtail_hooks.open_campaign, _home_open_campaign)
