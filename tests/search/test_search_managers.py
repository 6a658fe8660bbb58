"""Synonyms and best bets change what every citizen finds at once: only search managers change them,
and Wagtail's history says who did."""

from importlib import import_module

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import ModelLogEntry

from search.models import Synonym
from tests.factories import group_member

managers_migration = import_module("search.migrations.0010_search_managers")

pytestmark = pytest.mark.django_db

SYNONYMS = "/admin/snippets/search/synonym/"
NO_RESULTS = "/admin/reports/search-no-results/"
SITE_HISTORY = "/admin/reports/site-history/"


@pytest.fixture
def editor(django_user_model):
    return group_member("editora", "Editors")


@pytest.fixture
def manager(django_user_model):
    return group_member("gestora", "Search managers")


def refused(response):
    """Wagtail's admin answers a permission denied with a redirect to its dashboard."""
    return response.status_code == 302 and response["Location"] == "/admin/"


def best_bet(site_tree, query="naixement"):
    return {
        "query_string": query,
        "editors_picks-TOTAL_FORMS": 1,
        "editors_picks-INITIAL_FORMS": 0,
        "editors_picks-MAX_NUM_FORMS": 1000,
        "editors_picks-0-DELETE": "",
        "editors_picks-0-ORDER": 0,
        "editors_picks-0-page": site_tree.birth.pk,
        "editors_picks-0-description": "El tràmit per inscriure el nadó",
    }


def test_an_editor_cannot_add_change_or_delete_a_synonym(client, editor):
    synonym = Synonym.objects.create(language="ca", terms="atur, desocupació")
    client.force_login(editor)
    assert refused(client.post(f"{SYNONYMS}add/", {"language": "ca", "terms": "padró, empadronament"}))
    assert refused(client.post(f"{SYNONYMS}edit/{synonym.pk}/", {"language": "ca", "terms": "atur, feina"}))
    assert refused(client.post(f"{SYNONYMS}delete/{synonym.pk}/"))
    assert not Synonym.objects.filter(terms="padró, empadronament").exists()
    synonym.refresh_from_db()
    assert synonym.terms == "atur, desocupació"


def test_an_editor_cannot_promote_a_result(client, site_tree, editor):
    client.force_login(editor)
    assert refused(client.post(reverse("wagtailsearchpromotions:add"), best_bet(site_tree)))
    assert not SearchPromotion.objects.exists()
    assert reverse("wagtailsearchpromotions:index") not in client.get("/admin/").content.decode()


def test_a_search_manager_adds_a_synonym_and_the_history_says_who(client, admin_client, manager):
    client.force_login(manager)
    response = client.post(f"{SYNONYMS}add/", {"language": "ca", "terms": "padró, empadronament"})
    assert response.status_code == 302
    synonym = Synonym.objects.get(terms="padró, empadronament")
    entry = ModelLogEntry.objects.get(object_id=str(synonym.pk), action="wagtail.create")
    assert entry.user == manager
    history = admin_client.get(SITE_HISTORY).content.decode()
    assert "padró, empadronament" in history and "gestora" in history


def test_a_search_manager_promotes_a_result_and_the_history_says_who(
    client, admin_client, site_tree, manager
):
    client.force_login(manager)
    assert client.post(reverse("wagtailsearchpromotions:add"), best_bet(site_tree)).status_code == 302
    promotion = SearchPromotion.objects.get()
    entry = ModelLogEntry.objects.get(object_id=str(promotion.pk), action="wagtail.create")
    assert entry.user == manager
    assert "gestora" in admin_client.get(SITE_HISTORY).content.decode()


def test_editors_read_the_search_reports_and_learn_who_acts_on_them(client, editor, manager):
    client.force_login(editor)
    report = client.get(NO_RESULTS).content.decode()
    assert f"{SYNONYMS}add/" not in report
    assert reverse("wagtailsearchpromotions:add") not in report
    client.force_login(manager)
    report = client.get(NO_RESULTS).content.decode()
    assert f"{SYNONYMS}add/" in report and reverse("wagtailsearchpromotions:add") in report


def test_the_search_configuration_moves_from_editors_and_moderators_to_search_managers():
    editors = Group.objects.get(name="Editors")
    editors.permissions.add(
        *managers_migration.configuration_permissions(apps)
    )  # as migration 0004 left them
    managers_migration.create_search_managers(apps, None)
    for group in ("Editors", "Moderators"):
        codenames = set(Group.objects.get(name=group).permissions.values_list("codename", flat=True))
        assert codenames & {"add_synonym", "change_synonym", "delete_synonym", "add_searchpromotion"} == set()
        assert "view_synonym" in codenames, "they still read the synonyms and the search reports"
    managers = set(Group.objects.get(name="Search managers").permissions.values_list("codename", flat=True))
    assert {
        "access_admin",
        "add_synonym",
        "delete_synonym",
        "add_searchpromotion",
        "change_searchpromotion",
    } <= managers
