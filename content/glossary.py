from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


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
