from django.urls import path

from . import clicks, views

app_name = "feedback"
urlpatterns = [
    path("", views.submit, name="submit"),
    path("go/", clicks.follow_link, name="follow_link"),
    path("result/", clicks.follow_result, name="follow_result"),
]
