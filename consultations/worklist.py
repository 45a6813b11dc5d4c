"""The secretariat's lines of the admin home's work list (core.worklist): opinions waiting for
moderation per round with its closing time, rounds closing within two working days, and
citizens' questions near or past their answer deadline in working days."""

from django.conf import settings
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from consultations.admin_views import MODERATE
from consultations.models import (
    ConsultationPage,
    ModerationState,
    PortalComment,
    Question,
    QuestionState,
    WorkingCalendar,
)
from core.worklist import WorkItem

SOON_WORKING_DAYS = 2
OPEN_QUESTION_STATES = [QuestionState.RECEIVED, QuestionState.IN_PROGRESS]


def _closing(moment, now):
    local = timezone.localtime(moment)
    if moment <= now:
        return _("đã đóng lúc %(time)s ngày %(date)s") % {
            "time": f"{local:%H:%M}",
            "date": f"{local:%d/%m/%Y}",
        }
    return _("đóng lúc %(time)s ngày %(date)s") % {
        "time": f"{local:%H:%M}",
        "date": f"{local:%d/%m/%Y}",
    }


def question_deadlines(now=None, calendar=None):
    """(overdue before, near before): a question still open that was sent before the first
    moment is past its answer deadline; before the second, within two working days of it."""
    now = now or timezone.now()
    calendar = calendar or WorkingCalendar.cached()
    days = settings.QUESTION_ANSWER_WORKING_DAYS
    return (
        calendar.start_for(now, days),
        calendar.start_for(now, max(days - SOON_WORKING_DAYS, 0)),
    )


def moderation_items(request, now, calendar):
    queue = reverse("consultations_admin:queue")
    pending = PortalComment.objects.filter(
        moderation_state=ModerationState.PENDING, is_official_reply=False
    )
    by_round = dict(pending.order_by().values_list("round_id").annotate(count=Count("pk")))
    soon = calendar.earliest_closing(now, SOON_WORKING_DAYS)
    items = []
    rounds = ConsultationPage.objects.filter(pk__in=[pk for pk in by_round if pk]).only(
        "pk", "title", "closes_at"
    )
    for consultation in sorted(rounds, key=lambda page: page.closes_at):
        items.append(
            WorkItem(
                _("Ý kiến chờ kiểm duyệt – %(round)s") % {"round": consultation.title},
                by_round[consultation.pk],
                f"{queue}?round={consultation.pk}",
                detail=_closing(consultation.closes_at, now),
                urgent=consultation.closes_at <= soon,
            )
        )
    if by_round.get(None):
        items.append(
            WorkItem(_("Bình luận bạn đọc chờ kiểm duyệt"), by_round[None], f"{queue}?kind=reader")
        )
    verifying = PortalComment.objects.filter(moderation_state=ModerationState.VERIFYING).count()
    if verifying:
        items.append(
            WorkItem(
                _("Ý kiến đang xác minh (người được đề nghị tạm dừng xét)"),
                verifying,
                f"{queue}?moderation_state={ModerationState.VERIFYING}",
                urgent=True,
            )
        )
    closing = ConsultationPage.objects.live().filter(closes_at__gt=now, closes_at__lte=soon)
    for consultation in closing.order_by("closes_at").only("pk", "title", "closes_at"):
        items.append(
            WorkItem(
                _("Đợt lấy ý kiến sắp đóng – %(round)s") % {"round": consultation.title},
                1,
                reverse("consultations_admin:report", args=[consultation.pk]),
                detail=_closing(consultation.closes_at, now),
                urgent=True,
            )
        )
    return items


def question_items(request, now, calendar):
    overdue_before, near_before = question_deadlines(now, calendar)
    open_questions = Question.objects.filter(state__in=OPEN_QUESTION_STATES)
    counts = open_questions.aggregate(
        overdue=Count("pk", filter=_before(overdue_before)),
        near=Count("pk", filter=_before(near_before) & ~_before(overdue_before)),
    )
    index = reverse("wagtailsnippets_consultations_question:list")
    items = []
    if counts["overdue"]:
        items.append(
            WorkItem(
                _("Câu hỏi, kiến nghị quá hạn trả lời"),
                counts["overdue"],
                f"{index}?deadline=qua-han",
                detail=_("quá %(days)s ngày làm việc")
                % {"days": settings.QUESTION_ANSWER_WORKING_DAYS},
                urgent=True,
            )
        )
    if counts["near"]:
        items.append(
            WorkItem(
                _("Câu hỏi, kiến nghị sắp đến hạn trả lời"),
                counts["near"],
                f"{index}?deadline=sap-den-han",
                detail=_("còn không quá %(days)s ngày làm việc") % {"days": SOON_WORKING_DAYS},
            )
        )
    return items


def _before(moment):
    return Q(submitted_at__lt=moment)


def secretariat_work_items(request):
    user = request.user
    now = timezone.now()
    calendar = WorkingCalendar.cached()
    items = []
    if user.has_perm(MODERATE):
        items += moderation_items(request, now, calendar)
    if user.has_perm("consultations.change_question"):
        items += question_items(request, now, calendar)
    return items
