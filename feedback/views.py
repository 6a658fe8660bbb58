"""The public write paths of listening: page feedback, and the redirects that count clicks.

Feedback is a plain POST that works without JavaScript (303 back to the page with a thank-you)
and answers JSON to static/feedback/feedback.js. Every step refuses early and cheaply: another
site's form (403), an over-long body or bad fields (400), too many posts from one client (429).
"""

from django.conf import settings
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from accounts.lockout import client_address
from portal import languages
from privacy.ratelimit import RateLimit
from privacy.scrubber import scrub

from .forms import HONEYPOT, FeedbackForm
from .models import COMMENT_MAX_LENGTH, PageFeedback
from .origin import from_this_site

# Two 500-character comments of 4-byte characters, percent-encoded (12 bytes each), and the rest.
MAX_BODY_BYTES = 16 * 1024


class RedirectSeeOther(HttpResponseRedirect):
    status_code = 303


def rate_limit():
    limit, window = settings.FEEDBACK_RATE_LIMIT
    return RateLimit("feedback", limit, window)


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def refuse(request, status, message, back_url=""):
    if wants_json(request):
        return JsonResponse({"message": message}, status=status)
    context = {"message": message, "back_url": back_url, "status": status}
    return render(request, "feedback/refused.html", context, status=status)


def thanks(request, back_url):
    if wants_json(request):
        return JsonResponse({"message": _("Thank you for your feedback.")})
    return RedirectSeeOther(f"{back_url}?feedback=thanks#feedback")


def search_address(language):
    with translation.override(language):
        return reverse("search")


@csrf_exempt
@never_cache
@require_POST
def submit(request):
    if not from_this_site(request):
        return refuse(request, 403, _("We can only take feedback sent from the pages of this website."))
    if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_BODY_BYTES or len(request.body) > MAX_BODY_BYTES:
        return refuse(request, 400, _("Write at most 500 characters in each box."))
    if not rate_limit().allow(client_address(request)):
        return refuse(request, 429, _("We have had many messages from you. Try again in an hour."))
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return refuse(request, 400, " ".join(form.messages()))
    page = form.cleaned_data["page"]
    language = page.language if page else form.cleaned_data["language"] or translation.get_language()
    back_url = page.url if page else search_address(language)
    # A robot filled in the field people cannot see: it is thanked and nothing is kept.
    if not request.POST.get(HONEYPOT):
        save_feedback(form.cleaned_data, page, language)
    with translation.override(language):
        return thanks(request, back_url)


def save_feedback(data, page, language):
    useful = data["useful"] == "yes"
    PageFeedback.objects.create(
        page_id=page.pk if page else None,
        on_search=page is None,
        language=language if language in languages.codes() else languages.source(),
        useful=useful,
        trying="" if useful else scrub(data["trying"], COMMENT_MAX_LENGTH).strip(),
        wrong="" if useful else scrub(data["wrong"], COMMENT_MAX_LENGTH).strip(),
    )
