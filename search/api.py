"""The search API for other channels: /api/search/?q=...&lang=ca (and facet filters, page).

Every input gets a 200 with results (maybe none) or a 400 with a plain message. HEAD is
answered as GET is (monitors and link checkers use it), without counting a search.
"""

import logging

from django.conf import settings
from django.http import JsonResponse
from django.utils import translation
from django.views.decorators.http import require_safe

from .engines import get_engine
from .engines.base import EngineUnavailable
from .facets import value_name
from .query import MAX_QUERY_LENGTH, QueryError, clean, normalised_length
from .searching import MAX_PAGE, check_filters, run_search

MAX_PER_PAGE = 50
logger = logging.getLogger(__name__)


def _error(message):
    return JsonResponse({"error": message}, status=400)


def _language(request):
    language = request.GET.get("lang") or settings.LANGUAGE_CODE
    if language not in dict(settings.LANGUAGES):
        codes = ", ".join(code for code, _name in settings.LANGUAGES)
        raise QueryError(f"Unknown language. Use one of: {codes}.")
    return language


def _positive(request, name, default, maximum):
    value = request.GET.get(name) or default
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise QueryError(f"'{name}' must be a whole number from 1 to {maximum}.") from None
    if not 1 <= number <= maximum:
        raise QueryError(f"'{name}' must be a whole number from 1 to {maximum}.")
    return number


@require_safe
def search_api(request):
    try:
        language = _language(request)
        page = _positive(request, "page", 1, MAX_PAGE)
        per_page = _positive(request, "per_page", 10, MAX_PER_PAGE)
        with translation.override(language):
            results = run_search(
                request.GET.get("q", ""),
                language,
                check_filters(request.GET),
                page=page,
                per_page=per_page,
                record=request.method == "GET",
            )
    except QueryError as error:
        return _error(str(error))
    except EngineUnavailable:
        logger.exception("Search engine unavailable")
        return JsonResponse(
            {"error": "Search is not available right now. Try again in a few minutes."}, status=503
        )
    with translation.override(language):
        return JsonResponse(
            {
                "query": results.query,
                "language": language,
                "total": results.total,
                "total_exact": results.total_exact,
                "page": results.page,
                "pages": results.pages,
                "fallback": results.fallback,
                "suggestion": results.suggestion or None,
                "best_bets": [
                    {"title": bet.title, "url": bet.url, "description": bet.description}
                    for bet in results.best_bets
                ],
                "results": [
                    {
                        "title": hit.title,
                        "url": request.build_absolute_uri(hit.url),
                        "kind": hit.kind,
                        "language": hit.language,
                        "organisation": hit.organisation,
                        "administration": hit.administration,
                        "snippet": str(hit.snippet),
                        "life_events": hit.life_events,
                        "channels": hit.channels,
                    }
                    for hit in results.hits
                ],
                "facets": {
                    facet: [
                        {"value": value, "label": value_name(facet, value), "count": count}
                        for value, count in counts.items()
                    ]
                    for facet, counts in results.facets.items()
                },
            }
        )


@require_safe
def autocomplete_api(request):
    """Titles that start like what was typed: /api/search/autocomplete/?q=atu&lang=ca."""
    try:
        language = _language(request)
    except QueryError as error:
        return _error(str(error))
    text = clean(request.GET.get("q", ""))[:MAX_QUERY_LENGTH]
    # Normalising can lengthen what is left: past the limit there is no title to complete.
    wanted = 2 <= len(text) and normalised_length(text) <= MAX_QUERY_LENGTH
    try:
        hits = get_engine().autocomplete(text, language) if wanted else []
    except EngineUnavailable:
        logger.exception("Search engine unavailable")
        hits = []  # autocomplete is an extra: the form still works
    return JsonResponse(
        {"query": text, "results": [{"title": hit.title, "url": hit.url, "kind": hit.kind} for hit in hits]}
    )
