from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.reports import ReportViewSet, register_report

from .counting import count_view
from .participation import BetaService, PanelMember
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


class BetaServiceViewSet(SnippetViewSet):
    model = BetaService
    icon = "help"
    menu_label = _("Beta services")
    add_to_admin_menu = True
    menu_order = 290
    list_display = ["page", "survey"]


class PanelMemberViewSet(SnippetViewSet):
    """The citizen panel, for those given a permission on it (none of the demo groups has one)."""

    model = PanelMember
    icon = "group"
    menu_label = _("Citizen panel")
    add_to_admin_menu = True
    menu_order = 291
    list_display = ["email", "language", "signed_up", "confirmed"]
    list_filter = ["language"]
    list_export = ["email", "language", "interests", "signed_up", "confirmed"]
    inspect_view_enabled = True


register_snippet(BetaServiceViewSet)
register_snippet(PanelMemberViewSet)
