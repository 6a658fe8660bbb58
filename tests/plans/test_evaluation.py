"""Conditions and due dates of a plan, evaluated without the database."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plans.evaluation import AnswerError, Answers, applicable_steps, parse_answers
from plans.structure import PlanStructure

QUESTIONS = [
    {"type": "event_date", "value": {"text": "Quan va néixer?"}},
    {"type": "yes_no", "value": {"key": "works", "text": "Treballes?"}},
    {
        "type": "number",
        "value": {"key": "children", "text": "Quants fills?", "min_value": 1, "max_value": 20},
    },
    {
        "type": "choice",
        "value": {
            "key": "form",
            "text": "Com?",
            "options": [
                {"type": "item", "value": {"value": "self", "label": "Autònom"}},
                {"type": "item", "value": {"value": "company", "label": "Societat"}},
            ],
        },
    },
]


def step(title, relation="", due=None, conditions=(), procedures=(), procedure_conditions=()):
    amount, unit, counted = due or (None, "", "event")
    return {
        "type": "step",
        "value": {
            "title": title,
            "relation": relation,
            "due_amount": amount,
            "due_unit": unit,
            "due_from": counted,
            "conditions": [{"type": "item", "value": c} for c in conditions],
            "procedures": [{"type": "item", "value": pk} for pk in procedures],
            "procedure_conditions": [{"type": "item", "value": c} for c in procedure_conditions],
        },
    }


def condition(question, value, operator="eq"):
    return {"question": question, "operator": operator, "value": value}


STRUCTURE_JOURNEY = [
    step("Register", due=(10, "days", "event"), procedures=[1]),
    step(
        "Benefit",
        relation="and",
        due=(15, "working_days", "event"),
        conditions=[condition("works", "yes")],
    ),
    step("Follow up", due=(1, "months", "previous")),
    step(
        "Family card",
        procedures=[2, 3],
        procedure_conditions=[
            {**condition("children", "3", "gte"), "procedure": 2},
            {**condition("form", "company"), "procedure": 3},
        ],
    ),
    step("Prepare", due=(2, "months", "before_event"), conditions=[condition("children", "1", "ne")]),
]
STRUCTURE = PlanStructure.from_raw(QUESTIONS, STRUCTURE_JOURNEY)


def titles(steps):
    return [planned.spec.title for planned in steps]


def test_unanswered_questions_never_hide_a_step_and_keep_the_condition():
    steps = applicable_steps(STRUCTURE, Answers())
    assert titles(steps) == ["Register", "Benefit", "Follow up", "Family card", "Prepare"]
    benefit = steps[1]
    assert [c.question for c in benefit.conditions] == ["works"]
    assert [(p.id, [c.question for c in p.conditions]) for p in steps[3].procedures] == [
        (2, ["children"]),
        (3, ["form"]),
    ]


def test_a_failed_condition_hides_the_step_and_the_numbers_follow():
    steps = applicable_steps(STRUCTURE, Answers({"works": "no"}))
    assert "Benefit" not in titles(steps)
    assert [planned.number for planned in steps] == [1, 2, 3, 4]


def test_a_joined_step_shares_the_number_of_the_step_before():
    steps = applicable_steps(STRUCTURE, Answers({"works": "yes"}))
    assert [planned.number for planned in steps[:3]] == [1, 1, 2]
    assert steps[1].conditions == ()


def test_procedure_conditions_keep_only_the_procedures_that_apply():
    steps = applicable_steps(STRUCTURE, Answers({"children": 3, "form": "self"}))
    family = next(planned for planned in steps if planned.spec.title == "Family card")
    assert [p.id for p in family.procedures] == [2]


def test_a_step_whose_procedures_are_all_ruled_out_is_hidden():
    steps = applicable_steps(STRUCTURE, Answers({"children": 2, "form": "self"}))
    assert "Family card" not in titles(steps)


def test_number_conditions_compare_numbers():
    assert "Prepare" not in titles(applicable_steps(STRUCTURE, Answers({"children": 1})))
    assert "Prepare" in titles(applicable_steps(STRUCTURE, Answers({"children": 10})))


def test_due_dates_count_from_the_event_the_previous_step_or_before_it():
    steps = applicable_steps(STRUCTURE, Answers({"works": "yes"}, event_date=date(2026, 12, 22)))
    due = {planned.spec.title: planned.due for planned in steps}
    assert due["Register"] == date(2027, 1, 4)  # 1 January is a holiday, then a weekend
    assert due["Benefit"] == date(2027, 1, 15)  # Friday 15 January 2027: 15 working days
    assert due["Follow up"] == date(2027, 2, 15)  # a month after the step before
    assert due["Family card"] is None
    assert due["Prepare"] == date(2026, 10, 22)


def test_without_the_event_date_there_are_no_due_dates():
    assert all(planned.due is None for planned in applicable_steps(STRUCTURE, Answers()))


def test_answers_are_read_from_the_address_and_unknown_names_ignored():
    answers = parse_answers(
        STRUCTURE, {"date": "2026-12-22", "works": "yes", "children": "3", "form": "", "lang": "ca", "x": "1"}
    )
    assert answers == Answers({"works": "yes", "children": 3}, date(2026, 12, 22))
    assert answers.query() == {"works": "yes", "children": "3", "date": "2026-12-22"}


@pytest.mark.parametrize(
    "params",
    [
        {"works": "maybe"},
        {"works": "YES"},
        {"children": "0"},
        {"children": "21"},
        {"children": "-1"},
        {"children": "1e3"},
        {"children": "３"},
        {"form": "other"},
        {"date": "2026-02-30"},
        {"date": "22/12/2026"},
        {"date": "0001-01-01"},
        {"date": "+2026-01-01"},
        {"municipality": "8019"},
        {"municipality": "08019' OR 1=1"},
        {"works": "y" * 1000},
    ],
)
def test_bad_answers_are_refused_with_a_plain_message(params):
    with pytest.raises(AnswerError) as error:
        parse_answers(STRUCTURE, params)
    assert str(error.value)


@given(st.dictionaries(st.sampled_from(["date", "works", "children", "form", "municipality"]), st.text()))
def test_any_input_is_either_a_plan_or_an_answer_error(params):
    try:
        answers = parse_answers(STRUCTURE, params)
    except AnswerError:
        return
    applicable_steps(STRUCTURE, answers)


def test_editors_are_told_of_conditions_on_questions_that_do_not_exist():
    from django.utils import translation

    from life_events.models import condition_problems

    with translation.override("en"):
        problems = condition_problems(
            [*QUESTIONS, {"type": "yes_no", "value": {"key": "works", "text": "Again?"}}],
            [step("Benefit", conditions=[condition("work", "yes")])],
        )
    assert any("works" in str(problem) for problem in problems)
    assert any("work'" in str(problem) and "Step 1" in str(problem) for problem in problems)
    assert condition_problems(QUESTIONS, STRUCTURE_JOURNEY) == []
