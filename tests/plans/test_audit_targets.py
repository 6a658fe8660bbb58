"""The accessibility audit lists a plan page with sample answers for each life event and language."""

from urllib.parse import parse_qs, urlsplit

import pytest

from accessibility_checks.audit import TARGET_PROVIDERS
from plans.audit import sample_plans
from tests import factories as f

pytestmark = pytest.mark.django_db


def test_plans_are_registered_with_the_audit():
    assert sample_plans in TARGET_PROVIDERS


def test_every_language_gets_a_plan_page_with_sample_answers(client, plan_tree, translate):
    spanish = translate(plan_tree.life_event, "es", title="Tener un hijo")
    paths = sample_plans(("ca", "es"))
    assert [urlsplit(path).path for path in paths] == [
        f"{plan_tree.life_event.url}plan/",
        f"{spanish.url}plan/",
    ]
    assert parse_qs(urlsplit(paths[0]).query) == {
        "date": ["2026-12-22"],
        "treballes": ["yes"],
        "fills": ["3"],
    }
    for path in paths:
        assert client.get(path).status_code == 200


def test_life_events_without_questions_have_no_plan_to_audit(plan_tree):
    plan_tree.life_event.questions = []
    plan_tree.life_event.journey = [f.step("Primer pas")]
    plan_tree.life_event.save_revision().publish()
    assert sample_plans(("ca",)) == []
