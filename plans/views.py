"""The plan page and its calendar file, at `<life event URL>plan/` and `plan.ics`."""

from urllib.parse import urlencode

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.http import require_safe
from wagtail.views import serve

from .audit import sample_answers
from .calendar_file import plan_calendar
from .content import build_content, plan_content
from .evaluation import AnswerError
from .plan import make_plan
from .routing import find_life_event, find_life_event_ref


@require_safe
def plan_page(request, path):
    page = find_life_event(request, path)
    if page is None:
        # Another kind of page may have a child called "plan": Wagtail serves it as usual.
        return serve(request, f"{path}plan/")
    return render_plan(
        request, page, plan_content(page.pk, page.live_revision_id, get_language()), request.GET
    )


def preview_plan(request, page):
    """The admin's preview of a life event's plan, draft included, for sample answers."""
    content = build_content(page)
    return render_plan(request, page, content, sample_answers(content.structure.questions))


def render_plan(request, page, content, params):
    context = {"page": page, "content": content, "plan": None, "error": ""}
    try:
        plan = make_plan(content, params)
    except AnswerError as error:
        context["error"] = str(error)
        return private(TemplateResponse(request, "plans/plan_page.html", context, status=400))
    query = urlencode(plan.answers.query())
    share_url = request.build_absolute_uri(f"{content.url}plan/?{query}")
    # The language switcher leads to the same plan, same answers, in the other languages.
    language_urls = {code: f"{url}plan/?{query}" for code, url in content.translations.items()}
    context.update(plan=plan, answers_query=query, share_url=share_url, language_urls=language_urls)
    return private(TemplateResponse(request, "plans/plan_page.html", context))


@require_safe
def plan_ics(request, path):
    page = find_life_event_ref(request, path)
    if page is None:
        raise Http404
    content = plan_content(page.pk, page.live_revision_id, get_language())
    try:
        plan = make_plan(content, request.GET)
    except AnswerError as error:
        return HttpResponse(str(error), status=400, content_type="text/plain; charset=utf-8")
    plan_url = request.build_absolute_uri(f"{content.url}plan/?{urlencode(plan.answers.query())}")
    body = plan_calendar(plan, plan_url, request.get_host().split(":")[0])
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="plan.ics"'
    response["Cache-Control"] = "private, no-store"
    return response


def private(response):
    # The answers are in the address: no shared cache (the caching proxy) may keep them.
    response["Cache-Control"] = "private, no-store"
    return response
