"""`GET /api/plan/<life event id>/`: a plan as JSON, for the 012 line, the assistant and other channels.

Parameters: `lang` (one of the site's languages; the life event's own by default), `date`
(YYYY-MM-DD), `municipality` (INE code) and one per question, by its name. A bad answer, date or
language gets a 400 with a plain `message`, as the portal's other APIs do.
"""

from django.http import JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from life_events.models import LifeEventPage
from portal import languages

from .content import plain_text, plan_content
from .evaluation import AnswerError
from .plan import make_plan


def message(text, status):
    return JsonResponse({"message": text}, status=status)


def find_page(page_id, language_code):
    pages = LifeEventPage.objects.live().public()
    fields = ("id", "translation_key", "live_revision_id", "locale__language_code")
    page = pages.filter(pk=page_id).select_related("locale").only(*fields).first()
    if page is None or not language_code:
        return page
    return (
        pages.filter(translation_key=page.translation_key, locale__language_code=language_code)
        .select_related("locale")
        .only(*fields)
        .first()
    )


@require_safe
def plan_api(request, page_id):
    language_code = request.GET.get("lang", "")
    if language_code and language_code not in languages.codes():
        codes = ", ".join(languages.codes())
        return message(_("Unknown language. Use one of: %(codes)s.") % {"codes": codes}, 400)
    page = find_page(int(page_id), language_code)
    if page is None:
        return message(_("There is no published life event with this id in this language."), 404)
    with translation.override(language_code or page.locale.language_code):
        content = plan_content(page.pk, page.live_revision_id, translation.get_language())
        try:
            plan = make_plan(content, request.GET)
        except AnswerError as error:
            return message(str(error), 400)
        response = JsonResponse(plan_json(plan, request))
    response["Cache-Control"] = "private, no-store"
    return response


def plan_json(plan, request):
    content = plan.content
    questions = content.structure.questions
    return {
        "life_event": {
            "id": content.page_id,
            "title": content.title,
            "url": request.build_absolute_uri(content.url),
            "language": translation.get_language(),
        },
        "questions": [question_json(question) for question in questions],
        "answers": plan.answers.query(),
        "steps": [step_json(step, request) for step in plan.steps],
        "related_life_events": [
            {"title": title, "url": request.build_absolute_uri(url)}
            for title, url, _summary in content.related
        ],
    }


def question_json(question):
    data = {"name": question.key, "kind": question.kind, "text": question.text}
    if question.options:
        data["answers"] = [{"value": value, "label": label} for value, label in question.options]
    if question.kind == "number":
        data["min"], data["max"] = question.min_value, question.max_value
    return data


def step_json(step, request):
    return {
        "number": step.number,
        "title": step.title,
        "relation": step.relation,
        "when": step.timing,
        "due_date": step.due.isoformat() if step.due else None,
        "period": step.period,
        "only_if": step.conditions,
        "procedures": [
            {
                "id": procedure.info.id,
                "title": procedure.info.title,
                "url": request.build_absolute_uri(procedure.info.url),
                "what_you_need": plain_text(procedure.info.what_you_need),
                "only_if": procedure.conditions,
            }
            for procedure in step.procedures
        ],
    }
