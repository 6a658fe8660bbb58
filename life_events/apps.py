from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LifeEventsConfig(AppConfig):
    name = "life_events"
    label = "life_events"
    verbose_name = _("Life events")
    default_auto_field = "django.db.models.BigAutoField"
