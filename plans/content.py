"""A life event's plan content, built once per published revision and language, then cached.

Everything a plan needs besides the answers: the questions and steps (`PlanStructure`), the
procedures' titles, addresses and what to have ready, the related life events. Building it
reads several tables; serving a plan from the cache reads none, so a plan and its calendar
file cost one query (finding the page) whatever the size of the journey.

Publishing, unpublishing, moving or deleting any page starts a new generation (`signals`),
so a renamed procedure shows in the plans that link to it at once.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.utils.html import strip_tags

from life_events.models import LifeEventPage, ProcedurePage, localized_pages

from .structure import PlanStructure

GENERATION_KEY = "plans:generation"
TIMEOUT = 60 * 60


@dataclass(frozen=True)
class ProcedureInfo:
    id: int
    title: str
    url: str
    what_you_need: str  # rich text, already safe HTML from the editor
    online_url: str = ""


@dataclass(frozen=True)
class PlanContent:
    page_id: int
    title: str
    url: str
    structure: PlanStructure
    procedures: dict  # id -> ProcedureInfo
    related: tuple  # (title, url, summary)
    translations: dict  # language code -> the life event's url in that language
    ancestors: tuple  # (title, url) from the home page down, for the breadcrumbs


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = 1
        cache.add(GENERATION_KEY, value, None)
    return value


def new_generation(**kwargs):
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, None)


def content_key(page_id, revision_id, language_code):
    return f"plans:content:{generation()}:{page_id}:{revision_id}:{language_code}"


def plan_content(page_id, revision_id, language_code):
    """The cached content of a live life event; built from the database on a miss."""
    key = content_key(page_id, revision_id, language_code)
    content = cache.get(key)
    if content is None:
        content = build_content(LifeEventPage.objects.get(pk=page_id))
        cache.set(key, content, TIMEOUT)
    return content


def build_content(page):
    structure = PlanStructure.from_raw(page.questions.raw_data, page.journey.raw_data)
    pages = localized_pages(ProcedurePage.objects.all(), structure.procedure_ids(), page.locale_id)
    procedures = {
        pk: ProcedureInfo(
            pk,
            procedure.title,
            procedure.url or "",
            procedure.what_you_need,
            (procedure.online_channel() or {}).get("url", ""),
        )
        for pk, procedure in pages.items()
    }
    related = tuple(
        (life_event.title, life_event.url or "", life_event.summary)
        for life_event in page.get_related_life_events()
    )
    translations = {
        translation.locale.language_code: translation.url
        for translation in page.get_translations(inclusive=True).live().public().select_related("locale")
        if translation.url
    }
    ancestors = tuple((ancestor.title, ancestor.url) for ancestor in page.get_ancestors().filter(depth__gt=1))
    return PlanContent(
        page.pk, page.title, page.url or "", structure, procedures, related, translations, ancestors
    )


def plain_text(html):
    return " ".join(strip_tags(html).split())
