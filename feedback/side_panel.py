"""The page editor's "Content data" side panel: the page's last 30 days at a glance.

Wagtail builds the editor's side panels in `EditView.get_side_panels` and has no hook to add
one, so `add_side_panel` (called once when the app is ready) wraps that method, as
privacy.spreadsheets wraps Wagtail's CSV export.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.side_panels import BaseSidePanel

from portal.reports import user_can_open

from . import content_data
from .models import PageFeedback

LATEST_COMMENTS = 5


class ContentDataSidePanel(BaseSidePanel):
    class SidePanelToggle(BaseSidePanel.SidePanelToggle):
        aria_label = _("Toggle content data")
        icon_name = "view"
        has_counter = False

    name = "content-data"
    title = _("Content data")
    template_name = "feedback/admin/side_panel.html"
    order = 450

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        period = content_data.Period.last_days()
        context["data"] = content_data.page_data(self.object, period)
        context["comments"] = (
            PageFeedback.objects.filter(page=self.object, date__range=period.range())
            .exclude(trying="", wrong="")
            .order_by("-date", "-pk")[:LATEST_COMMENTS]
        )
        context["report_url"] = reverse("content_data_report:page", args=[self.object.pk])
        return context


def add_side_panel():
    from wagtail.admin.views.pages.edit import EditView

    if getattr(EditView.get_side_panels, "adds_content_data", False):
        return
    get_side_panels = EditView.get_side_panels

    def get_side_panels_with_content_data(self):
        panels = get_side_panels(self)
        from .reports import ContentDataReportView

        if not self.expects_json_response and user_can_open(ContentDataReportView, self.request.user):
            panels.append(ContentDataSidePanel(self.page, self.request))
        return panels

    get_side_panels_with_content_data.adds_content_data = True
    EditView.get_side_panels = get_side_panels_with_content_data
