"""The index follows publishing: publish, unpublish, move and delete update it; drafts never do."""

import pytest
from django.core.management import call_command

from search.engines import get_engine
from search.indexing import rebuild
from search.models import ExternalService, IndexedDocument
from search.searching import run_search

from ..conftest import publish


def titles(text, language="ca"):
    return [hit.title for hit in run_search(text, language, record=False).hits]


@pytest.fixture
def indexed(site_tree):
    rebuild()
    return site_tree


def test_rebuild_indexes_every_live_page_with_its_kind_and_facets(indexed):
    documents = {doc.title: doc for doc in IndexedDocument.objects.all()}
    assert documents["Tenir un fill"].kind == "life_event"
    birth = documents["Inscripció del naixement"]
    assert birth.kind == "procedure"
    assert birth.administration == "state"
    assert "|tenir-un-fill|" in birth.life_events
    assert "|online|" in birth.channels
    assert documents["Com et podem ajudar"].kind == "page"
    assert "Inscripció del naixement" in titles("naixement")


def test_publishing_indexes_the_new_version(indexed, django_capture_on_commit_callbacks):
    page = indexed.health_card
    page.title = "Targeta sanitària individual (TSI)"
    with django_capture_on_commit_callbacks(execute=True):
        publish(page)
    assert titles("individual") == ["Targeta sanitària individual (TSI)"]


def test_a_draft_never_reaches_the_index(indexed, django_capture_on_commit_callbacks):
    page = indexed.health_card
    page.title = "Esborrany secret"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision()
    assert titles("secret") == []
    assert "Targeta sanitària" in titles("targeta")


def test_unpublishing_removes_the_page(indexed, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        indexed.health_card.unpublish()
    assert "Targeta sanitària" not in titles("targeta sanitària")


def test_deleting_removes_the_page(indexed, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        indexed.registration.delete()
    assert "Empadronament" not in titles("empadronament")


def test_moving_reindexes_the_new_address(indexed, django_capture_on_commit_callbacks):
    page = indexed.content_page
    with django_capture_on_commit_callbacks(execute=True):
        page.move(indexed.procedure_index, pos="last-child")
    [hit] = [hit for hit in run_search("ajudar", "ca", record=False).hits if hit.title == page.title]
    assert hit.url.startswith(indexed.procedure_index.url)


def test_a_procedure_is_filed_under_its_organisation_only_while_that_is_published(
    indexed, django_capture_on_commit_callbacks
):
    def organisation():
        return IndexedDocument.objects.get(title="Inscripció del naixement").organisation

    assert organisation() == "Registre Civil"
    with django_capture_on_commit_callbacks(execute=True):
        indexed.state.unpublish()
    assert organisation() == ""
    with django_capture_on_commit_callbacks(execute=True):
        indexed.state.save_revision().publish()
    assert organisation() == "Registre Civil"


def test_imported_services_are_indexed_in_every_language(indexed, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        service = ExternalService.objects.create(
            source="dgt",
            identifier="itv",
            publisher="DGT",
            organisation="Direcció General de Trànsit",
            administration="state",
            url="https://sede.dgt.gob.es/",
            title={"ca": "Inspecció tècnica de vehicles", "es": "Inspección técnica de vehículos"},
            keywords={"ca": ["ITV"]},
        )
    assert titles("itv") == ["Inspecció tècnica de vehicles"]
    assert titles("inspección", "es") == ["Inspección técnica de vehículos"]
    assert titles("inspecció", "en") == ["Inspecció tècnica de vehicles"]  # no English: Catalan text
    with django_capture_on_commit_callbacks(execute=True):
        service.delete()
    assert titles("itv") == []


def test_rebuild_command_reports_what_it_indexed(indexed, capsys):
    get_engine().clear()
    call_command("rebuild_search_index")
    assert "Indexed 8 documents" in capsys.readouterr().out
    assert get_engine().count() == 8
