"""The council's side of a proposal round (admin/hoi-dong/): the consultation made from the
accepted nominees, the meeting and its secret-ballot totals, the minutes, the decision."""

from django.urls import include, path

from registrations.admin_views import council

app_name = "council"
urlpatterns = [
    path("dot/<int:pk>/", council.round_view, name="round"),
    path("dot/<int:pk>/lay-y-kien/", council.make_consultation, name="make_consultation"),
    path("dot/<int:pk>/phien-hop/", council.meeting_create, name="meeting_create"),
    path("phien-hop/<int:pk>/", council.meeting_view, name="meeting"),
    path("phien-hop/<int:pk>/bien-ban.docx", council.minutes_docx, name="minutes_docx"),
    path("phien-hop/<int:pk>/bien-ban/in/", council.minutes_print, name="minutes_print"),
    path("phien-hop/<int:pk>/quyet-dinh/", council.make_decision, name="make_decision"),
]


def admin_urls():
    return [path("hoi-dong/", include((urlpatterns, app_name), namespace=app_name))]
