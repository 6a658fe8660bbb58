from django.contrib import messages
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme

from .machine_translation import ApertiumUnavailable


class MachineTranslationErrorMiddleware:
    """Turn a missing Apertium package into a message for the editor instead of a server error.

    wagtail-localize calls the translator inside its own view, which lets exceptions through.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, ApertiumUnavailable):
            return None
        messages.error(request, str(exception))
        target = request.GET.get("next") or request.META.get("HTTP_REFERER", "")
        if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
            target = "wagtailadmin_home"
        return redirect(target)
