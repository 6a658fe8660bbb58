"""Site-wide template tags: language switcher, alternate links, breadcrumbs.

Every link here is built from what the request resolved to (a page, or a named view under
the language prefix), never from the path as typed: a crafted address such as
`//evil.example/ca/` must not come back as a link to another site.
"""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, get_script_prefix, reverse
from django.utils.translation import get_language, override
from wagtail.models import Page

register = template.Library()


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    # False: the link leads to that language's home, as this page has no translation there.
    is_translated: bool
    # True: the link is this same content in that language (a <link rel="alternate">).
    is_alternate: bool = False


def home_url(code):
    """The home page of a language, by its URL name: '/es/'."""
    with override(code):
        return reverse("wagtail_serve", args=("",))


def page_translations(page, request):
    """{language: url} of the page's live translations, itself included."""
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    return {translation.locale.language_code: translation.get_url(request) for translation in translations}


def named_view_in_each_language(request):
    """{language: url} of the named view the request resolved to, or {} when there is none.

    Wagtail's catch-all is left out: without a page in the context it served nothing (a 404).
    So is a view outside the language prefixes, which has no version per language.
    """
    match = getattr(request, "resolver_match", None)
    if match is None or not match.url_name or match.view_name == "wagtail_serve":
        return {}
    query = request.GET.urlencode()
    urls = {}
    for code, _name in settings.LANGUAGES:
        with override(code):
            try:
                url = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                return {}
        if not url.startswith(f"{get_script_prefix()}{code}/"):
            return {}
        urls[code] = f"{url}?{query}" if query else url
    return urls


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: to this page's translation, or to that language's home.

    A view that knows its own address in each language gives them as `language_urls`.
    """
    request = context.get("request")
    page = context.get("page")
    is_page = isinstance(page, Page)
    targets = context.get("language_urls")
    if targets is None:
        targets = page_translations(page, request) if is_page else named_view_in_each_language(request)
    current = get_language()
    return [
        LanguageLink(
            code,
            settings.LANGUAGE_AUTONYMS[code],
            targets.get(code) or home_url(code),
            code == current,
            is_translated=code in targets or not is_page,
            is_alternate=code in targets,
        )
        for code, _name in settings.LANGUAGES
    ]


@register.simple_tag
def current_home_url():
    return home_url(get_language())


@register.simple_tag
def breadcrumbs(page):
    """The page's ancestors below the tree root, home page first."""
    return page.get_ancestors().filter(depth__gt=1)


@register.filter
def language_name(code):
    return dict(settings.LANGUAGES).get(code, code)
