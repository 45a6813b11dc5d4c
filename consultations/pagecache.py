"""What consultation pages show, for the shared page cache (core.pagecache), and when they
change by the clock: a round opening or closing."""

from django.db.models import Min, Q

from consultations.models import ConsultationPage, NomineePage, PortalComment
from core import pagecache


def next_round_boundary(now):
    upcoming = ConsultationPage.objects.live().aggregate(
        opens=Min("opens_at", filter=Q(opens_at__gt=now)),
        closes=Min("closes_at", filter=Q(closes_at__gt=now)),
    )
    moments = [moment for moment in upcoming.values() if moment]
    return min(moments) if moments else None


def round_tag(round_id):
    """Pages showing a round's opinions or built from them (the round's page, the home
    block of open rounds)."""
    return f"round:{round_id}"


def purge_comments(comment_ids):
    """A comment was approved, rejected, answered or erased: the page it sits on and its
    round's pages, not the other nominees'."""
    if not pagecache.enabled():
        return
    rows = (
        PortalComment.objects.filter(pk__in=list(comment_ids))
        .values_list("page_id", "round_id")
        .distinct()
    )
    tags = set()
    for page_id, round_id in rows:
        tags.add(f"page:{page_id}")
        if round_id:
            tags.add(round_tag(round_id))
    pagecache.purge_tags(*tags)


def purge_nominees(nominees):
    """A nominee's state changed outside publishing (put on hold): its page and the listings
    of it."""
    if not pagecache.enabled():
        return
    for nominee in nominees:
        pagecache.purge_tags(*pagecache.tags_of_page(nominee))


def _index(request, page, context):
    # Rounds listed with their dates; the order changes by the clock (next_round_boundary).
    return {f"children:{page.pk}"}


def _round(request, page, context):
    return {
        round_tag(page.pk),
        f"children:{page.pk}",  # its nominees, with their state
        *pagecache.field_tags(NomineePage),  # and their award, locality and photo
    }


def _nominee(request, page, context):
    # The round's title, dates and status beside the nominee; its comments are its own.
    return {f"page:{page.consultation.pk}"}


def _home_open_rounds(request, page, context):
    rounds = context.get("open_consultations", ())
    return {
        "model:consultations.consultationpage",
        *(round_tag(consultation.pk) for consultation in rounds),
    }


def _home_frequent_questions(request, page, context):
    return {"model:consultations.answeredquestionpage", "model:consultations.questiontopic"}


def connect():
    from consultations import wagtail_hooks

    pagecache.next_change_providers.append(next_round_boundary)
    pagecache.register_page_rule("consultations.consultationindexpage", _index)
    pagecache.register_page_rule("consultations.consultationpage", _round)
    pagecache.register_page_rule("consultations.nomineepage", _nominee)
    pagecache.register_home_block(wagtail_hooks.open_consultations, _home_open_rounds)
    pagecache.register_home_block(wagtail_hooks.frequent_questions, _home_frequent_questions)
