from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import AuditReportView


@hooks.register("register_admin_urls")
def register_accessibility_report_urls():
    view = AuditReportView
    return [
        path("reports/accessibility/", view.as_view(), name="accessibility_report"),
        path(
            "reports/accessibility/results/",
            view.as_view(results_only=True),
            name="accessibility_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_accessibility_report_menu_item():
    return MenuItem(
        _("Accessibility"),
        reverse("accessibility_report"),
        name="accessibility",
        icon_name="glasses",
        order=720,
    )
