"""The office's lines of the admin home's work list (core.worklist): registrations and result
reports units have sent that nobody has reviewed yet, per campaign and report window."""

from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from consultations.models.calendar import WorkingCalendar
from core.worklist import NAMED_PAGES, WorkItem
from registrations.models import Proposal, Registration, ResultReport, SubmissionState
from registrations.proposal_review import REVIEW_PROPOSAL, SENT, clock_for, with_open_nominees
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


# --- Award proposals: dossiers waiting for review, and processing clocks overdue ----------
# (Its own staff_work_items hook: the secretariat may review proposals without registrations.)


def proposal_work_items(request):
    """Proposals sent and not yet reviewed, per round; proposals whose clock has run out."""
    if not request.user.has_perm(REVIEW_PROPOSAL):
        return []
    items = []
    waiting = (
        Proposal.objects.filter(state=SubmissionState.SUBMITTED)
        .order_by("round__deadline")
        .values("round_id", "round__title")
        .annotate(count=Count("pk"))
    )
    for row in waiting:
        round_url = reverse("proposals_office:round", args=[row["round_id"]])
        items.append(
            WorkItem(
                _("Hồ sơ đề nghị khen thưởng chờ thẩm định – %(round)s")
                % {"round": row["round__title"]},
                row["count"],
                f"{round_url}?state={SubmissionState.SUBMITTED.value}",
            )
        )
    calendar, now = WorkingCalendar.cached(), timezone.now()
    running = with_open_nominees(
        Proposal.objects.filter(state__in=SENT, complete_on__isnull=False).select_related(
            "round", "unit"
        )
    ).filter(open_nominees__gt=0)
    overdue = [p for p in running if clock_for(p, calendar, now).overdue]
    if overdue:
        items.append(
            WorkItem(
                _("Hồ sơ đề nghị khen thưởng quá thời hạn xử lý"),
                len(overdue),
                reverse("proposals_office:index"),
                urgent=True,
                links=[
                    (
                        f"{p.unit.name} – {p.round.title}",
                        reverse("proposals_office:proposal", args=[p.pk]),
                    )
                    for p in overdue[:NAMED_PAGES]
                ],
            )
        )
    return items


# --- end of award proposals' work list -----------------------------------------------------
