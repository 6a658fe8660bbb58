"""One search, as the search page and the API run it.

Cleans and checks what was typed, parses it into clauses (synonyms, spelling), asks the
engine, falls back to the other languages when the current one finds nothing, adds the
editors' best bets and the snippets, and counts the search for the analytics (scrubbed of
personal data first).
"""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import DatabaseError
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.links import is_safe_link
from privacy.scrubber import scrub

from .documents import FACETS
from .engines import get_engine
from .highlight import snippet
from .query import (
    MAX_INPUT_LENGTH,
    MAX_QUERY_LENGTH,
    QueryError,
    clean,
    normalised_length,
    parse,
    typed_words,
)
from .reranking import RERANKED, rerank

logger = logging.getLogger(__name__)
PER_PAGE = 10
MAX_PAGE = 100
# The longest facet value (organisation names are stored in 255 characters).
MAX_FILTER_LENGTH = 255


@dataclass
class BestBet:
    title: str
    url: str
    description: str


@dataclass
class SearchResults:
    query: str
    language: str
    total: int = 0
    # False when there are more matches than `total` (engines stop counting at COUNTED).
    total_exact: bool = True
    hits: list = field(default_factory=list)
    facets: dict = field(default_factory=dict)
    filters: dict = field(default_factory=dict)
    suggestion: str = ""
    # True when nothing matched in `language` and the hits are in other languages.
    fallback: bool = False
    best_bets: list = field(default_factory=list)
    page: int = 1
    per_page: int = PER_PAGE

    @property
    def pages(self):
        return min(MAX_PAGE, max(1, -(-self.total // self.per_page)))


def check_query(text):
    """The cleaned query, or QueryError with a message for the person who typed it.

    The length is checked twice: on the raw input, before anything is done with it, and after
    normalisation, which makes some characters several letters long.
    """
    if len(text or "") > MAX_INPUT_LENGTH:
        raise _too_long()
    text = clean(text)
    if not text:
        raise QueryError(_("Type the words you are looking for."))
    if normalised_length(text) > MAX_QUERY_LENGTH:
        raise _too_long()
    return text


def _too_long():
    return QueryError(
        _("Your search is too long. Use fewer than %(limit)s characters.") % {"limit": MAX_QUERY_LENGTH}
    )


def check_filters(params):
    """The facet filters asked for, cleaned like the query (no control characters).

    Filter values are short names: one longer than MAX_FILTER_LENGTH, raw or normalised, names
    nothing, and is dropped before the engine sees it.
    """
    filters = {facet: clean(str(params.get(facet) or "")) for facet in FACETS}
    return {
        facet: value
        for facet, value in filters.items()
        if value and normalised_length(value) <= MAX_FILTER_LENGTH
    }


def run_search(text, language, filters=None, page=1, per_page=PER_PAGE, record=True, engine=None):
    text = check_query(text)
    engine = engine or get_engine()
    filters = filters or {}
    page = min(max(1, page), MAX_PAGE)
    results = SearchResults(query=text, language=language, filters=filters, page=page, per_page=per_page)
    borrowed = _borrowed_language(text, language, engine)
    parsed = parse(text, language, engine, keep=borrowed[1] if borrowed else ())
    results.suggestion = parsed.suggestion
    parsed_by_language = {language: parsed}
    if borrowed:
        found = _with_borrowed(parsed, borrowed, engine, filters, page, per_page, parsed_by_language)
    else:
        found = _reranked(parsed, engine, filters, page, per_page)
        if not found.total and any(len(clause.words) > 1 for clause in parsed.clauses):
            # A synonym phrase wants its words side by side ("degree recognition"): when no
            # page has them so, each word is looked for on its own.
            parsed = parse(text, language, engine, synonyms=False)
            parsed_by_language[language] = parsed
            found = _reranked(parsed, engine, filters, page, per_page)
    if found.total == 0 and not filters:
        found, parsed_by_language = _other_languages(text, language, engine, page, per_page)
    # Nothing in this language: what is shown comes from the others, and the page says so.
    results.fallback = bool(found.hits) and all(hit.language != language for hit in found.hits)
    results.total, results.total_exact, results.facets = found.total, found.total_exact, found.facets
    for hit in found.hits:
        if not hit.snippet:
            terms = parsed_by_language.get(hit.language, parsed).terms
            hit.snippet = snippet([hit.summary, hit.body], terms, hit.language)
    results.hits = found.hits
    if page == 1:
        results.best_bets = best_bets(text, language)
    if record:
        record_search(text, language, results.total + len(results.best_bets))
    return results


def _reranked(parsed, engine, filters, page, per_page):
    start = (page - 1) * per_page
    if start >= RERANKED:
        # Past the reranked hits the engine's order stands: read this page only, not all before it.
        return engine.search(parsed, parsed.language, filters, offset=start, limit=per_page)
    # The best RERANKED are read whatever the page, so that pages agree on their order.
    wanted = max(RERANKED, page * per_page)
    found = engine.search(parsed, parsed.language, filters, offset=0, limit=wanted)
    found.hits = rerank(found.hits, parsed)[start : start + per_page]
    return found


def _borrowed_language(text, language, engine):
    """(language, words) when some words are unknown here but known in another language.

    People write "paro" or "bono social luz" on the Catalan site: the Spanish index knows
    those words, and the Catalan translations of what it finds are good answers.
    """
    unknown = engine.unknown(typed_words(text, language), language)
    if not unknown:
        return None
    best = None
    for code, _name in settings.LANGUAGES:
        if code != language:
            known_there = unknown - engine.unknown(unknown, code)
            if known_there and (not best or len(known_there) > len(best[1])):
                best = (code, known_there)
    return best


def _with_borrowed(parsed, borrowed, engine, filters, page, per_page, parsed_by_language):
    """Results here merged with what the other language finds, shown in this language."""
    from .engines.base import EngineResult

    language, (other, _borrowed_words) = parsed.language, borrowed
    wanted = page * per_page
    here = engine.search(parsed, language, filters, offset=0, limit=wanted)
    other_parsed = parse(parsed.text, other, engine, correct=False)
    parsed_by_language[other] = other_parsed
    there = engine.search(other_parsed, other, filters, offset=0, limit=wanted)
    translations = engine.in_language([hit.group for hit in there.hits], language)
    typed = {word for clause in parsed.clauses for word in clause.words}
    # Each side counts as much as the share of the words its language knows.
    weights = {
        language: 1 - len(engine.unknown(typed, language)) / max(1, len(typed)),
        other: 1 - len(engine.unknown(typed, other)) / max(1, len(typed)),
    }
    scored = {}
    for side, found in ((language, here), (other, there)):
        for score, hit in _relative(found, weights[side]):
            shown = translations.get(hit.group, hit) if side == other else hit
            key = shown.group or shown.key
            if key not in scored or score > scored[key][0]:
                scored[key] = (score, shown)
    ranked = _by_score(scored.values())
    total = here.total + sum(1 for hit in there.hits if hit.group not in {h.group for h in here.hits})
    hits = ranked[(page - 1) * per_page : wanted]
    return EngineResult(total=total, hits=hits, facets=here.facets, total_exact=here.total_exact)


def _other_languages(text, language, engine, page, per_page):
    """The query run in every other language; hits merged by their relative score.

    Only the words that mean something in the site's language go, as typed: its function words
    ("la", "ha") are words of other languages too, and a spelling correction made in a language
    the person did not write in turns an unknown word into any short word of that language.
    """
    from .engines.base import EngineResult

    meaningful = " ".join(typed_words(text, language))
    merged, total, exact, parsed_by_language = [], 0, True, {}
    for code, _name in settings.LANGUAGES:
        if code == language:
            continue
        parsed = parse(meaningful, code, engine, correct=False)
        found = engine.search(parsed, code, offset=0, limit=page * per_page)
        if found.total:
            parsed_by_language[code] = parsed
            merged.extend(_relative(found))
            total += found.total
            exact = exact and found.total_exact
    hits = _by_score(merged)[(page - 1) * per_page : page * per_page]
    return EngineResult(total=total, hits=hits, facets={}, total_exact=exact), parsed_by_language


def _relative(found, weight=1.0):
    """(score, hit) pairs, each score relative to the best of its search: engines' scores are
    only comparable within one search, so merged searches compare their shares of the best."""
    best = max((hit.score for hit in found.hits), default=0) or 1
    return [(weight * hit.score / best, hit) for hit in found.hits]


def _by_score(pairs):
    return [hit for _score, hit in sorted(pairs, key=lambda pair: -pair[0])]


def best_bets(text, language):
    """Editors' promoted results for this query (Wagtail's search promotions) in this language."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    promotions = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(text))
        .select_related("page", "page__locale")
        .order_by("sort_order")
    )
    bets = []
    for promotion in promotions:
        if promotion.page_id:
            page = promotion.page
            if not page.live or page.locale.language_code != language:
                page = page.get_translation_or_none(_locale(language))
            if page and page.live:
                bets.append(BestBet(page.title, page.url, promotion.description or ""))
        elif is_safe_link(promotion.external_link_url):  # stored before the admin checked links?
            bets.append(
                BestBet(promotion.external_link_text, promotion.external_link_url, promotion.description)
            )
    return bets


def _locale(language):
    from wagtail.models import Locale

    return Locale.objects.filter(language_code=language).first()


def record_search(text, language, total):
    """Count the search per day (Wagtail's Query), and apart when it found nothing.

    What is stored is the text scrubbed of personal data ("[id]" for a DNI): editors read these
    texts, and a search made only of a DNI is still counted, as "[id]".
    """
    from wagtail.contrib.search_promotions.models import Query

    from .models import NoResultQuery

    text = scrub(text)
    try:
        Query.get(text).add_hit()
        if total == 0:
            today = timezone.localdate()
            key = {"query_string": text.casefold()[:255], "language": language, "date": today}
            updated = NoResultQuery.objects.filter(**key).update(hits=F("hits") + 1)
            if not updated:
                NoResultQuery.objects.create(**key, hits=1)
    except DatabaseError:
        # Analytics must never cost a citizen their results.
        logger.exception("Could not record a search")
