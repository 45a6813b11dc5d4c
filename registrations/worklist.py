"""The office's lines of the admin home's work list (core.worklist): registrations and result
reports units have sent that nobody has reviewed yet, per campaign and report window."""

from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext as _

from core.worklist import WorkItem
from registrations.models import Registration, ResultReport, SubmissionState
from registrations.review import REVIEW, OfficeStatus


def office_work_items(request):
    if not request.user.has_perm(REVIEW):
        return []
    index = reverse("registrations_office:index")
    sent = f"&status={OfficeStatus.SUBMITTED.value}"
    items = []
    registrations = (
        Registration.objects.filter(state=SubmissionState.SUBMITTED)
        .order_by("campaign__deadline")
        .values("campaign_id", "campaign__title")
        .annotate(count=Count("pk"))
    )
    for row in registrations:
        items.append(
            WorkItem(
                _("Bản đăng ký thi đua chờ xem xét – %(campaign)s")
                % {"campaign": row["campaign__title"]},
                row["count"],
                f"{index}?campaign={row['campaign_id']}{sent}",
            )
        )
    reports = (
        ResultReport.objects.filter(state=SubmissionState.SUBMITTED)
        .order_by("window__deadline")
        .values("window_id", "window__title", "window__campaign_id")
        .annotate(count=Count("pk"))
    )
    for row in reports:
        items.append(
            WorkItem(
                _("Báo cáo kết quả chờ xem xét – %(window)s") % {"window": row["window__title"]},
                row["count"],
                f"{index}?campaign={row['window__campaign_id']}&window={row['window_id']}{sent}",
            )
        )
    return items
