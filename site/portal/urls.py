from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path, reverse_lazy
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views
from core.lockout import LockoutAuthenticationForm
from registrations import accounts
from sitesearch import views as search_views
from staff_accounts import urls as staff_account_urls

# Django's own views: the pages of a password reset say noindex through extra_context.
NOINDEX = {"noindex": True}

accounts_patterns = (
    [
        path(
            "dang-nhap/",
            auth_views.LoginView.as_view(
                template_name="accounts/login.html", authentication_form=LockoutAuthenticationForm
            ),
            name="login",
        ),
        path("dang-xuat/", auth_views.LogoutView.as_view(), name="logout"),
        # Forgotten password, and the unit officers' invitations (registrations.accounts).
        path(
            "quen-mat-khau/",
            auth_views.PasswordResetView.as_view(
                template_name="accounts/password_reset.html",
                extra_context=NOINDEX,
                form_class=accounts.PasswordResetForm,
                success_url=reverse_lazy("accounts:password_reset_done"),
            ),
            name="password_reset",
        ),
        path(
            "quen-mat-khau/da-gui/",
            auth_views.PasswordResetDoneView.as_view(
                template_name="accounts/password_reset_done.html", extra_context=NOINDEX
            ),
            name="password_reset_done",
        ),
        path(
            "dat-mat-khau/xong/",
            auth_views.PasswordResetCompleteView.as_view(
                template_name="accounts/password_set_done.html", extra_context=NOINDEX
            ),
            name="password_reset_complete",
        ),
        path(
            "dat-mat-khau/<uidb64>/<token>/",
            auth_views.PasswordResetConfirmView.as_view(
                template_name="accounts/password_set.html",
                extra_context=NOINDEX,
                form_class=accounts.SetPasswordForm,
                success_url=reverse_lazy("accounts:password_reset_complete"),
            ),
            name="password_reset_confirm",
        ),
    ],
    "accounts",
)

urlpatterns = [
    path("healthz/", core_views.health, name="health"),
    path(f"{settings.ADMIN_PATH}/", include(wagtailadmin_urls)),
    path("tai-lieu/", include(wagtaildocs_urls)),
    path("tim-kiem/", search_views.search, name="search"),
    path("tai-khoan/", include(accounts_patterns)),
    # Two-factor sign-in of unit officers (staff use the admin's copy of these screens).
    path("tai-khoan/", include(staff_account_urls.site_patterns)),
    path("du-lieu-ca-nhan/", include("privacy.urls")),
    # The permanent address of each award, printed as a QR code on certificates, and the
    # citizens' requests to confirm or re-issue an award.
    path("xac-minh/de-nghi/", include("award_requests.urls")),
    path("xac-minh/", include("verification.urls")),
    # What is already public (decisions and awardees) as CSV and JSON.
    path("du-lieu-mo/", include("opendata.urls")),
    # Following an opinion or a reader comment by its code (consultations.views).
    path("tra-cuu-y-kien/", include("consultations.urls")),
    path("sitemap.xml", sitemap, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
]

# A database outage answers 503 with a Vietnamese page (core.views.server_error).
handler500 = "core.views.server_error"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
