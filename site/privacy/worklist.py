"""The secretariat's line of the admin home's work list: personal-data requests past their
deadline, and those due within two working days."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from consultations.models import WorkingCalendar
from core.worklist import WorkItem
from privacy.models import DataRequest

SOON_WORKING_DAYS = 2


def privacy_work_items(request):
    if not request.user.has_perm("privacy.change_datarequest"):
        return []
    now = timezone.now()
    index = reverse("wagtailsnippets_privacy_datarequest:list")
    overdue = DataRequest.objects.overdue(now).count()
    soon = WorkingCalendar.cached().earliest_closing(now, SOON_WORKING_DAYS)
    due_soon = DataRequest.objects.open().filter(due_by__gte=now, due_by__lt=soon).count()
    items = []
    if overdue:
        items.append(
            WorkItem(
                _("Yêu cầu về dữ liệu cá nhân quá hạn trả lời"),
                overdue,
                f"{index}?deadline=qua-han",
                urgent=True,
            )
        )
    if due_soon:
        items.append(
            WorkItem(
                _("Yêu cầu về dữ liệu cá nhân sắp đến hạn"),
                due_soon,
                f"{index}?deadline=chua-xong",
                detail=_("còn không quá %(days)s ngày làm việc") % {"days": SOON_WORKING_DAYS},
            )
        )
    return items
