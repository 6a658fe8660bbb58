from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "plans"
    label = "plans"
    verbose_name = _("Personal plans")

    def ready(self):
        from . import audit, signals  # noqa: F401
