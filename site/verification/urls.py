from django.urls import path

from verification import views

app_name = "verification"

urlpatterns = [
    path("", views.index, name="index"),
    path("<str:code>/", views.record, name="record"),
    path("<str:code>/giay-xac-nhan/", views.certificate, name="certificate"),
    path("<str:code>/qr.svg", views.qr_svg, name="qr_svg"),
    path("<str:code>/qr.png", views.qr_png, name="qr_png"),
]
