"""Answers + a life event's plan structure -> the steps that apply, with their due dates.

Pure functions: no database, no request. A question left unanswered never hides a step: a
step whose condition depends on it is kept and carries that condition, to be shown as "if ...".
"""

from dataclasses import dataclass, field
from datetime import date

from django.utils.translation import gettext as _

from . import deadlines
from .structure import CHOICE, EVENT_DATE, NO, NUMBER, YES, YES_NO

CONNECTED = ("and", "or")
MAX_VALUE_LENGTH = 30
# The plan counts from an event within a human lifetime of today; beyond it a date is a typo.
EARLIEST_YEAR, LATEST_YEAR = 1900, 2200


class AnswerError(ValueError):
    """An answer or a date that cannot be used; its message says what to change, in plain words."""


@dataclass(frozen=True)
class Answers:
    values: dict = field(default_factory=dict)  # question key -> "yes"/"no", an option or an int
    event_date: date | None = None
    municipality: str = ""

    def query(self):
        """The answers as query parameters, in the questions' order: a plan link carries only these."""
        params = {key: str(value) for key, value in self.values.items()}
        if self.event_date:
            params["date"] = self.event_date.isoformat()
        if self.municipality:
            params["municipality"] = self.municipality
        return params


def parse_date(text):
    try:
        day = date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        day = None
    if day is None or not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise AnswerError(_("The date must be a real day, written as YYYY-MM-DD."))
    return day


def parse_answer(question, text):
    """The value of one answer, or AnswerError. An empty answer means 'not answered'."""
    if len(text) > MAX_VALUE_LENGTH:
        raise AnswerError(_("The answer to '%(name)s' is too long.") % {"name": question.key})
    if question.kind == YES_NO:
        if text not in (YES, NO):
            raise AnswerError(_("The answer to '%(name)s' must be 'yes' or 'no'.") % {"name": question.key})
        return text
    if question.kind == CHOICE:
        values = [value for value, _label in question.options]
        if text not in values:
            message = _("The answer to '%(name)s' must be one of: %(values)s.")
            raise AnswerError(message % {"name": question.key, "values": ", ".join(values)})
        return text
    if not (text.isascii() and text.isdigit()) or not question.min_value <= int(text) <= question.max_value:
        message = _("The answer to '%(name)s' must be a whole number from %(min)s to %(max)s.")
        limits = {"name": question.key, "min": question.min_value, "max": question.max_value}
        raise AnswerError(message % limits)
    return int(text)


def parse_answers(structure, params):
    """Answers from query parameters (a QueryDict or a dict of strings); unknown names are ignored."""
    values, event_date, municipality = {}, None, ""
    for question in structure.questions:
        text = (params.get(question.key) or "").strip()
        if not text:
            continue
        if question.kind == EVENT_DATE:
            event_date = parse_date(text)
        else:
            values[question.key] = parse_answer(question, text)
    municipality = (params.get("municipality") or "").strip()
    if municipality and not (len(municipality) == 5 and municipality.isascii() and municipality.isdigit()):
        raise AnswerError(_("The municipality must be its five-digit INE code, for example 08019."))
    return Answers(values, event_date, municipality)


def holds(condition, answers, questions):
    """True or False, or None when the question is not answered (or not asked any more)."""
    answer = answers.values.get(condition.question)
    question = questions.get(condition.question)
    if answer is None or question is None:
        return None
    if question.kind == NUMBER:
        try:
            expected = int(condition.value)
        except ValueError:
            return None
        return {
            "eq": answer == expected,
            "ne": answer != expected,
            "gte": answer >= expected,
            "lte": answer <= expected,
        }.get(condition.operator)
    if condition.operator == "ne":
        return answer != condition.value
    return answer == condition.value if condition.operator == "eq" else None


def sort_conditions(conditions, answers, questions):
    """(applies, open conditions): False when one condition fails; the unanswered ones otherwise."""
    results = [(condition, holds(condition, answers, questions)) for condition in conditions]
    if any(result is False for _condition, result in results):
        return False, ()
    return True, tuple(condition for condition, result in results if result is None)


@dataclass
class PlannedProcedure:
    id: int
    conditions: tuple = ()


@dataclass
class PlannedStep:
    spec: object
    number: int
    due: date | None = None
    conditions: tuple = ()  # unanswered conditions: the step applies "if ..."
    procedures: list = field(default_factory=list)


def applicable_steps(structure, answers, calendar=deadlines.CATALONIA):
    """The steps that apply to `answers`, in order, numbered again, with their due dates."""
    questions = structure.questions_by_key
    planned, number = [], 0
    for spec in structure.steps:
        applies, open_conditions = sort_conditions(spec.conditions, answers, questions)
        if not applies:
            continue
        procedures = []
        for pk in spec.procedure_ids:
            keep, procedure_open = sort_conditions(spec.procedure_conditions.get(pk, ()), answers, questions)
            if keep:
                procedures.append(PlannedProcedure(pk, procedure_open))
        if spec.procedure_ids and not procedures:
            continue  # every procedure of the step was ruled out: nothing is left to do
        if not planned or spec.relation not in CONNECTED:
            number += 1
        previous_due = planned[-1].due if planned else None
        due = due_date(spec.due, answers.event_date, previous_due, calendar)
        planned.append(PlannedStep(spec, number, due, open_conditions, procedures))
    return planned


def due_date(due, event_date, previous_due, calendar):
    if due is None:
        return None
    count = deadlines.date_before if due.counted_from == "before_event" else deadlines.due_date
    start = previous_due if due.counted_from == "previous" else event_date
    if start is None:
        return None
    try:
        return count(start, due.amount, due.unit, calendar)
    except (ValueError, OverflowError):
        return None
