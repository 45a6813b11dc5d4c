"""The office's screens for award proposals (admin/de-nghi-khen-thuong/): rounds, the review
of each dossier, the criteria from the award history, exports for the council."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy
from wagtail.admin.menu import MenuItem

from registrations.admin_views import proposals as views
from registrations.proposal_review import REVIEW_PROPOSAL

app_name = "proposals_office"
urlpatterns = [
    path("", views.rounds, name="index"),
    path("dot/<int:pk>/", views.round_detail, name="round"),
    path("dot/<int:pk>/xuat-excel/", views.round_export, name="round_export"),
    path("dot/<int:pk>/xuat-word/", views.round_docx, name="round_docx"),
    path("ho-so/<int:pk>/", views.proposal_detail, name="proposal"),
    path("ho-so/<int:pk>/kiem-tra/", views.proposal_checks, name="proposal_checks"),
    path("ho-so/<int:pk>/day-du/", views.proposal_complete, name="proposal_complete"),
    path(
        "ho-so/<int:pk>/nguoi/<int:nominee_id>/tham-dinh/",
        views.nominee_decision,
        name="nominee_decision",
    ),
    path("ho-so/<int:pk>/tra-lai/", views.proposal_return, name="proposal_return"),
    path("ho-so/<int:pk>/tiep-nhan/", views.proposal_accept, name="proposal_accept"),
    path("ho-so/<int:pk>/lan-gui/<int:number>/", views.proposal_version, name="proposal_version"),
    path(
        "ho-so/<int:pk>/tep/<int:document_id>/", views.proposal_document, name="proposal_document"
    ),
]


def admin_urls():
    return [path("de-nghi-khen-thuong/", include((urlpatterns, app_name), namespace=app_name))]


class ProposalsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REVIEW_PROPOSAL)


def menu_item():
    return ProposalsMenuItem(
        gettext_lazy("Thẩm định đề nghị khen thưởng"),
        reverse("proposals_office:index"),
        icon_name="tasks",
        order=271,
    )
