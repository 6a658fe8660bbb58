from dataclasses import dataclass

from django import template

from plans.evaluation import MAX_VALUE_LENGTH
from plans.structure import CHOICE, EVENT_DATE, NUMBER, YES_NO, PlanStructure, Question

register = template.Library()


@dataclass
class Field:
    question: Question
    value: str  # the answer in the address, to show it again ("change your answers")

    @property
    def id(self):
        return f"plan-{self.question.key}"


@register.simple_tag(takes_context=True)
def plan_form_fields(context, page):
    """The questions of a life event with the answers given in the address. Read from the page
    itself, not the cache: the admin preview shows a draft's questions."""
    request = context.get("request")
    params = request.GET if request is not None else {}
    questions = PlanStructure.from_raw(page.questions.raw_data, []).questions
    return [Field(question, (params.get(question.key) or "")[:MAX_VALUE_LENGTH]) for question in questions]


@register.simple_tag
def question_kinds():
    return {"yes_no": YES_NO, "choice": CHOICE, "number": NUMBER, "event_date": EVENT_DATE}
