"""Site-wide template tags: language switcher, alternate links, breadcrumbs."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

register = template.Library()


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translated: bool


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: to this page's translation, or to that language's home."""
    request = context["request"]
    current = get_language()
    page = context.get("page")
    translated = {}
    if isinstance(page, Page):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translated[translation.locale.language_code] = translation.get_url(request)
    links = []
    for code, _name in settings.LANGUAGES:
        if isinstance(page, Page):
            url = translated.get(code) or f"/{code}/"
            is_translated = code in translated
        else:
            url, is_translated = translate_url(request.get_full_path(), code), True
        links.append(
            LanguageLink(code, settings.LANGUAGE_AUTONYMS[code], url, code == current, is_translated)
        )
    return links


@register.simple_tag
def breadcrumbs(page):
    """The page's ancestors below the tree root, home page first."""
    return page.get_ancestors().filter(depth__gt=1)


@register.filter
def language_name(code):
    return dict(settings.LANGUAGES).get(code, code)
