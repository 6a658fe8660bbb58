"""The language of each request, without sending addresses outside the language prefixes to a page.

Django's LocaleMiddleware answers a 404 by redirecting to the same path under the visitor's
language when that path exists there, for people who type /tramits/ for /ca/tramits/. Wagtail's
catch-all makes nearly any path exist under /ca/, so the API's JSON 404 for
/api/v2/pages/999/ became a redirect to an HTML page. A path that resolved without a language
prefix was not missing one: its 404 stands.
"""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language, get_language_from_path


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        resolved = getattr(request, "resolver_match", None) is not None
        if response.status_code == 404 and resolved and not get_language_from_path(request.path_info):
            # What Django adds to any response outside the prefixes: the language came from headers.
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", get_language())
            return response
        return super().process_response(request, response)
