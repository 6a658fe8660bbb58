"""The index follows publishing: publish, unpublish, move and delete update it; drafts never do."""

import threading

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

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


def index_state():
    return sorted(IndexedDocument.objects.values_list("key", "title", "url"))


def failing_halfway(count):
    """All documents, but the page read after `count` of them fails."""
    from search.documents import all_documents

    def documents():
        for number, document in enumerate(all_documents()):
            if number == count:
                raise RuntimeError("a page could not be read")
            yield document

    return documents


def test_a_rebuild_that_fails_halfway_keeps_the_old_index_and_exits_1(indexed, monkeypatch):
    before = index_state()
    assert len(before) == 8
    monkeypatch.setattr("search.engines.database.BATCH", 2)  # some rows are written before the failure
    monkeypatch.setattr("search.indexing.all_documents", failing_halfway(5))
    with pytest.raises(
        CommandError, match="a page could not be read. Searches still use the index as it was"
    ):
        call_command("rebuild_search_index")
    assert index_state() == before
    assert "Inscripció del naixement" in titles("naixement")


def test_a_document_the_engine_cannot_index_is_named_in_the_error(indexed, monkeypatch):
    from search.documents import all_documents

    def documents():
        for document in all_documents():
            document.title = ["not", "text"]  # as a service stored before feeds were checked could hold
            yield document

    monkeypatch.setattr("search.indexing.all_documents", documents)
    with pytest.raises(CommandError, match=r"the document 'page:\d+' cannot be indexed"):
        call_command("rebuild_search_index")
    assert len(index_state()) == 8


@pytest.mark.django_db(transaction=True)
def test_searches_during_a_rebuild_see_the_old_index_complete_never_part_of_it(site_tree, monkeypatch):
    """Another connection reads while the rebuild has written some rows: PostgreSQL shows it the old
    index; SQLite's shared in-memory test database refuses the read (a table lock) instead. Before
    the rebuild ran in one transaction, the reader saw the rows written so far."""
    from django.db import OperationalError, connection

    rebuild()
    old = index_state()
    seen = []

    def read_from_another_connection():
        try:
            seen.append(len(index_state()))
        except OperationalError as error:
            seen.append(str(error))
        finally:
            connection.close()  # this thread's own connection

    def documents():
        from search.documents import all_documents

        for number, document in enumerate(all_documents()):
            if number == 4:  # the old rows deleted and two batches of new ones written
                reader = threading.Thread(target=read_from_another_connection)
                reader.start()
                reader.join()
            yield document

    monkeypatch.setattr("search.engines.database.BATCH", 2)
    monkeypatch.setattr("search.indexing.all_documents", documents)
    assert rebuild() == len(old)
    if connection.vendor == "sqlite":
        assert seen == ["database table is locked: search_indexeddocument"] or seen == [len(old)]
    else:
        assert seen == [len(old)]
    assert index_state() == old
