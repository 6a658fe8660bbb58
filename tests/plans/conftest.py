import pytest
from django.core.cache import cache

from tests.conftest import publish

QUESTIONS = [
    {"type": "event_date", "value": {"text": "Quan va néixer el nadó?", "help_text": ""}},
    {"type": "yes_no", "value": {"key": "treballes", "text": "Treballes?", "help_text": ""}},
    {
        "type": "number",
        "value": {
            "key": "fills",
            "text": "Quants fills tens?",
            "help_text": "",
            "min_value": 1,
            "max_value": 20,
        },
    },
]


def with_plan(step, **extra):
    return {**step, "value": {**step["value"], **extra}}


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def plan_tree(site_tree):
    """The site's life event with questions: the allowance only for people who work, the health
    card only with 2 children or more, deadlines on the first two steps."""
    page = site_tree.life_event
    journey = page.journey.raw_data
    steps = [block for block in journey]
    page.questions = QUESTIONS
    page.journey = [
        with_plan(steps[0], due_amount=10, due_unit="days", due_from="event"),
        with_plan(steps[1], due_amount=15, due_unit="working_days", due_from="event"),
        with_plan(
            steps[2],
            procedure_conditions=[
                {"procedure": site_tree.health_card.pk, "question": "fills", "operator": "gte", "value": "2"}
            ],
        ),
        with_plan(steps[3], conditions=[{"question": "treballes", "operator": "eq", "value": "yes"}]),
    ]
    publish(page)
    return site_tree
