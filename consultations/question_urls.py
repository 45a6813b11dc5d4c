"""The routes of QuestionIndexPage (/hoi-dap/); the views are in consultations.questions and
take the page first (core.routing)."""

from django.urls import path

from consultations import questions

urlpatterns = [
    path("", questions.answered_list, name="list"),
    path("gui-cau-hoi/", questions.ask, name="ask"),
    path("da-gui/<str:token>/", questions.sent, name="sent"),
    path("tra-cuu/", questions.track, name="track"),
]
