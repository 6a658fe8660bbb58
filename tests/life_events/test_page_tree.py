"""Where each page type may be created: the tree stays the shape the templates expect."""

import pytest
from wagtail.models import Page

from content.models import ContentPage
from life_events.models import (
    HomePage,
    LifeEventIndexPage,
    LifeEventPage,
    ProcedureIndexPage,
    ProcedurePage,
)


def allowed_parents(model):
    return set(model.allowed_parent_page_models())


def test_home_page_goes_only_at_the_root():
    assert allowed_parents(HomePage) == {Page}


def test_index_pages_go_only_under_the_home_page():
    assert allowed_parents(LifeEventIndexPage) == {HomePage}
    assert allowed_parents(ProcedureIndexPage) == {HomePage}


def test_life_events_and_procedures_live_in_their_own_index():
    assert allowed_parents(LifeEventPage) == {LifeEventIndexPage}
    assert allowed_parents(ProcedurePage) == {ProcedureIndexPage}
    assert LifeEventPage.allowed_subpage_models() == []
    assert ProcedurePage.allowed_subpage_models() == []


def test_guidance_pages_go_under_home_or_another_guidance_page():
    assert {HomePage, ContentPage} <= allowed_parents(ContentPage)
    assert not {LifeEventIndexPage, ProcedureIndexPage, LifeEventPage, ProcedurePage} & allowed_parents(
        ContentPage
    )


@pytest.mark.django_db
def test_guidance_pages_cannot_be_created_at_the_root_or_inside_a_journey(site_tree):
    assert not ContentPage.can_create_at(Page.get_first_root_node())
    assert not ContentPage.can_create_at(site_tree.life_event)
    assert ContentPage.can_create_at(site_tree.home)


@pytest.mark.django_db
def test_a_home_page_takes_only_one_index_of_each_kind(site_tree):
    assert not LifeEventIndexPage.can_create_at(site_tree.home)
    assert not ProcedureIndexPage.can_create_at(site_tree.home)
    assert ContentPage.can_create_at(site_tree.home)


@pytest.mark.django_db
def test_a_procedure_cannot_be_created_under_a_life_event(site_tree):
    assert not ProcedurePage.can_create_at(site_tree.life_event)
    assert ProcedurePage.can_create_at(site_tree.procedure_index)
