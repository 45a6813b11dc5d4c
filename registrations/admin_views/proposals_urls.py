"""The office's screens for award proposals (admin/de-nghi-khen-thuong/): rounds, the review
of each dossier, the criteria from the award history, exports for the council."""

from django.urls import include, path

app_name = "proposals_office"
urlpatterns = []


def admin_urls():
    return [path("de-nghi-khen-thuong/", include((urlpatterns, app_name), namespace=app_name))]
