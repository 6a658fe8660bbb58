"""Importing other administrations' catalogue feeds: upsert, removal, bad records by line, CSV."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from search.importer import FeedError, import_feed
from search.models import ExternalService

pytestmark = pytest.mark.django_db

DEMO_FEEDS = sorted((Path(settings.BASE_DIR) / "search" / "demo_services").glob("*.json"))


def service(identifier, **extra):
    return {
        "id": identifier,
        "title": {"ca": f"Servei {identifier}", "es": f"Servicio {identifier}"},
        "description": {"ca": "Pots demanar-ho en línia."},
        "url": f"https://sede.example.gob.es/{identifier}",
        "organisation": "Direcció General de Trànsit",
        "administration": "state",
        "channels": ["online"],
        "life_events": ["canviar-de-domicili"],
        "keywords": {"ca": ["DGT"]},
        **extra,
    }


def write_feed(tmp_path, services, source="transit", name="feed.json"):
    path = tmp_path / name
    path.write_text(
        json.dumps(
            {"source": source, "publisher": "DGT", "services": services}, ensure_ascii=False, indent=2
        ),
        encoding="utf-8",
    )
    return path


def test_a_feed_is_upserted_by_source_and_id_and_vanished_records_are_removed(tmp_path):
    result = import_feed(write_feed(tmp_path, [service("permis"), service("multes"), service("baixa")]))
    assert (result.created, result.errors) == (3, [])
    again = import_feed(write_feed(tmp_path, [service("permis"), service("multes"), service("baixa")]))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)

    changed = service("permis", url="https://sede.dgt.gob.es/permis-nou")
    result = import_feed(write_feed(tmp_path, [changed, service("multes")]))
    assert (result.updated, result.unchanged, result.removed) == (1, 1, 1)
    assert ExternalService.objects.get(identifier="permis").url.endswith("permis-nou")
    assert not ExternalService.objects.filter(identifier="baixa").exists()


def test_another_sources_records_are_left_alone(tmp_path):
    import_feed(write_feed(tmp_path, [service("padro")], source="ajuntaments", name="a.json"))
    import_feed(write_feed(tmp_path, [], source="transit"))
    assert ExternalService.objects.filter(source="ajuntaments").count() == 1


def test_bad_records_are_reported_by_line_and_the_rest_is_imported(tmp_path):
    import_feed(write_feed(tmp_path, [service("permis"), service("multes")]))
    feed = write_feed(
        tmp_path,
        [
            service("permis", url="ftp://nowhere"),  # bad: must not remove the stored 'permis'
            service("multes"),
            service("Nou Servei"),
            service("itv", administration="galactic"),
            service("itv2", title={}),
            service("itv3", channels=["pigeon"]),
            service("multes"),
        ],
    )
    result = import_feed(feed)
    lines = {line for line, _message in result.errors}
    text = feed.read_text()
    first_line = {n + 1 for n, line in enumerate(text.splitlines()) if line.strip() == "{"}
    assert lines <= first_line and len(result.errors) == 6
    messages = " ".join(message for _line, message in result.errors)
    for expected in (
        "'url'",
        "lowercase slug",
        "'administration'",
        "'title' is missing",
        "'channels'",
        "twice",
    ):
        assert expected in messages
    assert ExternalService.objects.get(identifier="permis").url == "https://sede.example.gob.es/permis"
    assert result.unchanged == 1 and result.removed == 0


def test_a_feed_that_cannot_be_read_changes_nothing(tmp_path):
    import_feed(write_feed(tmp_path, [service("permis")]))
    broken = tmp_path / "broken.json"
    broken.write_text('{"source": "transit", "services": [{"id": "x",}]}', encoding="utf-8")
    with pytest.raises(FeedError, match="line 1"):
        import_feed(broken)
    (tmp_path / "list.json").write_text("[]", encoding="utf-8")
    with pytest.raises(FeedError, match='"services"'):
        import_feed(tmp_path / "list.json")
    assert ExternalService.objects.count() == 1


def test_a_csv_feed_is_imported_with_lists_split_on_bars(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text(
        "source,publisher,id,url,organisation,administration,channels,life_events,title_ca,title_en,keywords_ca\n"
        "ocupacio,SEPE,atur,https://sede.sepe.gob.es/,SEPE,state,online|phone,quedar-se-sense-feina,"
        "Prestació d'atur,Unemployment benefit,atur|paro\n"
        "ocupacio,SEPE,bad,not-a-url,SEPE,state,online,,Malament,,\n",
        encoding="utf-8",
    )
    result = import_feed(path)
    assert result.created == 1 and [line for line, _message in result.errors] == [3]
    atur = ExternalService.objects.get(identifier="atur")
    assert atur.channels == ["online", "phone"] and atur.keywords == {"ca": ["atur", "paro"]}
    assert atur.localized("title", "en") == "Unemployment benefit"
    assert atur.localized("title", "oc") == "Prestació d'atur", "falls back to Catalan"


def test_the_command_reports_problems_and_exits_1_and_dry_run_changes_nothing(tmp_path):
    feed = write_feed(tmp_path, [service("permis"), service("bad", url="")])
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import_services", str(feed), "--dry-run", stdout=out, stderr=err)
    assert raised.value.returncode == 1 and "dry run" in str(raised.value)
    assert "1 created" in out.getvalue() and "line " in err.getvalue()
    assert not ExternalService.objects.exists()


def test_the_demo_feeds_import_cleanly_with_over_100_services_in_four_languages():
    assert len(DEMO_FEEDS) >= 4
    results = [import_feed(path) for path in DEMO_FEEDS]
    assert all(result.errors == [] for result in results), [r.errors for r in results]
    services = ExternalService.objects.all()
    assert services.count() >= 100
    assert {"local", "state", "generalitat"} <= set(services.values_list("administration", flat=True))
    for item in services:
        assert set(item.title) == {"ca", "es", "oc", "en"}, item.identifier


def test_an_import_indexes_its_services_together_once_it_commits(
    tmp_path, monkeypatch, django_capture_on_commit_callbacks
):
    from search.engines import get_engine
    from search.models import IndexedDocument

    engine = get_engine()
    engine.clear()
    writes = []
    index = engine.index
    monkeypatch.setattr(engine, "index", lambda documents: writes.append(index(documents)) or writes[-1])
    with django_capture_on_commit_callbacks(execute=True):
        import_feed(write_feed(tmp_path, [service("permis"), service("multes"), service("baixa")]))
    # One write of 3 services x 4 languages, not one write per service.
    assert writes == [12]
    assert IndexedDocument.objects.filter(key__contains="service").count() == 12

    with django_capture_on_commit_callbacks(execute=True):
        import_feed(write_feed(tmp_path, [service("nou")], source="altre", name="b.json"), dry_run=True)
    assert writes == [12]  # a dry run rolls back, and indexes nothing
