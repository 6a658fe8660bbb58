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

from directory.models import Administration
from life_events.models import HomePage, LifeEventPage

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
    # Each page type says what it is filed under (kind, channels, life events...).
    if hasattr(page, "search_document_fields"):
        if life_events_by_procedure is None:
            life_events_by_procedure = LifeEventPage.slugs_by_procedure()
        for name, value in page.search_document_fields(life_events_by_procedure).items():
            setattr(document, name, value)
    return document


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
    places = LifeEventPage.slugs_by_procedure()
    for page in searchable_pages().iterator(chunk_size=200):
        yield page_document(page, places)
    for service in ExternalService.objects.iterator(chunk_size=500):
        yield from service_documents(service)
