import json
from pathlib import Path

from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index

from portal.languages import codes

# The glossary shipped with the portal, one file per language: [{"term", "plain", "explanation"}].
DATA_DIR = Path(__file__).resolve().parent / "data" / "glossary"


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """A piece of administrative jargon and the plain words to use instead, in one language.

    Entries are per language, not translations of each other: jargon does not translate
    word for word. The plain-language checker flags every inflection of `term`.
    """

    term = models.CharField(
        _("jargon"),
        max_length=120,
        help_text=_("The hard word or phrase, in its dictionary form, such as 'sol·licitar'."),
    )
    plain = models.CharField(
        _("plain alternative"), max_length=200, help_text=_("What to write instead, such as 'demanar'.")
    )
    explanation = models.TextField(
        _("explanation"), blank=True, help_text=_("One short sentence for the editor: why or when.")
    )

    panels = [FieldPanel("term"), FieldPanel("plain"), FieldPanel("explanation")]
    search_fields = [
        index.SearchField("term"),
        index.SearchField("plain"),
        index.AutocompleteField("term"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        db_table = "content_glossaryterm"  # created by the content app, which held it first
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        ordering = ["term"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "term"], name="unique_glossary_term_per_locale")
        ]

    def __str__(self):
        return f"{self.term} → {self.plain}"

    @classmethod
    def for_language(cls, language_code):
        return list(
            cls.objects.filter(locale__language_code=language_code).only("term", "plain", "explanation")
        )

    @classmethod
    @transaction.atomic
    def load_shipped(cls, data_dir=DATA_DIR):
        """Add the shipped terms each language lacks; a term editors already have stays theirs."""
        added = 0
        for code in codes():
            path = Path(data_dir) / f"{code}.json"
            if not path.exists():
                continue
            locale, _created = Locale.objects.get_or_create(language_code=code)
            for entry in json.loads(path.read_text(encoding="utf-8")):
                _term, created = cls.objects.get_or_create(
                    locale=locale,
                    term=entry["term"],
                    defaults={"plain": entry["plain"], "explanation": entry.get("explanation", "")},
                )
                added += created
        return added
