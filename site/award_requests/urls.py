from django.urls import path

from award_requests import views

app_name = "award_requests"

urlpatterns = [
    path("", views.ask, name="ask"),
    path("da-gui/<str:token>/", views.sent, name="sent"),
    path("tra-cuu/", views.track, name="track"),
    path("trang-thai/<str:token>/", views.status, name="status"),
    path("trang-thai/<str:token>/van-ban-tra-loi/", views.reply_file, name="reply_file"),
]
