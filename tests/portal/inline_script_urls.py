"""A page with an inline script, as a template that needs one writes it (tests only)."""

from django.http import HttpResponse
from django.template import engines
from django.urls import path

TEMPLATE = '<!doctype html><title>x</title><script nonce="{{ CSP_NONCE }}">document.title = "y";</script>'


def inline_script(request):
    return HttpResponse(engines["django"].from_string(TEMPLATE).render({}, request))


urlpatterns = [path("inline-script/", inline_script)]
