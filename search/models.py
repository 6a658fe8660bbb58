"""Services of other administrations, imported from their catalogue feeds to be found beside our pages."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from life_events.snippets import Administration

CHANNELS = ("online", "in_person", "phone", "video_call", "chat", "assisted")


class ExternalService(models.Model):
    source = models.SlugField(_("source"), max_length=100, help_text=_("The feed it came from."))
    identifier = models.CharField(_("identifier in the source"), max_length=200)
    publisher = models.CharField(_("publisher"), max_length=255)
    organisation = models.CharField(_("who runs it"), max_length=255)
    administration = models.CharField(_("administration"), max_length=20, choices=Administration.choices)
    url = models.URLField(_("address"), max_length=1000)
    # Per language code: {"ca": "...", "es": "...", "oc": "...", "en": "..."}.
    title = models.JSONField(_("title"), default=dict)
    description = models.JSONField(_("description"), default=dict)
    keywords = models.JSONField(_("words people use for it"), default=dict)
    channels = models.JSONField(_("channels"), default=list)
    life_events = models.JSONField(_("life events (slugs)"), default=list)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "identifier"], name="unique_service_per_source")
        ]
        ordering = ["source", "identifier"]
        verbose_name = _("external service")
        verbose_name_plural = _("external services")

    def __str__(self):
        return self.localized("title")

    def localized(self, field, language=None):
        """The field in the language asked for, else in Catalan, else in any language it has."""
        values = getattr(self, field) or {}
        for code in (language or get_language() or "", settings.LANGUAGE_CODE, *values):
            if values.get(code):
                return values[code]
        return ""
