"""The click counters: links out of pages ("Start now") and search results.

Both are GET redirects that count one click per request in the database (clicks are a small
share of views) and send nowhere but to what the site itself publishes: a link in a live page's
content, or a result of the search index. Anything else is a 404, never a redirect.
"""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import Http404, HttpResponseRedirect
from django.utils import timezone
from django.views.decorators.cache import never_cache
from wagtail.models import Page

from privacy.scrubber import scrub
from search.documents import page_key
from search.models import ExternalService
from search.query import MAX_INPUT_LENGTH

from .counting import is_robot
from .links import start_now_link
from .models import LinkClickDay, SearchClickDay

MAX_POSITION = 1000


def live_page(value):
    if not (isinstance(value, str) and value.isdigit() and len(value) <= 18):
        return None
    return Page.objects.live().public().filter(pk=int(value), depth__gt=1).first()


def add_click(model, key, **fields):
    if model.objects.filter(**key).update(clicks=F("clicks") + 1):
        return
    try:
        with transaction.atomic():
            model.objects.create(**key, **fields, clicks=1)
    except IntegrityError:  # another request created the row first
        model.objects.filter(**key).update(clicks=F("clicks") + 1)


def counts(request):
    return not is_robot(request.headers.get("User-Agent", "")[:512])


@never_cache
def follow_link(request):
    """/feedback/go/?page=ID&to=ADDRESS: ADDRESS must be a link of the live page ID."""
    page = live_page(request.GET.get("page"))
    to = request.GET.get("to", "")
    start_now = start_now_link(page, to) if page and len(to) <= 1000 else None
    if start_now is None:
        raise Http404("Not a link of this page.")
    if counts(request):
        key = {"page": page, "url": to, "date": timezone.localdate()}
        add_click(LinkClickDay, key, start_now=start_now)
    return HttpResponseRedirect(to)


@never_cache
def follow_result(request):
    """/feedback/result/?key=page:ID&position=N&q=SEARCH&lang=ca: a search result chosen."""
    key = request.GET.get("key", "")
    position = request.GET.get("position", "")
    language = request.GET.get("lang", "")[:10]
    page, to = result_target(key)
    if not to or not position.isdigit() or not 1 <= int(position) <= MAX_POSITION:
        raise Http404("Not a search result.")
    query = scrub(request.GET.get("q", "")[:MAX_INPUT_LENGTH], 255).strip().casefold()[:255]
    if query and counts(request):
        fields = {"query": query, "language": language, "result": key[:120], "position": int(position)}
        add_click(SearchClickDay, {**fields, "date": timezone.localdate()}, page=page)
    return HttpResponseRedirect(to)


def result_target(key):
    """The page (if it is one) and the address of the search result `key`; (None, "") if none."""
    kind, _colon, rest = key.partition(":")
    if kind == "page":
        page = live_page(rest)
        if page and page_key(page.pk) == key:
            return page, page.specific.get_url() or ""
    elif kind == "service":
        service_id, _colon, _language = rest.partition(":")
        service = ExternalService.objects.filter(pk=service_id).first() if service_id.isdigit() else None
        if service:
            return None, service.url
    return None, ""
