"""What the search index holds: one `SearchDocument` per live page and per service and language.

Engines index these and nothing else, so pages and other administrations' services are
found, ranked and filtered the same way. Builders here turn a Wagtail page or an
`ExternalService` into documents; `all_documents()` yields the whole index.
"""

from dataclasses import dataclass, field

from django.conf import settings
from wagtail.models import Page
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from content.models import ContentPage
from life_events.models import HomePage, LifeEventPage, ProcedurePage
from life_events.snippets import Administration

from .models import ExternalService


class Kind:
    LIFE_EVENT = "life_event"
    PROCEDURE = "procedure"
    PAGE = "page"
    SERVICE = "service"
    ALL = (LIFE_EVENT, PROCEDURE, PAGE, SERVICE)


FACETS = ("life_event", "kind", "organisation", "administration", "channel")


@dataclass
class SearchDocument:
    key: str
    language: str
    kind: str
    title: str
    url: str
    summary: str = ""
    keywords: str = ""
    body: str = ""
    organisation: str = ""
    administration: str = Administration.GENERALITAT
    channels: list = field(default_factory=list)
    life_events: list = field(default_factory=list)
    # The same thing in every language: a page's translation key, a service's id.
    group: str = ""

    @property
    def external(self):
        return self.kind == Kind.SERVICE

    def facet_values(self, facet):
        return {
            "life_event": self.life_events,
            "kind": [self.kind],
            "organisation": [self.organisation] if self.organisation else [],
            "administration": [self.administration] if self.administration else [],
            "channel": self.channels,
        }[facet]


def page_key(page_id):
    return f"page:{page_id}"


def service_key(service_id, language):
    return f"service:{service_id}:{language}"


def service_keys(service_id):
    return [service_key(service_id, code) for code, _name in settings.LANGUAGES]


# Pages ---------------------------------------------------------------------------------


def searchable_pages():
    """Live, public pages a citizen can land on (the home pages are the search's own start)."""
    return (
        Page.objects.live()
        .public()
        .filter(depth__gt=2)
        .not_type(HomePage)
        .select_related("locale")
        .specific()
    )


def life_event_slugs_by_procedure():
    """Which life events (by their Catalan slug) each procedure's journey step belongs to.

    Keyed by the procedure's translation key, so a translation gets its source's life events.
    """
    source_slugs = dict(
        LifeEventPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list(
            "translation_key", "slug"
        )
    )
    procedure_keys = dict(ProcedurePage.objects.values_list("pk", "translation_key"))
    places = {}
    for life_event in LifeEventPage.objects.live().public():
        slug = source_slugs.get(life_event.translation_key, life_event.slug)
        for procedure_id in life_event.get_journey().procedure_ids():
            if procedure_id in procedure_keys:
                places.setdefault(procedure_keys[procedure_id], set()).add(slug)
    return {key: sorted(slugs) for key, slugs in places.items()}


def _segments_text(page, skip):
    texts = []
    for segment in extract_segments(page):
        if isinstance(segment, StringSegmentValue):
            text = segment.render_text().strip()
            # Slugs and anchors ("subsidi-desocupacio") are not text anyone reads.
            if text and text not in skip and " " in text:
                texts.append(text)
    return "\n".join(texts)


def page_document(page, life_events_by_procedure=None):
    page = page.specific
    language = page.locale.language_code
    summary = getattr(page, "summary", "") or getattr(page, "intro", "") or page.search_description
    document = SearchDocument(
        key=page_key(page.pk),
        group=f"page:{page.translation_key}",
        language=language,
        kind=Kind.PAGE,
        title=page.title,
        url=page.get_url() or page.url_path,
        summary=summary if isinstance(summary, str) else "",
        keywords=page.search_description,
        body=_segments_text(page, skip={page.title, summary}),
    )
    if isinstance(page, LifeEventPage):
        document.kind = Kind.LIFE_EVENT
        document.life_events = [_source_slug(page)]
    elif isinstance(page, ProcedurePage):
        document.kind = Kind.PROCEDURE
        document.channels = page.channel_kinds()
        if page.organisation:
            document.organisation = page.organisation.short_name or page.organisation.name
            document.administration = page.organisation.administration
            document.keywords = " ".join(filter(None, [page.organisation.name, page.search_description]))
        if life_events_by_procedure is None:
            life_events_by_procedure = life_event_slugs_by_procedure()
        document.life_events = life_events_by_procedure.get(page.translation_key, [])
    elif isinstance(page, ContentPage):
        document.kind = Kind.PAGE
    return document


def _source_slug(life_event):
    source = (
        LifeEventPage.objects.filter(
            translation_key=life_event.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        .values_list("slug", flat=True)
        .first()
    )
    return source or life_event.slug


# External services -------------------------------------------------------------------------


def service_documents(service):
    """One document per language: a feed's text falls back to Catalan where it lacks one."""
    documents = []
    for code, _name in settings.LANGUAGES:
        keywords = service.localized("keywords", code)
        documents.append(
            SearchDocument(
                key=service_key(service.pk, code),
                group=f"service:{service.pk}",
                language=code,
                kind=Kind.SERVICE,
                title=service.localized("title", code),
                url=service.url,
                summary=service.localized("description", code),
                keywords=" ; ".join(keywords) if isinstance(keywords, list) else str(keywords),
                organisation=service.organisation,
                administration=service.administration,
                channels=list(service.channels),
                life_events=list(service.life_events),
            )
        )
    return documents


def all_documents():
    places = life_event_slugs_by_procedure()
    for page in searchable_pages().iterator(chunk_size=200):
        yield page_document(page, places)
    for service in ExternalService.objects.iterator(chunk_size=500):
        yield from service_documents(service)
