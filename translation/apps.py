import warnings

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "translation"
    label = "translation"
    verbose_name = _("Translation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # wagtail-localize gives BeautifulSoup every string it extracts, slugs and addresses
        # too; bs4 then warns that they look like URLs, once per string, on every load.
        from bs4 import MarkupResemblesLocatorWarning

        from . import checks  # noqa: F401  (registers the languages' system check)

        warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)
