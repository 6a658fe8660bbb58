"""The citizen panel and the privacy page, under each language's prefix."""

from django.urls import path

from . import panel

urlpatterns = [
    path("citizen-panel/", panel.sign_up, name="feedback_panel"),
    path("citizen-panel/confirm/<str:token>/", panel.confirm, name="feedback_panel_confirm"),
    path("citizen-panel/leave/<str:token>/", panel.leave, name="feedback_panel_leave"),
    path("privacy/", panel.privacy, name="privacy"),
]
