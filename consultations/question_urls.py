"""The routes of QuestionIndexPage (/hoi-dap/); the views are in consultations.views and take
the page first (core.routing)."""

from django.urls import path

from consultations import views

urlpatterns = [
    path("", views.answered_list, name="list"),
    path("gui-cau-hoi/", views.ask, name="ask"),
    path("da-gui/<str:token>/", views.sent, name="sent"),
    path("tra-cuu/", views.track, name="track"),
]
