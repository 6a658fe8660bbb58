"""The step-by-step journey: numbering with 'and'/'or', and where a procedure sits in it."""

import pytest

from life_events.journey import Journey
from tests import factories as f
from tests.html_checks import assert_good_html


def raw(*steps):
    return [{"type": "step", "value": step} for step in steps]


def test_steps_joined_by_and_or_share_the_number_of_the_step_before():
    journey = Journey.from_raw(
        raw(
            {"title": "A"},
            {"title": "B", "relation": "and"},
            {"title": "C"},
            {"title": "D", "relation": "or"},
            {"title": "E"},
        )
    )
    assert [step.number for step in journey.steps] == [1, 1, 2, 2, 3]
    assert [[step.title for step in group] for group in journey.groups()] == [["A", "B"], ["C", "D"], ["E"]]
    assert journey.total_numbers == 3


def test_a_first_step_cannot_be_joined_to_nothing():
    journey = Journey.from_raw(raw({"title": "A", "relation": "or"}, {"title": "B"}))
    assert journey.steps[0].relation == ""
    assert [step.number for step in journey.steps] == [1, 2]


def test_procedure_ids_are_read_from_both_list_block_formats():
    journey = Journey.from_raw(
        raw(
            {"title": "A", "procedures": [{"type": "item", "value": 7, "id": "x"}]},
            {"title": "B", "procedures": [8, None]},
        )
    )
    assert journey.procedure_ids() == {7, 8}
    assert [step.title for step in journey.steps_with({8})] == ["B"]


def test_previous_and_next_follow_the_order_of_the_steps():
    journey = Journey.from_raw(raw({"title": "A"}, {"title": "B"}, {"title": "C"}))
    first, middle, last = journey.steps
    assert journey.previous_and_next(first) == (None, middle)
    assert journey.previous_and_next(middle) == (first, last)
    assert journey.previous_and_next(last) == (middle, None)
    assert middle.anchor == "pas-2"


@pytest.mark.django_db
def test_life_event_page_numbers_steps_and_labels_and_or_optional(client, site_tree):
    response = client.get(site_tree.life_event.url)
    assert_good_html(response)
    html = response.content.decode()
    assert html.count('class="journey__group"') == 2
    assert 'id="pas-4"' in html
    assert "journey-step__connector" in html
    assert "En els 10 primers dies" in html
    for procedure in (site_tree.birth, site_tree.registration, site_tree.health_card, site_tree.allowance):
        assert f'href="{procedure.url}"' in html


@pytest.mark.django_db
def test_life_event_page_leaves_out_procedures_that_are_not_live(client, site_tree):
    site_tree.allowance.unpublish()
    html = client.get(site_tree.life_event.url).content.decode()
    assert site_tree.allowance.url_path not in html
    assert site_tree.allowance.title not in html


@pytest.mark.django_db
def test_procedure_page_shows_its_journeys_with_previous_and_next_step(client, site_tree):
    html = client.get(site_tree.registration.url).content.decode()
    journey_url = site_tree.life_event.url
    # Step 2 ('and') and step 3 both list the registration: one journey, two places in it.
    assert html.count('class="journey-place"') == 1
    assert html.count('class="journey-place__step"') == 2
    assert f'href="{journey_url}#pas-1" rel="prev"' in html
    assert f'href="{journey_url}#pas-3" rel="next"' in html
    assert f'href="{journey_url}#pas-4" rel="next"' in html


@pytest.mark.django_db
def test_first_step_has_no_previous_link(client, site_tree):
    html = client.get(site_tree.birth.url).content.decode()
    assert 'rel="prev"' not in html
    assert f'href="{site_tree.life_event.url}#pas-2" rel="next"' in html


@pytest.mark.django_db
def test_journeys_of_other_languages_are_not_listed(client, site_tree, translate):
    f.LifeEventPageFactory(parent=site_tree.life_event_index, journey=[f.step("Un altre", [site_tree.birth])])
    other_language = f.LifeEventPageFactory(
        parent=translate(site_tree.life_event_index, "es"), journey=[f.step("Otro", [site_tree.birth])]
    )
    places = site_tree.birth.journey_places()
    assert len(places) == 2
    assert other_language.pk not in {place.life_event.pk for place in places}
    assert {place.life_event.locale_id for place in places} == {site_tree.birth.locale_id}
