"""Admin and site hooks of the units' registration: the home page block, the secretariat's
snippets (units, clusters, campaigns), and the office's views."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.choosers import FoldedSearchSnippetViewSet
from core.models import kept_rows
from registrations.admin_views import council_urls, officers, proposal_statistics, proposals_urls
from registrations.admin_views import urls as office
from registrations.models import Campaign, Cluster, RegistrationPortalPage, Unit, UnitKind
from registrations.worklist import office_work_items, proposal_work_items


def _campaigns_not_closed():
    return list(Campaign.objects.filter(deadline__gt=timezone.now()).order_by("deadline", "pk"))


def _registration_portal():
    return list(RegistrationPortalPage.objects.live().order_by("path")[:1])


@hooks.register("home_page_context")
def open_campaign(request, home_page):
    # Campaigns whose deadline had not passed when the list was kept (until a campaign
    # changes: core.models.kept_rows); the one open now is chosen from them.
    now = timezone.now()
    campaigns = kept_rows("home-campaigns-not-closed", _campaigns_not_closed, [Campaign])
    campaign = next((row for row in campaigns if row.opens_at <= now < row.deadline), None)
    portal = None
    if campaign is not None:
        portals = kept_rows(
            "home-registration-portal", _registration_portal, [RegistrationPortalPage]
        )
        portal = portals[0] if portals else None
    return {"open_campaign": campaign, "registration_portal": portal}


class UnitViewSet(FoldedSearchSnippetViewSet):
    # List and chooser find "Sở Nội vụ" from "so noi vu".
    model = Unit
    icon = "group"
    menu_label = _("Đơn vị")
    list_display = ["name", "short_name", "code", "kind", "locality"]
    list_filter = ["kind", "locality"]
    search_fields = ["name", "short_name", "code"]
    inspect_view_enabled = False
    chooser_columns = [("short_name", _("Tên viết tắt")), ("kind", _("Loại"))]
    chooser_select_related = ("kind",)

    def get_queryset(self, request):
        # The list shows each unit's kind and locality: read with the units, not row by row.
        return Unit.objects.select_related("kind", "locality")


class UnitKindViewSet(SnippetViewSet):
    model = UnitKind
    icon = "tag"
    menu_label = _("Loại đơn vị")
    list_display = ["name", "in_use_until", "sort_order"]
    search_fields = ["name"]
    search_backend_name = None
    inspect_view_enabled = False


class ClusterViewSet(SnippetViewSet):
    model = Cluster
    icon = "list-ul"
    menu_label = _("Cụm, khối thi đua")
    list_display = ["name", "kind", "year", "head_unit", "deputy_unit"]
    list_filter = ["year", "kind"]
    search_fields = ["name"]
    search_backend_name = None


class CampaignViewSet(SnippetViewSet):
    model = Campaign
    icon = "date"
    menu_label = _("Đợt đăng ký thi đua")
    list_display = ["title", "year", "opens_at", "deadline"]
    list_filter = ["year"]
    search_fields = ["title"]
    search_backend_name = None


class RegistrationsGroup(SnippetViewSetGroup):
    menu_label = _("Đăng ký thi đua")
    menu_icon = "form"
    menu_order = 260
    items = (CampaignViewSet, UnitViewSet, ClusterViewSet, UnitKindViewSet)


register_snippet(RegistrationsGroup)


# The officers' accounts and the office's review screens.
hooks.register("register_admin_urls", officers.admin_urls)
hooks.register("register_admin_menu_item", officers.menu_item)
hooks.register("register_admin_urls", office.admin_urls)
hooks.register("register_admin_menu_item", office.menu_item)
hooks.register("insert_global_admin_css", office.stylesheet)

hooks.register("staff_work_items", office_work_items)

# Award proposals: the office's review, and the council's consultation, vote and decision.
hooks.register("register_admin_urls", proposals_urls.admin_urls)
hooks.register("register_admin_menu_item", proposals_urls.menu_item)
hooks.register("staff_work_items", proposal_work_items)
hooks.register("register_admin_urls", council_urls.admin_urls)
hooks.register("register_admin_urls", proposal_statistics.admin_urls)


# --- Award proposals: the secretariat's data (rounds, criteria, council thresholds) ---------
from registrations.models import AwardCriterion, ProposalRound, VoteThreshold  # noqa: E402


class ProposalRoundViewSet(SnippetViewSet):
    # The round's awards and dossier checklist are edited with it (InlinePanels).
    model = ProposalRound
    icon = "date"
    menu_label = _("Đợt đề nghị khen thưởng")
    list_display = ["title", "kind", "year", "opens_at", "deadline"]
    list_filter = ["year", "kind"]
    search_fields = ["title"]
    search_backend_name = None
    inspect_view_enabled = False


class AwardCriterionViewSet(SnippetViewSet):
    model = AwardCriterion
    icon = "list-ol"
    menu_label = _("Tiêu chuẩn khen thưởng")
    list_display = ["award_form", "label", "kind", "option", "legal_basis", "valid_from"]
    list_filter = ["kind", "award_form"]
    search_fields = ["label", "legal_basis"]
    search_backend_name = None
    inspect_view_enabled = False


class VoteThresholdViewSet(SnippetViewSet):
    model = VoteThreshold
    icon = "success"
    menu_label = _("Ngưỡng phiếu bầu của Hội đồng")
    list_display = ["award_label", "percent", "legal_basis"]
    search_backend_name = None
    inspect_view_enabled = False


class ProposalsGroup(SnippetViewSetGroup):
    menu_label = _("Đề nghị khen thưởng")
    menu_icon = "doc-full"
    menu_order = 270
    items = (ProposalRoundViewSet, AwardCriterionViewSet, VoteThresholdViewSet)


register_snippet(ProposalsGroup)
# --- end of award proposals' data ----------------------------------------------------------
