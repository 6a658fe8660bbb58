from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from portal.reports import ReportViewSet

from .reports import AuditReportView


@hooks.register("register_admin_viewset")
def register_accessibility_report():
    return ReportViewSet(
        "accessibility_report",
        slug="accessibility",
        view_class=AuditReportView,
        menu_label=_("Accessibility"),
        icon="glasses",
        menu_order=720,
    )
