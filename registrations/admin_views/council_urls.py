"""The council's side of a proposal round (admin/hoi-dong/): the consultation made from the
accepted nominees, the meeting and its secret-ballot totals, the minutes, the decision."""

from django.urls import include, path

app_name = "council"
urlpatterns = []


def admin_urls():
    return [path("hoi-dong/", include((urlpatterns, app_name), namespace=app_name))]
