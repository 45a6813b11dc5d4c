"""The secretariat's line of the admin home's work list: requests past a deadline."""

from django.urls import reverse
from django.utils.translation import gettext as _

from award_requests.models import AwardRequest
from core.worklist import WorkItem

HANDLE = "award_requests.change_awardrequest"


def award_request_work_items(request):
    if not request.user.has_perm(HANDLE):
        return []
    overdue = AwardRequest.objects.overdue().count()
    if not overdue:
        return []
    index = reverse("wagtailsnippets_award_requests_awardrequest:list")
    return [
        WorkItem(
            _("Đề nghị xác nhận, cấp lại khen thưởng quá hạn"),
            overdue,
            f"{index}?deadline=qua-han",
            urgent=True,
        )
    ]
