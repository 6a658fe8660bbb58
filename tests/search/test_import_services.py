"""Importing other administrations' catalogue feeds: upsert, pruning, bad feeds by line, CSV, indexing."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from search.engines import get_engine
from search.importer import FeedError, ImportFailed, Pruning, import_feed
from search.models import ExternalService, IndexedDocument

from .feeds import command, service, services, stored, write_feed

pytestmark = pytest.mark.django_db

DEMO_FEEDS = sorted((Path(settings.BASE_DIR) / "search" / "demo_services").glob("*.json"))
PRUNE = Pruning(prune=True)


def test_a_feed_is_upserted_by_source_and_id(tmp_path):
    result = import_feed(write_feed(tmp_path, [service("permis"), service("multes")]))
    assert (result.created, result.updated, result.unchanged) == (2, 0, 0)
    again = import_feed(write_feed(tmp_path, [service("permis"), service("multes")]))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    changed = service("permis", url="https://sede.dgt.gob.es/permis-nou")
    result = import_feed(write_feed(tmp_path, [changed, service("multes")]))
    assert (result.updated, result.unchanged) == (1, 1)
    assert ExternalService.objects.get(identifier="permis").url.endswith("permis-nou")


def test_services_missing_from_the_feed_are_kept_without_prune_and_the_command_says_so(tmp_path):
    import_feed(write_feed(tmp_path, services(10)))
    code, out, _err = command(write_feed(tmp_path, services(9)))
    assert code == 0
    assert ExternalService.objects.count() == 10
    assert "1 services of transit are no longer in the feed and were kept" in out
    assert "--prune" in out


def test_prune_removes_services_missing_from_the_feed_up_to_the_limit(tmp_path):
    import_feed(write_feed(tmp_path, services(10)))
    result = import_feed(write_feed(tmp_path, services(8)), pruning=PRUNE)  # 20%: the limit itself
    assert (result.removed, result.kept) == (2, 0)
    assert ExternalService.objects.count() == 8


def test_prune_past_the_limit_is_refused_and_changes_nothing(tmp_path):
    import_feed(write_feed(tmp_path, services(10)))
    before = stored()
    feed = write_feed(tmp_path, [*services(7), service("nou")])
    with pytest.raises(ImportFailed, match=r"remove 3 of the 10 services of transit \(30%\).*--force"):
        import_feed(feed, pruning=PRUNE)
    assert stored() == before
    result = import_feed(feed, pruning=Pruning(prune=True, limit=30))
    assert (result.created, result.removed) == (1, 3)


def test_force_prunes_past_the_limit(tmp_path):
    import_feed(write_feed(tmp_path, services(10)))
    result = import_feed(write_feed(tmp_path, services(2)), pruning=Pruning(prune=True, force=True))
    assert result.removed == 8 and ExternalService.objects.count() == 2


def test_an_empty_feed_never_prunes_without_force_whatever_the_limit(tmp_path):
    import_feed(write_feed(tmp_path, services(35)))
    empty = write_feed(tmp_path, [])
    assert import_feed(empty).kept == 35
    with pytest.raises(ImportFailed, match="the feed is empty"):
        import_feed(empty, pruning=Pruning(prune=True, limit=100))
    assert ExternalService.objects.count() == 35
    code, _out, err = command(empty, "--prune", "--prune-limit", "100")
    assert code == 1 and "the feed is empty" in err and "nothing imported" in err
    assert ExternalService.objects.count() == 35
    assert import_feed(empty, pruning=Pruning(prune=True, force=True)).removed == 35


def test_the_command_checks_its_pruning_options(tmp_path):
    feed = write_feed(tmp_path, services(1))
    with pytest.raises(CommandError, match="--force only changes what --prune does"):
        call_command("import_services", str(feed), "--force")
    with pytest.raises(CommandError, match="from 0 to 100"):
        call_command("import_services", str(feed), "--prune", "--prune-limit", "120")
    assert not ExternalService.objects.exists()


def test_another_sources_records_are_left_alone(tmp_path):
    import_feed(write_feed(tmp_path, [service("padro")], source="ajuntaments", name="a.json"))
    import_feed(write_feed(tmp_path, [], source="transit"), pruning=Pruning(prune=True, force=True))
    assert ExternalService.objects.filter(source="ajuntaments").count() == 1


def test_every_bad_record_is_reported_by_line_and_nothing_is_imported(tmp_path):
    import_feed(write_feed(tmp_path, [service("permis"), service("multes")]))
    before = stored()
    feed = write_feed(
        tmp_path,
        [
            service("permis", url="https://sede.example.gob.es/nou"),  # good, but not imported
            service("multes", url="ftp://nowhere"),
            service("Nou Servei", url="https://sede.example.gob.es/nou-servei"),
            service("itv", administration="galactic"),
            service("itv2", title={}),
            service("itv3", channels=["pigeon"]),
            service("permis"),
        ],
    )
    with pytest.raises(FeedError) as raised:
        import_feed(feed)
    lines = feed.read_text().splitlines()
    problems = raised.value.problems
    assert len(problems) == 6
    for problem, field, text in zip(
        problems,
        ["url", "id", "administration", "title", "channels", "id"],
        [
            "must be a web address that starts with https:// or http://",
            "lowercase slug",
            "one of generalitat",
            "at least one language",
            "one of online",
            "line",
        ],
        strict=True,
    ):
        assert lines[problem.line - 1].strip().startswith(f'"{field}"'), (problem, field)
        assert f'"{field}" ' in problem.message and text in problem.message
    assert problems[0].message.startswith("service 2 (id 'multes'): ")
    assert problems[-1].message.startswith("service 7 (id 'permis'): \"id\" is already used on line 6")
    assert stored() == before


def test_the_command_prints_each_problem_with_its_file_and_line_and_exits_1(tmp_path):
    good = write_feed(tmp_path, [service("permis")], source="ajuntaments", name="good.json")
    bad = write_feed(tmp_path, [service("permis", url="javascript:alert(1)")], name="bad.json")
    code, out, err = command(good, bad)
    assert code == 1
    assert f"{bad}, line " in err and "'url' must be" not in err and '"url" is not a link we accept' in err
    assert f"{bad}: nothing imported." in err
    assert "1 of 2 feeds not imported" in err and "Traceback" not in err
    assert f"{good}: ajuntaments: 1 created" in out
    assert stored() == [("ajuntaments", "permis", "https://sede.example.gob.es/permis")]


def test_a_feed_that_cannot_be_read_changes_nothing(tmp_path):
    import_feed(write_feed(tmp_path, [service("permis")]))
    broken = tmp_path / "broken.json"
    broken.write_text('{"source": "transit",\n "services": [{"id": "x",}]}', encoding="utf-8")
    with pytest.raises(FeedError, match="line 2: not valid JSON"):
        import_feed(broken)
    (tmp_path / "list.json").write_text("[]", encoding="utf-8")
    with pytest.raises(FeedError, match="line 1: the feed must be an object .* not a list"):
        import_feed(tmp_path / "list.json")
    with pytest.raises(FeedError, match="cannot be read: No such file"):
        import_feed(tmp_path / "missing.json")
    assert ExternalService.objects.count() == 1


def test_a_decoy_services_member_inside_a_record_moves_no_record_and_removes_nothing(tmp_path):
    import_feed(write_feed(tmp_path, services(5)))
    before = stored()
    decoy = service("servei-0", description={"ca": 'Text amb "services": [ dins.'})
    decoy["services"] = [service("servei-9")]
    feed = write_feed(tmp_path, [decoy, *services(5)[1:]])
    with pytest.raises(FeedError) as raised:
        import_feed(feed, pruning=PRUNE)
    [problem] = raised.value.problems
    assert "'services' is not a field of a service" in problem.message
    assert feed.read_text().splitlines()[problem.line - 1].strip() == "{"
    assert stored() == before


def test_a_second_services_member_of_the_feed_is_refused(tmp_path):
    import_feed(write_feed(tmp_path, services(3)))
    path = tmp_path / "twice.json"
    path.write_text(
        '{"source": "transit", "publisher": "DGT",\n "services": [],\n "services": []}', encoding="utf-8"
    )
    with pytest.raises(FeedError, match='line 3: "services" is given twice'):
        import_feed(path, pruning=Pruning(prune=True, force=True))
    assert ExternalService.objects.count() == 3


def test_a_csv_feed_is_imported_with_lists_split_on_bars(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text(
        "source,publisher,id,url,organisation,administration,channels,life_events,title_ca,title_en,"
        "keywords_ca,description_ca\n"
        "ocupacio,SEPE,atur,https://sede.sepe.gob.es/,SEPE,state,online|phone,quedar-se-sense-feina,"
        "Prestació d'atur,Unemployment benefit,atur|paro,\n"
        'ocupacio,SEPE,cursos,https://sede.sepe.gob.es/cursos,SEPE,state,online,,Cursos,,,"Cursos,\ni més"\n',
        encoding="utf-8",
    )
    result = import_feed(path)
    assert result.created == 2
    atur = ExternalService.objects.get(identifier="atur")
    assert atur.channels == ["online", "phone"] and atur.keywords == {"ca": ["atur", "paro"]}
    assert atur.localized("title", "en") == "Unemployment benefit"
    assert atur.localized("title", "oc") == "Prestació d'atur", "falls back to Catalan"
    assert ExternalService.objects.get(identifier="cursos").description == {"ca": "Cursos,\ni més"}


def test_a_csv_row_with_missing_or_extra_values_is_reported_by_line(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text(
        "source,id,url,administration,title_ca\n"
        "ocupacio,atur,https://sede.sepe.gob.es/,state,Atur\n"
        'ocupacio,cursos,https://sede.sepe.gob.es/,state,"Cursos\nde formació",extra\n'
        "ocupacio,borsa,https://sede.sepe.gob.es/\n"
        "transit,permis,https://sede.dgt.gob.es/,state,Permís\n",
        encoding="utf-8",
    )
    with pytest.raises(FeedError) as raised:
        import_feed(path)
    assert [str(problem) for problem in raised.value.problems] == [
        "line 3: this row has 6 values but the header 5 columns",
        "line 5: this row has 3 values but the header 5 columns",
        "line 6: a CSV file holds one source: this row's is 'transit', not 'ocupacio'",
    ]
    assert not ExternalService.objects.exists()


def test_a_csv_header_with_unknown_or_repeated_columns_is_refused(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text("source,id,url,administration,titel_ca,id\nocupacio,a,https://x.cat/,state,A,a\n")
    with pytest.raises(FeedError) as raised:
        import_feed(path)
    assert [str(problem) for problem in raised.value.problems] == [
        "line 1: column 5 of the header, 'titel_ca', is not a column of the format",
        "line 1: the column 'id' appears twice in the header",
    ]


def test_dry_run_reports_what_would_change_and_changes_nothing(tmp_path):
    import_feed(write_feed(tmp_path, services(5)))
    before = stored()
    feed = write_feed(tmp_path, [*services(4), service("nou")])
    code, out, _err = command(feed, "--dry-run", "--prune", "--prune-limit", "20")
    assert code == 0
    assert "1 created, 0 updated, 4 unchanged, 1 removed (dry run: nothing was changed)" in out
    assert stored() == before
    code, _out, err = command(write_feed(tmp_path, [service("Bad")]), "--dry-run")
    assert code == 1 and "lowercase slug" in err and stored() == before


def test_the_demo_feeds_import_cleanly_with_over_100_services_in_four_languages():
    assert len(DEMO_FEEDS) >= 4
    for path in DEMO_FEEDS:
        import_feed(path)
    services = ExternalService.objects.all()
    assert services.count() >= 100
    assert {"local", "state", "generalitat"} <= set(services.values_list("administration", flat=True))
    for item in services:
        assert set(item.title) == {"ca", "es", "oc", "en"}, item.identifier


# Indexing ------------------------------------------------------------------------------------


def test_an_import_indexes_its_services_together_inside_its_transaction(tmp_path, monkeypatch):
    engine = get_engine()
    engine.clear()
    writes = []
    index = engine.index
    monkeypatch.setattr(engine, "index", lambda documents: writes.append(index(documents)) or writes[-1])
    import_feed(write_feed(tmp_path, [service("permis"), service("multes"), service("baixa")]))
    # One write of 3 services x 4 languages, done before the import returns, not on commit.
    assert writes == [12]
    assert IndexedDocument.objects.filter(key__startswith="service:").count() == 12
    import_feed(write_feed(tmp_path, [service("nou")], source="altre", name="b.json"), dry_run=True)
    assert writes == [12]  # a dry run indexes nothing

    import_feed(write_feed(tmp_path, [service("permis")]), pruning=Pruning(prune=True, force=True))
    assert IndexedDocument.objects.filter(key__startswith="service:").count() == 4  # pruned: unindexed


def test_an_import_whose_indexing_fails_changes_nothing_and_exits_1(tmp_path, monkeypatch):
    engine = get_engine()
    import_feed(write_feed(tmp_path, services(5)))
    before, index_before = stored(), sorted(IndexedDocument.objects.values_list("key", "title"))

    def fail_halfway(documents):
        documents = list(documents)
        index(documents[:3])  # part of it written, then the engine fails
        raise OSError("disk full")

    index = engine.index
    monkeypatch.setattr(engine, "index", fail_halfway)
    changed = [service(f"servei-{n}", title={"ca": "Nou títol"}) for n in range(5)]
    code, out, err = command(write_feed(tmp_path, [*changed, service("nou")]))
    assert code == 1 and out == ""
    assert "the embedded search engine failed: disk full; the import was rolled back" in err
    assert "Traceback" not in err
    assert stored() == before
    assert sorted(IndexedDocument.objects.values_list("key", "title")) == index_before


def test_an_import_the_database_refuses_is_rolled_back_with_a_message(tmp_path, monkeypatch):
    from django.db import IntegrityError

    import_feed(write_feed(tmp_path, services(2)))
    before = stored()
    save = ExternalService.save

    def refuse_the_second(self, *args, **kwargs):
        if self.identifier == "servei-1":
            raise IntegrityError("duplicate key value violates unique constraint")
        return save(self, *args, **kwargs)

    monkeypatch.setattr(ExternalService, "save", refuse_the_second)
    changed = [service(f"servei-{n}", title={"ca": "Nou títol"}) for n in range(2)]
    code, _out, err = command(write_feed(tmp_path, changed))
    assert code == 1 and "the database refused the import (duplicate key" in err
    assert "Traceback" not in err
    assert stored() == before
    assert ExternalService.objects.get(identifier="servei-0").title["ca"] == "Servei servei-0"


class OutsideIndex:
    """An engine whose index is outside the database, as Elasticsearch's is: a rollback does not undo it."""

    name = "outside"
    rolls_back_with_database = False

    def __init__(self):
        self.documents, self.failures = {}, 0

    def index(self, documents):
        for written, document in enumerate(documents):
            if self.failures and written == 2:
                self.failures -= 1
                raise ConnectionError("connection reset")
            self.documents[document.key] = document.title
        return len(self.documents)

    def remove(self, keys):
        for key in keys:
            self.documents.pop(key, None)


def test_an_index_outside_the_database_is_put_back_when_an_import_fails(tmp_path, monkeypatch):
    engine = OutsideIndex()
    monkeypatch.setattr("search.indexing.get_engine", lambda: engine)
    import_feed(write_feed(tmp_path, services(3)))
    before = dict(engine.documents)
    assert len(before) == 12
    engine.failures = 1
    changed = [service(f"servei-{n}", title={"ca": "Nou títol"}) for n in range(3)]
    with pytest.raises(ImportFailed, match="connection reset; the import was rolled back"):
        import_feed(write_feed(tmp_path, [*changed, service("nou")]))
    assert engine.documents == before


def test_when_putting_the_outside_index_back_fails_too_the_message_says_to_rebuild(tmp_path, monkeypatch):
    engine = OutsideIndex()
    monkeypatch.setattr("search.indexing.get_engine", lambda: engine)
    import_feed(write_feed(tmp_path, services(3)))
    engine.failures = 2
    changed = [service(f"servei-{n}", title={"ca": "Nou títol"}) for n in range(3)]
    with pytest.raises(ImportFailed, match="putting the search index back failed too.*rebuild_search_index"):
        import_feed(write_feed(tmp_path, changed))
