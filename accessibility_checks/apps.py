from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccessibilityChecksConfig(AppConfig):
    name = "accessibility_checks"
    verbose_name = _("Accessibility checks")
    default_auto_field = "django.db.models.BigAutoField"
