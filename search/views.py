"""The search page: works without JavaScript; autocomplete (static/search/autocomplete.js) enhances it."""

import logging

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .engines.base import EngineUnavailable
from .facets import KIND_NAMES, facet_groups, search_url
from .query import QueryError, clean
from .searching import check_filters, run_search

logger = logging.getLogger(__name__)


def parse_page(value):
    try:
        return max(1, int(value or 1))
    except (TypeError, ValueError):
        return 1


def search(request):
    language = get_language()
    typed = request.GET.get("q", "")
    query = clean(typed)
    context = {"query": query, "results": None, "error": ""}
    if "q" in request.GET:
        filters = check_filters(request.GET)
        try:
            # What was typed, not `query`: run_search must see the raw length to refuse it.
            results = run_search(typed, language, filters, page=parse_page(request.GET.get("page")))
        except QueryError as error:
            context["error"] = str(error)
        except EngineUnavailable:
            logger.exception("Search engine unavailable")
            context["unavailable"] = _(
                "Search is not working right now. Try again in a few minutes, or ask us."
            )
            return render(request, "search/search.html", context, status=503)
        else:
            languages = dict(settings.LANGUAGES)
            for hit in results.hits:
                hit.kind_name = KIND_NAMES.get(hit.kind, "")
                hit.language_name = (
                    languages.get(hit.language, hit.language) if hit.language != language else ""
                )
            context.update(
                results=results,
                facet_groups=facet_groups(results.facets, filters, query, language),
                clear_filters_url=search_url(query) if filters else "",
                suggestion_url=search_url(results.suggestion) if results.suggestion else "",
                previous_url=search_url(query, filters, results.page - 1) if results.page > 1 else "",
                next_url=search_url(query, filters, results.page + 1) if results.page < results.pages else "",
            )
    status = 400 if context["error"] and query else 200
    return render(request, "search/search.html", context, status=status)
