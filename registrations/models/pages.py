from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core.models import SectionIndexPage


class RegistrationPortalPage(RoutablePageMixin, SectionIndexPage):
    """/dang-ky-thi-dua/: the public list of registered units, and the units' own area.

    A unit's pages are addressed by campaign or report window only: the unit is always the
    signed-in officer's own (registrations.views), so no address can name another unit."""

    template = "registrations/registration_portal_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("Khu vực đăng ký thi đua")

    def get_sitemap_urls(self, request=None):
        # Only the public list; the units' pages are behind sign-in.
        return [{"location": self.get_full_url(request), "lastmod": self.last_published_at}]

    @path("", name="index")
    def index_view(self, request):
        from registrations import views

        return views.portal_index(self, request)

    @path("dang-ky/<int:campaign_id>/", name="registration")
    def registration_view(self, request, campaign_id):
        from registrations import views

        return views.registration_edit(self, request, campaign_id)

    @path("dang-ky/<int:campaign_id>/nhap-ca-nhan/", name="registration_import")
    def registration_import_view(self, request, campaign_id):
        from registrations import views

        return views.registration_import(self, request, campaign_id)

    @path("mau-danh-sach-ca-nhan/", name="individuals_template")
    def individuals_template_view(self, request):
        from registrations import views

        return views.individuals_template(self, request)

    @path("dang-ky/<int:campaign_id>/da-gui/", name="registration_sent")
    def registration_sent_view(self, request, campaign_id):
        from registrations import views

        return views.registration_sent(self, request, campaign_id)

    @path("dang-ky/<int:campaign_id>/ban-in/", name="registration_print")
    def registration_print_view(self, request, campaign_id):
        from registrations import views

        return views.registration_print(self, request, campaign_id)

    @path("dang-ky/<int:campaign_id>/lan-gui/<int:number>/", name="registration_version")
    def registration_version_view(self, request, campaign_id, number):
        from registrations import views

        return views.registration_version(self, request, campaign_id, number)

    @path("bao-cao/<int:window_id>/", name="report")
    def report_view(self, request, window_id):
        from registrations import views

        return views.report_edit(self, request, window_id)

    @path("bao-cao/<int:window_id>/da-gui/", name="report_sent")
    def report_sent_view(self, request, window_id):
        from registrations import views

        return views.report_sent(self, request, window_id)

    @path("bao-cao/<int:window_id>/ban-in/", name="report_print")
    def report_print_view(self, request, window_id):
        from registrations import views

        return views.report_print(self, request, window_id)

    @path("bao-cao/<int:window_id>/lan-gui/<int:number>/", name="report_version")
    def report_version_view(self, request, window_id, number):
        from registrations import views

        return views.report_version(self, request, window_id, number)

    @path("bao-cao/<int:window_id>/tep/<int:attachment_id>/", name="report_attachment")
    def report_attachment_view(self, request, window_id, attachment_id):
        from registrations import views

        return views.report_attachment(self, request, window_id, attachment_id)

    @path("bao-cao/<int:window_id>/tep/<int:attachment_id>/xoa/", name="report_attachment_delete")
    def report_attachment_delete_view(self, request, window_id, attachment_id):
        from registrations import views

        return views.report_attachment_delete(self, request, window_id, attachment_id)
