import warnings

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    name = "content"
    label = "content"
    verbose_name = _("Content")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # wagtail-localize gives BeautifulSoup every string it extracts, slugs and addresses
        # too; bs4 then warns that they look like URLs, once per string, on every load.
        from bs4 import MarkupResemblesLocatorWarning

        warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)
