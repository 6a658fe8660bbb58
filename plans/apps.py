from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "plans"
    label = "plans"
    verbose_name = _("Personal plans")

    def ready(self):
        from life_events.models import LifeEventPage

        from . import audit, signals  # noqa: F401
        from .views import preview_plan

        LifeEventPage.extra_preview_modes["plan"] = (_("Plan with sample answers"), preview_plan)
