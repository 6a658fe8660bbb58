from urllib.parse import urlencode

from django.shortcuts import redirect
from django.utils.translation import get_language
from wagtail import hooks


@hooks.register("before_serve_page")
def redirect_to_the_language_of_the_page(page, request, serve_args, serve_kwargs):
    """A page asked for in a language it does not exist in yet is shown in its own language.

    Wagtail serves the untranslated page under the requested prefix (/en/...), which would
    mark Catalan text as English. Redirect to the page's own address instead, and tell the
    template which language the person asked for so it can say so in that language.
    """
    requested = get_language()
    if page.locale.language_code != requested:
        return redirect(f"{page.get_url(request)}?{urlencode({'untranslated': requested})}")
    return None
