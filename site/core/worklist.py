""" "Việc cần xử lý": what waits for the signed-in person, at the top of the admin's home.

Each app adds the lines of its own work through the `staff_work_items` hook (a function of
the request returning WorkItem lines, or none for someone whose role it is not); the page
work of editors and approvers (drafts, pages sent back, pages awaiting approval) is Wagtail's
and is read here. Every line says how many, what, and links to the list already filtered.
Each contributor runs a fixed number of queries, whatever the amount of content."""

from dataclasses import dataclass, field

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState, WorkflowState

# How many pages a line names before it only counts.
NAMED_PAGES = 5


@dataclass
class WorkItem:
    label: str  # "Ý kiến chờ kiểm duyệt – Đợt lấy ý kiến …"
    count: int
    url: str
    detail: str = ""  # "đóng lúc 17:00 ngày 05/12/2026"
    urgent: bool = False  # overdue or closing soon: shown first, marked
    links: list = field(default_factory=list)  # [(title, url)] of named items


def page_work_items(request):
    """Editors' drafts and pages sent back to them; approvers' pages awaiting approval."""
    user = request.user
    items = []
    if getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True):
        # Task states are read once; their pages come with them.
        reviewable = list(
            TaskState.objects.reviewable_by(user)
            .select_related("revision")
            .order_by("-started_at")[: NAMED_PAGES + 1]
        )
        if reviewable:
            count = TaskState.objects.reviewable_by(user).count()
            items.append(
                WorkItem(
                    _("Trang chờ bạn phê duyệt"),
                    count,
                    reverse("wagtailadmin_reports:workflow") + "?reviewable=true",
                    urgent=True,
                    links=_page_links([state.revision.object_id for state in reviewable]),
                )
            )
        sent_back = WorkflowState.objects.filter(
            status=WorkflowState.STATUS_NEEDS_CHANGES,
            requested_by=user,
            base_content_type__app_label="wagtailcore",
        ).order_by("-created_at")
        named = list(sent_back.values_list("object_id", flat=True)[:NAMED_PAGES])
        if named:
            items.append(
                WorkItem(
                    _("Trang bị trả lại, cần sửa"),
                    sent_back.count(),
                    reverse("wagtailadmin_reports:workflow") + f"?requested_by={user.pk}",
                    urgent=True,
                    links=_page_links(named),
                )
            )
    # Drafts last saved by this person and not sent for approval. (A workflow's object_id is
    # text: the pages in review are read as a list rather than joined, which PostgreSQL
    # would refuse to compare with the integer id.)
    in_review = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS, base_content_type__app_label="wagtailcore"
    ).values_list("object_id", flat=True)
    drafts = (
        Page.objects.filter(has_unpublished_changes=True, latest_revision__user=user)
        .exclude(pk__in=[int(pk) for pk in in_review if pk.isdigit()])
        .order_by("-latest_revision_created_at")
    )
    named = list(drafts.values_list("pk", "title")[:NAMED_PAGES])
    if named:
        items.append(
            WorkItem(
                _("Bản nháp của bạn chưa xuất bản"),
                drafts.count(),
                reverse("wagtailadmin_pages:search")
                + f"?edited_by={user.pk}&ordering=-latest_revision_created_at",
                links=[
                    (title, reverse("wagtailadmin_pages:edit", args=[pk])) for pk, title in named
                ],
            )
        )
    return items


def _page_links(page_ids):
    ids = [int(pk) for pk in page_ids[:NAMED_PAGES]]
    titles = dict(Page.objects.filter(pk__in=ids).values_list("pk", "title"))
    return [
        (titles[pk], reverse("wagtailadmin_pages:edit", args=[pk])) for pk in ids if pk in titles
    ]


def work_items(request):
    items = []
    for contribute in hooks.get_hooks("staff_work_items"):
        items.extend(contribute(request) or [])
    items.extend(page_work_items(request))
    return sorted(items, key=lambda item: not item.urgent)


class WorkListPanel(Component):
    name = "work_list"
    template_name = "core/admin/work_list.html"
    order = 10  # above Wagtail's own panels

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["items"] = work_items(parent_context["request"])
        return context
