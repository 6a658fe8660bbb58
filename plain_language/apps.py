from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlainLanguageConfig(AppConfig):
    name = "plain_language"
    label = "plain_language"
    verbose_name = _("Plain language")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401  (registers the languages' system check)
