"""The staff screens of consultations inside the Wagtail admin: the moderation queue and its
bulk actions (queue), one comment (comments), the council's report per round (reports) and a
question's attachment (questions). Their URLs, menu item and bulk actions are registered in
consultations.wagtail_hooks."""

from consultations.admin_views.comments import MODERATE, detail
from consultations.admin_views.questions import question_attachment
from consultations.admin_views.queue import BULK_ACTIONS, ModerationQueueView
from consultations.admin_views.reports import report

__all__ = [
    "BULK_ACTIONS",
    "MODERATE",
    "ModerationQueueView",
    "detail",
    "question_attachment",
    "report",
]
