"""The consultations' addresses outside any page: following an opinion or a reader comment
by its code (/tra-cuu-y-kien/), whatever page it was sent on."""

from django.urls import path

from consultations import views

app_name = "consultations"

urlpatterns = [
    path("", views.opinion_status, name="opinion_status"),
]
