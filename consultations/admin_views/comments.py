"""One comment as the secretariat sees it: its text, its replies and its moderation log.
MODERATE, the 'moderate comments' permission (the secretariat), guards every staff view of
comments: this one, the queue and the council's report."""

from urllib.parse import quote

from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from consultations.models import PortalComment

MODERATE = "consultations.moderate_portalcomment"


@permission_required(MODERATE, raise_exception=True)
def detail(request, pk):
    comment = get_object_or_404(
        PortalComment.objects.select_related("page", "round", "moderated_by"), pk=pk
    )
    replies = PortalComment.objects.filter(thread_id=comment.thread_id, level__gt=0).order_by(
        "order"
    )
    return TemplateResponse(
        request,
        "consultations/admin/detail.html",
        {
            "comment": comment,
            "replies": replies,
            "log": comment.moderation_log.select_related("user"),
            "comment_id": str(comment.pk),
            # Where the bulk-action confirmation returns: back to this comment.
            "back": quote(request.get_full_path()),
            "page_title": comment.reference_code,
        },
    )
