"""Retention of the requests themselves (run daily by erase_commenter_contacts): a closed
request is proof that it was handled, so it keeps its kind, dates, status and reference code,
but the requester's address, the free texts and the file of their data only
PRIVACY_REQUEST_RETENTION_MONTHS after it was closed. Expired pending confirmations go too."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import audit
from core.dates import end_of_day, months_before
from privacy import conf
from privacy.data_requests import delete_expired_confirmations
from privacy.models import ERASED, DataRequest, RequestStatus

ACTIONS = {
    "tdkt.privacy.retention_erased": _("Xóa thông tin người yêu cầu khi hết thời hạn lưu giữ")
}

# Registered here as well as in privacy.wagtail_hooks, because the scheduled command runs without
# the admin's hooks loaded.
audit.add_actions(ACTIONS)


def erase_expired_requests(now=None):
    """Returns {"requests": …, "pending": …}: closed requests whose contact data and texts were
    replaced, and pending confirmations deleted."""
    now = now or timezone.now()
    limit = end_of_day(months_before(timezone.localdate(now), conf.request_retention_months()))
    expired = DataRequest.objects.filter(
        status=RequestStatus.DONE, done_at__lt=limit, requester_erased_at=None
    )
    count = 0
    for data_request in list(expired):
        with transaction.atomic():
            if data_request.data_file:
                # The file goes once the row no longer names it.
                storage, name = data_request.data_file.storage, data_request.data_file.name
                transaction.on_commit(lambda storage=storage, name=name: storage.delete(name))
                data_request.data_file = ""
            data_request.email = ERASED
            for field in ("details", "note", "extension_reason"):
                if getattr(data_request, field):
                    setattr(data_request, field, ERASED)
            data_request.requester_erased_at = now
            data_request.save()
            audit.record(
                data_request, "tdkt.privacy.retention_erased", None, title=str(data_request)
            )
        count += 1
    return {"requests": count, "pending": delete_expired_confirmations(now)}
