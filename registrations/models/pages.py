from django.utils.translation import gettext_lazy as _

from core.models import SectionIndexPage
from core.routing import URLconfRoutablePageMixin


class RegistrationPortalPage(URLconfRoutablePageMixin, SectionIndexPage):
    """/dang-ky-thi-dua/: the public list of registered units, and the units' own area.

    A unit's pages are addressed by campaign or report window only: the unit is always the
    signed-in officer's own (registrations.views), so no address can name another unit."""

    template = "registrations/registration_portal_page.html"
    subpage_urlconf = "registrations.portal_urls"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("Khu vực đăng ký thi đua")

    def get_sitemap_urls(self, request=None):
        # Only the public list; the units' pages are behind sign-in.
        return [{"location": self.get_full_url(request), "lastmod": self.last_published_at}]
