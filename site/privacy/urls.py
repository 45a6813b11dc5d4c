from django.urls import path

from privacy import views

app_name = "privacy"

urlpatterns = [
    path("", views.ask, name="ask"),
    path("da-gui/", views.sent, name="sent"),
    path("xac-nhan/<str:token>/", views.confirm, name="confirm"),
    path("trang-thai/<str:token>/", views.status, name="status"),
    path("trang-thai/<str:token>/tep/", views.download, name="download"),
]
