from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "privacy"
    label = "privacy"
    verbose_name = _("Privacy")

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)
        from .spreadsheets import neutralise_csv_exports

        neutralise_csv_exports()
