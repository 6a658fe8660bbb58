"""Plain, translated names for facet values, and the filter links of the search page."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from directory.models import Administration, ChannelKind
from life_events.models import LifeEventPage

from .documents import FACETS, Kind

FACET_NAMES = {
    "kind": _("Type"),
    "life_event": _("Life event"),
    "administration": _("Administration"),
    "organisation": _("Who runs it"),
    "channel": _("How to do it"),
}
KIND_NAMES = {
    Kind.LIFE_EVENT: _("Life event"),
    Kind.PROCEDURE: _("Procedure"),
    Kind.PAGE: _("Information"),
    Kind.SERVICE: _("Service of another administration"),
}


def life_event_names(language=None):
    """Life event slugs (Catalan, as the index keeps them) to their titles in `language`."""
    language = language or get_language()
    source = dict(
        LifeEventPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .values_list("translation_key", "slug")
    )
    names = {}
    for key, code, title in LifeEventPage.objects.live().values_list(
        "translation_key", "locale__language_code", "title"
    ):
        if key in source and (code == language or source[key] not in names):
            names[source[key]] = title
    return names


def value_name(facet, value, life_events=None):
    try:
        if facet == "kind":
            return str(KIND_NAMES.get(value, value))
        if facet == "administration":
            return str(Administration(value).label)
        if facet == "channel":
            return str(ChannelKind(value).label)
    except ValueError:
        return value
    if facet == "life_event":
        return (life_events or {}).get(value, value.replace("-", " ").capitalize())
    return value


@dataclass
class FacetOption:
    value: str
    name: str
    count: int
    selected: bool
    url: str


@dataclass
class FacetGroup:
    facet: str
    name: str
    options: list


def facet_groups(facets, filters, query, language=None):
    """The page's filter lists: each value with its count and the link that toggles it."""
    life_events = life_event_names(language) if facets.get("life_event") or filters.get("life_event") else {}
    groups = []
    for facet in FACETS:
        counts = dict(facets.get(facet, {}))
        if filters.get(facet) and filters[facet] not in counts:
            counts[filters[facet]] = 0
        if not counts:
            continue
        options = []
        for value, count in counts.items():
            selected = filters.get(facet) == value
            toggled = {**filters, facet: None if selected else value}
            options.append(
                FacetOption(
                    value, value_name(facet, value, life_events), count, selected, search_url(query, toggled)
                )
            )
        options.sort(key=lambda option: (not option.selected, -option.count, option.name))
        groups.append(FacetGroup(facet, str(FACET_NAMES[facet]), options))
    return groups


def search_url(query, filters=None, page=None):
    """The search page's address for a query, from its URL name: a link never borrows the request's path."""
    params = [("q", query)]
    params += [(facet, value) for facet, value in (filters or {}).items() if value]
    if page and page > 1:
        params.append(("page", page))
    return f"{reverse('search')}?{urlencode(params)}"
