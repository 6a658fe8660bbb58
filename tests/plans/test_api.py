"""GET /api/plan/<id>/: the plan as JSON; bad input gets a 400 with a plain message."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db


def api(client, page_id, **params):
    return client.get(f"/api/plan/{page_id}/", params)


def test_api_gives_the_steps_that_apply_with_due_dates(client, plan_tree):
    response = api(client, plan_tree.life_event.pk, date="2026-12-22", treballes="yes", fills="1")
    assert response.status_code == 200
    data = response.json()
    assert data["life_event"]["title"] == "Tenir un fill"
    assert [step["due_date"] for step in data["steps"][:2]] == ["2027-01-04", "2027-01-15"]
    assert data["answers"] == {"treballes": "yes", "fills": "1", "date": "2026-12-22"}
    procedures = [p["title"] for step in data["steps"] for p in step["procedures"]]
    assert "Targeta sanitària" not in procedures
    assert {q["name"] for q in data["questions"]} == {"date", "treballes", "fills"}


def test_api_keeps_steps_of_unanswered_questions_and_says_if(client, plan_tree):
    steps = api(client, plan_tree.life_event.pk).json()["steps"]
    allowance = next(step for step in steps if step["title"] == "Demana la prestació")
    assert allowance["only_if"] and "Treballes?" in allowance["only_if"][0]
    assert all(step["due_date"] is None for step in steps)


def test_api_answers_in_the_translation_asked_for(client, plan_tree, translate):
    translate(plan_tree.life_event, "es", title="Tener un hijo")
    data = api(client, plan_tree.life_event.pk, lang="es", date="2026-12-22").json()
    assert data["life_event"]["title"] == "Tener un hijo"
    assert data["life_event"]["language"] == "es"


@pytest.mark.parametrize(
    "params",
    [
        {"date": "2026-02-30"},
        {"date": "tomorrow"},
        {"date": "2026-01-01T00:00"},
        {"treballes": "1"},
        {"fills": "999999999999999999999999"},
        {"fills": "-2"},
        {"municipality": "../../etc"},
        {"lang": "xx"},
        {"lang": "ca'--"},
    ],
)
def test_api_refuses_bad_input_with_a_400_and_a_message(client, plan_tree, params):
    response = api(client, plan_tree.life_event.pk, **params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["message"]


def test_api_unknown_or_huge_ids_are_json_404s(client, plan_tree):
    for page_id in (plan_tree.birth.pk, 987654321, "9" * 18, "9" * 40, "abc"):
        response = client.get(f"/api/plan/{page_id}/")
        assert response.status_code == 404
        assert response.json()["message"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.dictionaries(
        st.sampled_from(["date", "treballes", "fills", "municipality", "lang"]),
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60),
    )
)
def test_api_answers_any_input_with_a_plan_or_a_400(client, plan_tree, params):
    response = api(client, plan_tree.life_event.pk, **params)
    assert response.status_code in (200, 400)
    assert response.json()
