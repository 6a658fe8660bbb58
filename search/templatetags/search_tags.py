"""Small helpers for the search page (search/search.html)."""

from urllib.parse import urlsplit

from django import template
from django.utils.translation import get_language

from life_events.models import LifeEventIndexPage

register = template.Library()


@register.filter
def web_address(url):
    """The website a link goes to, as people read it: "https://sede.sepe.gob.es/x" -> "sede.sepe.gob.es"."""
    host = urlsplit(str(url or "")).hostname or ""
    return host.removeprefix("www.")


@register.filter
def is_external(url):
    """True when the link leaves this site (an absolute http(s) address)."""
    return str(url or "").startswith(("http://", "https://"))


@register.filter
def selected_names(facet_groups):
    """The names of the filters in use, in the order of the filter lists."""
    return [option.name for group in facet_groups or [] for option in group.options if option.selected]


@register.simple_tag(takes_context=True)
def life_events_url(context):
    """The list of life events in the current language; the home page (which lists them too) if none."""
    language = get_language()
    index = LifeEventIndexPage.objects.live().public().filter(locale__language_code=language).first()
    if index:
        url = index.get_url(context.get("request"))
        if url:
            return url
    return f"/{language}/"
