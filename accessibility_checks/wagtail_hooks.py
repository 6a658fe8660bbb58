from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal.reports import report_urls

from .views import AuditReportView


@hooks.register("register_admin_urls")
def register_accessibility_report_urls():
    return report_urls("accessibility", AuditReportView, "accessibility_report")


@hooks.register("register_reports_menu_item")
def register_accessibility_report_menu_item():
    return MenuItem(
        _("Accessibility"),
        reverse("accessibility_report"),
        name="accessibility",
        icon_name="glasses",
        order=720,
    )
