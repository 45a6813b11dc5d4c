"""The breach register in the admin: the secretariat's and the superuser's only (permissions in
home.roles), the 72-hour clock in the list and atop each breach's edit screen, and every change
in the site's history."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView

from breaches.models import Breach, BreachStatus, ClockState
from core import audit
from core.admin_permissions import PersonalDataSnippetViewSet
from core.dates import format_moment
from core.worklist import WorkItem

audit.add_actions(
    {
        "tdkt.breach.recorded": _("Ghi sổ sự cố dữ liệu cá nhân"),
        "tdkt.breach.changed": _("Cập nhật sự cố dữ liệu cá nhân"),
    }
)


def deadline_cell(breach):
    return format_moment(breach.notification_deadline)


def clock_cell(breach):
    """The 72-hour clock: time left, or a red badge once it has run out unannounced."""
    state, hours = breach.clock()
    if state == ClockState.OVERDUE:
        return format_html(
            '<span class="w-status w-status--label breach-overdue">{} {} {}</span>',
            _("Quá hạn"),
            hours,
            _("giờ"),
        )
    if state == ClockState.RUNNING:
        return format_html(
            '<span class="w-status w-status--primary">{} {} {}</span>', _("Còn"), hours, _("giờ")
        )
    if state == ClockState.LATE:
        return format_html('<span class="w-status">{} ({} {})</span>', state.label, hours, _("giờ"))
    return format_html('<span class="w-status w-status--primary">{}</span>', state.label)


def clock_text(breach, now=None):
    """The clock in words, for the edit screen: "còn 31 giờ", "quá hạn 5 giờ", or when the
    authority was told."""
    state, hours = breach.clock(now)
    if state == ClockState.RUNNING:
        return _("còn %(hours)s giờ") % {"hours": hours}
    if state == ClockState.OVERDUE:
        return _("quá hạn %(hours)s giờ") % {"hours": hours}
    notified = format_moment(breach.authority_notified_at)
    if state == ClockState.LATE:
        return _("đã thông báo lúc %(at)s, muộn %(hours)s giờ") % {"at": notified, "hours": hours}
    return _("đã thông báo lúc %(at)s") % {"at": notified}


class BreachEditView(EditView):
    """The edit screen opens with the 72-hour clock (templates/breaches/edit.html), so whoever
    updates a breach sees it."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        state, _hours = self.object.clock()
        # Wagtail's help block: red once late, amber while the clock runs.
        status = {
            ClockState.OVERDUE: "critical",
            ClockState.LATE: "critical",
            ClockState.RUNNING: "warning",
        }.get(state, "info")
        context["breach_clock"] = {
            "text": clock_text(self.object),
            "deadline": deadline_cell(self.object),
            "status": status,
            "icon": "help" if status == "info" else "warning",
        }
        return context


class BreachViewSet(PersonalDataSnippetViewSet):
    """Breach records name the data and people touched: refused, chooser and bulk delete
    included, to anyone without the model's view or change permission."""

    model = Breach
    icon = "warning"
    menu_label = _("Sự cố dữ liệu cá nhân")
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "title",
        "found_at",
        Column("deadline", label=_("Hạn thông báo (72 giờ)"), accessor=deadline_cell),
        Column("clock", label=_("Thông báo cơ quan chuyên trách"), accessor=clock_cell),
        "people_affected",
        "status",
    ]
    list_filter = ["status", "sensitive_data"]
    search_fields = ["title", "description"]
    search_backend_name = None  # a plain database search: the model is not in the site index
    ordering = ["-found_at"]
    inspect_view_enabled = False
    edit_view_class = BreachEditView
    edit_template_name = "breaches/edit.html"


register_snippet(BreachViewSet)


@hooks.register("after_create_snippet")
def breach_recorded(request, instance):
    if isinstance(instance, Breach):
        Breach.objects.filter(pk=instance.pk, recorded_by=None).update(recorded_by=request.user)
        audit.record(
            instance,
            "tdkt.breach.recorded",
            request.user,
            title=str(instance)[:255],
            status=instance.status,
        )


@hooks.register("after_edit_snippet")
def breach_changed(request, instance):
    if isinstance(instance, Breach):
        audit.record(
            instance,
            "tdkt.breach.changed",
            request.user,
            title=str(instance)[:255],
            fields=instance.changed_fields(),
            status=instance.status,
        )


@hooks.register("staff_work_items")
def breach_work_items(request):
    """The secretariat's line of the admin home: breaches the authority has not been told of,
    marked urgent, with the nearest 72-hour deadline."""
    if not request.user.has_perm("breaches.change_breach"):
        return []
    pending = Breach.objects.filter(authority_notified_at=None).exclude(status=BreachStatus.CLOSED)
    first = pending.order_by("found_at").first()
    if first is None:
        return []
    deadline = format_moment(first.notification_deadline)
    return [
        WorkItem(
            _("Sự cố dữ liệu cá nhân chưa thông báo cơ quan chuyên trách"),
            pending.count(),
            reverse("wagtailsnippets_breaches_breach:list"),
            detail=_("hạn sớm nhất %(deadline)s") % {"deadline": deadline},
            urgent=True,
        )
    ]
