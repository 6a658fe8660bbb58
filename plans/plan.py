"""A citizen's plan: the cached content of a life event evaluated for their answers.

The HTML page, the calendar file and the API all read a `Plan`; none of them stores anything.
"""

from dataclasses import dataclass

from django.utils.translation import get_language

from .evaluation import applicable_steps, parse_answers
from .models import LocalHoliday
from .wording import answer_label, long_date, open_condition, period


@dataclass
class PlanProcedure:
    info: object
    conditions: list  # open conditions, as text


@dataclass
class PlanStep:
    position: int
    number: int
    title: str
    relation: str
    timing: str
    body: str
    due: object  # a date or None
    due_text: str  # "Friday 15 January 2027"
    period: str  # "15 working days"
    conditions: list
    procedures: list
    choice: str
    links: tuple


@dataclass
class Plan:
    content: object
    answers: object
    steps: list

    @property
    def deadlines(self):
        return [step for step in self.steps if step.due]

    def answered(self):
        """(question, answer as text) of each answered question, in the questions' order."""
        rows = []
        for question in self.content.structure.questions:
            if question.key == "date" and self.answers.event_date:
                rows.append((question, long_date(self.answers.event_date, get_language())))
            elif question.key in self.answers.values:
                value = self.answers.values[question.key]
                shown = str(value) if isinstance(value, int) else answer_label(question, value)
                rows.append((question, shown))
        return rows


def make_plan(content, params):
    """The plan of `content` for the query parameters `params`; AnswerError for a bad answer."""
    structure = content.structure
    answers = parse_answers(structure, params)
    calendar = LocalHoliday.calendar(answers.municipality)
    questions = structure.questions_by_key
    language = get_language()
    steps = []
    for planned in applicable_steps(structure, answers, calendar):
        spec = planned.spec
        procedures = [
            PlanProcedure(
                content.procedures[item.id],
                [open_condition(c, questions.get(c.question)) for c in item.conditions],
            )
            for item in planned.procedures
            if item.id in content.procedures
        ]
        steps.append(
            PlanStep(
                position=spec.position,
                number=planned.number,
                title=spec.title,
                relation=spec.relation,
                timing=spec.timing,
                body=spec.body,
                due=planned.due,
                due_text=long_date(planned.due, language) if planned.due else "",
                period=period(spec.due) if spec.due else "",
                conditions=[open_condition(c, questions.get(c.question)) for c in planned.conditions],
                procedures=procedures,
                choice=spec.choice,
                links=spec.links,
            )
        )
    return Plan(content, answers, steps)
