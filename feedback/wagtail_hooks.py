from django.urls import path
from wagtail import hooks

from portal.reports import ReportViewSet, register_report

from .counting import count_view
from .reports import ContentDataReportView, PageContentDataView, mark_done
from .retention import FeedbackRetention


@hooks.register("register_retention_policy")
def register_feedback_retention():
    return FeedbackRetention()


@hooks.register("before_serve_page", order=100)
def count_page_view(page, request, serve_args, serve_kwargs):
    """After the hooks that may redirect: a redirected request is not a view of the page."""
    count_view(page, request)


class ContentDataViewSet(ReportViewSet):
    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("page/<int:page_id>/", PageContentDataView.as_view(), name="page"),
            path("comment/<int:pk>/done/", mark_done, name="mark_done"),
        ]


register_report(ContentDataReportView, ContentDataViewSet)
