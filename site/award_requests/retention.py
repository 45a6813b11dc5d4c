"""Retention (run daily by erase_expired_award_requests): a closed request keeps its kind,
dates, status and code as proof that it was handled, but the requester's
and the awardee's personal data, the texts, the identity scan and the reply file only the months its
kind's rule says (`KindRule.retention_months`) after it was closed."""

from django.db import transaction
from django.utils import timezone

from award_requests import workflow
from award_requests.models import CLOSED_STATUSES, ERASED, AwardRequest, KindRule, RequestKind
from core import audit
from core.dates import end_of_day, months_before

# Registered here as well: the scheduled command runs without the admin's hooks.
audit.add_actions(workflow.ACTIONS)

ERASED_TEXT_FIELDS = [
    "requester_name",
    "requester_phone",
    "requester_address",
    "awardee_name",
    "awardee_native_place",
    "reason",
    "papers_requested",
    "answer",
]


def erase_request(award_request, now):
    for field_file in (award_request.identity_scan, award_request.answer_file):
        if field_file:
            # Each file goes once the row no longer names it.
            storage, name = field_file.storage, field_file.name
            transaction.on_commit(lambda storage=storage, name=name: storage.delete(name))
    award_request.identity_scan = ""
    award_request.answer_file = ""
    for field in ERASED_TEXT_FIELDS:
        if getattr(award_request, field):
            setattr(award_request, field, ERASED)
    award_request.requester_email = ""
    award_request.awardee_birth_year = None
    award_request.personal_data_erased_at = now
    award_request.save()
    audit.record(
        award_request, "tdkt.award_request.retention_erased", None, title=str(award_request)
    )


def erase_expired_requests(now=None):
    """The number of closed requests whose personal data was erased."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    count = 0
    for kind in RequestKind.values:
        limit = end_of_day(months_before(today, KindRule.for_kind(kind).retention_months))
        expired = AwardRequest.objects.filter(
            kind=kind,
            status__in=CLOSED_STATUSES,
            closed_at__lt=limit,
            personal_data_erased_at=None,
        )
        for award_request in list(expired):
            with transaction.atomic():
                erase_request(award_request, now)
            count += 1
    return count
