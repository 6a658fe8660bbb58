"""Services of other administrations, imported from their catalogue feeds to be found beside our pages."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from directory.models import Administration


class ExternalService(index.Indexed, models.Model):
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

    # For Wagtail's stock backend, which `evaluate_search` compares with: every language at once.
    search_fields = [
        index.SearchField("search_title", boost=2),
        index.SearchField("search_text"),
    ]

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "identifier"], name="unique_service_per_source")
        ]
        ordering = ["source", "identifier"]
        verbose_name = _("external service")
        verbose_name_plural = _("external services")

    def __str__(self):
        return self.localized("title")

    def search_title(self):
        return " ".join(self.title.values())

    def search_text(self):
        keywords = [word for words in self.keywords.values() for word in words]
        return " ".join([*self.description.values(), *keywords, self.organisation])

    def localized(self, field, language=None):
        """The field in the language asked for, else in Catalan, else in any language it has."""
        values = getattr(self, field) or {}
        for code in (language or get_language() or "", settings.LANGUAGE_CODE, *values):
            if values.get(code):
                return values[code]
        return ""


class IndexedDocument(models.Model):
    """A row of the embedded engine's index (see `search.engines.database`).

    The columns ending in `_terms` hold analysed terms (folded, stemmed, stop words dropped),
    each prefixed with the language code ("ca" + "jubil" -> "cajubil"), so that a language's
    terms never meet another's and no separate language filter is needed; `facet_terms`
    holds the facet values as terms ("kprocedure", "astate", "conline"...), so filters are
    full-text terms too. The database's full-text index is built over these columns: an
    FTS5 table kept in step by triggers on SQLite, generated `tsvector` columns on
    PostgreSQL (migration 0003).
    """

    key = models.CharField(max_length=120, unique=True)
    # The same page or service in every language (see SearchDocument.group).
    group = models.CharField(max_length=120, db_index=True, blank=True)
    language = models.CharField(max_length=10)
    kind = models.CharField(max_length=20)
    title = models.CharField(max_length=500)
    url = models.CharField(max_length=1000)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    organisation = models.CharField(max_length=255, blank=True)
    administration = models.CharField(max_length=20, blank=True)
    # Multi-valued facets, delimited for exact matching: "|online|phone|".
    channels = models.CharField(max_length=255, blank=True)
    life_events = models.TextField(blank=True)
    title_terms = models.TextField(blank=True)
    summary_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)
    title_words = models.TextField(blank=True)
    facet_terms = models.TextField(blank=True)
    words = models.TextField(blank=True)
    indexed_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        indexes = [models.Index(fields=["language", "kind"], name="search_doc_language_kind")]

    def __str__(self):
        return self.key


class Synonym(models.Model):
    """Words that mean the same to the people searching, in one language."""

    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    terms = models.TextField(
        _("words that mean the same"),
        help_text=_(
            "Separate them with commas, for example: atur, prestació per desocupació, paro. "
            "A search for any of them also finds the others."
        ),
    )
    # The group as the shipped thesaurus last wrote it (empty for editors' own groups): a group
    # whose terms still equal it is the portal's to update; one that differs is an editor's.
    shipped_terms = models.TextField(blank=True, editable=False)

    class Meta:
        ordering = ["language", "terms"]
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")

    def __str__(self):
        return self.terms

    @property
    def phrases(self):
        return [phrase.strip() for phrase in self.terms.split(",") if phrase.strip()]

    def clean(self):
        from django.core.exceptions import ValidationError

        if len(self.phrases) < 2:
            raise ValidationError({"terms": _("Write at least two words or phrases, separated by commas.")})


class NoResultQuery(models.Model):
    """Searches that found nothing, per day: what the portal is missing, for editors."""

    query_string = models.CharField(_("search"), max_length=255)
    language = models.CharField(_("language"), max_length=10)
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("times"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["query_string", "language", "date"], name="unique_no_result_per_day"
            )
        ]
        ordering = ["-date", "-hits"]
        verbose_name = _("search with no results")
        verbose_name_plural = _("searches with no results")

    def __str__(self):
        return self.query_string


class SearchMonthlyTotal(models.Model):
    """How many searches a month had, once its days are past the analytics' retention.

    No text: what people typed is deleted with the daily counts (see search.retention).
    """

    month = models.DateField(_("month"), unique=True, help_text=_("Its first day."))
    searches = models.PositiveBigIntegerField(_("searches"), default=0)
    no_results = models.PositiveBigIntegerField(_("searches with no results"), default=0)

    class Meta:
        ordering = ["-month"]
        verbose_name = _("monthly search total")
        verbose_name_plural = _("monthly search totals")

    def __str__(self):
        return f"{self.month:%Y-%m}"
