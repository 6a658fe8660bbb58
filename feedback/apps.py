from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "feedback"
    label = "feedback"
    verbose_name = _("Listening to citizens")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .side_panel import add_side_panel

        add_side_panel()
