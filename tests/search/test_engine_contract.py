"""What every search engine must do: one suite, run against each engine available.

The embedded engine always runs, on the database of the test run (SQLite, or PostgreSQL
with DATABASE_URL). Elasticsearch runs when ELASTICSEARCH_URL is set, and is skipped with
the reason otherwise.
"""

import os
import uuid

import pytest

from search.analysis import words
from search.documents import Kind, SearchDocument
from search.engines.database import DatabaseEngine
from search.models import Synonym
from search.query import parse
from search.searching import run_search

HOSTILE = [
    '"unbalanced',
    "jubilació*",
    "atur NEAR feina",
    "atur AND OR NOT",
    "((atur",
    "title_terms : atur",
    "{language} : ca",
    "a\x00b\x07c\x1b",
    "пенсия по старости",
    "退休金",
    "تقاعد",
    "'; DROP TABLE search_indexeddocument; --",
    "😀 atur",
    "-",
    "^atur",
    "atur:*",
    "!(a & b)",
]


def elasticsearch_engine():
    url = os.environ.get("ELASTICSEARCH_URL")
    if not url:
        pytest.skip("Elasticsearch contract tests skipped: set ELASTICSEARCH_URL to run them")
    from search.engines.elasticsearch import ElasticsearchEngine

    return ElasticsearchEngine(url=url, index_prefix=f"test-{uuid.uuid4().hex[:8]}")


@pytest.fixture(params=["embedded", "elasticsearch"])
def engine(request, db):
    engine = DatabaseEngine() if request.param == "embedded" else elasticsearch_engine()
    engine.clear()
    yield engine
    if hasattr(engine, "drop"):
        engine.drop()  # Elasticsearch: delete the test's indices
    else:
        engine.clear()


def doc(key, language, title, summary="", body="", kind=Kind.PROCEDURE, **facets):
    return SearchDocument(
        key=key,
        language=language,
        kind=kind,
        title=title,
        url=f"/{language}/{key}/",
        summary=summary,
        body=body,
        **facets,
    )


CORPUS = [
    doc(
        "retirement-ca",
        "ca",
        "Pensió de jubilació",
        "Cobrar una pensió quan deixes de treballar per edat.",
        "Demana-la tres mesos abans de jubilar-te.",
        administration="state",
        organisation="Seguretat Social",
        channels=["online", "in_person"],
        life_events=["jubilar-se"],
    ),
    doc(
        "unemployment-ca",
        "ca",
        "Prestació per desocupació",
        "Cobrar un ingrés mentre busques feina.",
        "Si has perdut la feina, inscriu-te al SOC.",
        administration="state",
        organisation="SEPE",
        channels=["online"],
        life_events=["perdre-la-feina"],
    ),
    doc(
        "registration-ca",
        "ca",
        "Empadronament",
        "Inscriu-te al padró del municipi on vius.",
        "Ho fas a l'ajuntament.",
        kind=Kind.SERVICE,
        administration="local",
        organisation="Ajuntament",
        channels=["in_person"],
        life_events=["canviar-de-domicili"],
    ),
    doc(
        "birth-ca",
        "ca",
        "Tenir un fill",
        "Tot el que cal fer quan neix un infant.",
        "Inscripció del naixement, targeta sanitària i prestacions. Parla també de la jubilació dels avis.",
        kind=Kind.LIFE_EVENT,
        life_events=["tenir-un-fill"],
    ),
    doc("dismissal-es", "es", "Despido y finiquito", "Qué hacer si te despiden del trabajo.", kind=Kind.PAGE),
    doc("birth-en", "en", "Registering a birth", "How to register your baby's birth.", kind=Kind.PROCEDURE),
]


@pytest.fixture
def corpus(engine):
    Synonym.objects.all().delete()  # the migration's seed: each test sets its own
    assert engine.index(CORPUS) == len(CORPUS)
    return engine


def keys(result):
    return keys_of(result.hits)


def keys_of(hits):
    return [hit.key for hit in hits]


def search(engine, text, language="ca", **filters):
    return engine.search(parse(text, language, engine), language, filters)


def test_stemming_finds_other_forms_of_a_word(corpus):
    assert keys(search(corpus, "jubilacions"))[0] == "retirement-ca"
    assert keys(search(corpus, "registered", "en")) == ["birth-en"]
    assert keys(search(corpus, "despedido", "es")) == ["dismissal-es"]


def test_accents_and_case_are_folded(corpus):
    assert keys(search(corpus, "PENSIO JUBILACIO"))[0] == "retirement-ca"
    assert "registration-ca" in keys(search(corpus, "EMPADRONAMENT"))


def test_title_matches_rank_above_body_matches(corpus):
    assert keys(search(corpus, "jubilació")) == ["retirement-ca", "birth-ca"]


def test_a_language_only_searches_its_own_documents(corpus):
    assert keys(search(corpus, "birth", "ca")) == []
    assert keys(search(corpus, "naixement", "en")) == []


def test_editors_synonyms_apply_at_once(corpus):
    assert "unemployment-ca" not in keys(search(corpus, "atur"))
    Synonym.objects.create(language="ca", terms="atur, prestació per desocupació, paro")
    assert keys(search(corpus, "atur"))[0] == "unemployment-ca"
    assert keys(search(corpus, "paro"))[0] == "unemployment-ca"


def test_synonyms_belong_to_their_language(corpus):
    Synonym.objects.create(language="es", terms="atur, prestació per desocupació")
    assert "unemployment-ca" not in keys(search(corpus, "atur", "ca"))


def test_a_typo_still_finds_the_word_and_suggests_it(corpus):
    result = run_search("jubilasió", "ca", engine=corpus, record=False)
    assert [hit.key for hit in result.hits][0] == "retirement-ca"
    assert result.suggestion == "jubilació"


def test_a_known_word_gets_no_suggestion(corpus):
    assert run_search("jubilació", "ca", engine=corpus, record=False).suggestion == ""


def test_facets_count_every_match(corpus):
    result = search(corpus, "cobrar feina inscriu")
    assert result.total == 3
    assert result.facets["administration"] == {"state": 2, "local": 1}
    assert result.facets["channel"] == {"online": 2, "in_person": 2}
    assert result.facets["kind"] == {"procedure": 2, "service": 1}
    assert result.facets["life_event"]["canviar-de-domicili"] == 1


def test_filters_narrow_results_and_their_facets(corpus):
    result = search(corpus, "cobrar feina inscriu", channel="in_person")
    assert sorted(keys(result)) == ["registration-ca", "retirement-ca"]
    assert result.facets["channel"] == {"in_person": 2, "online": 1}
    assert keys(search(corpus, "cobrar feina inscriu", administration="local", kind="service")) == [
        "registration-ca"
    ]
    assert keys(search(corpus, "cobrar feina inscriu", life_event="jubilar-se")) == ["retirement-ca"]


def test_no_match_in_the_language_falls_back_to_the_others(corpus):
    result = run_search("despido", "ca", engine=corpus, record=False)
    assert result.fallback
    assert [hit.key for hit in result.hits] == ["dismissal-es"]


def test_snippets_mark_the_words_found(corpus):
    result = run_search("feina", "ca", engine=corpus, record=False)
    assert "<mark>feina</mark>" in result.hits[0].snippet


def test_autocomplete_completes_title_words(corpus):
    assert [hit.key for hit in corpus.autocomplete("jubi", "ca")] == ["retirement-ca"]
    assert [hit.key for hit in corpus.autocomplete("pensió de ju", "ca")] == ["retirement-ca"]
    assert corpus.autocomplete("jubi", "es") == []


def test_reindexing_replaces_and_removing_removes(corpus):
    changed = doc("retirement-ca", "ca", "Pensió de vellesa", "Cobrar quan et jubiles.")
    corpus.index([changed])
    assert corpus.count("ca") == 4
    assert keys(search(corpus, "vellesa")) == ["retirement-ca"]
    corpus.remove(["retirement-ca", "no-such-key"])
    assert keys(search(corpus, "vellesa")) == []
    assert corpus.count() == len(CORPUS) - 1


def test_a_rebuild_replaces_the_whole_index(corpus):
    replacement = [doc("pension-ca", "ca", "Pensió no contributiva"), doc("birth-en", "en", "Birth")]
    assert corpus.rebuild(replacement) == 2
    assert corpus.count() == 2
    assert keys(search(corpus, "pensió")) == ["pension-ca"]
    assert keys(search(corpus, "desocupació")) == []


def test_a_rebuild_that_fails_halfway_leaves_the_old_index_complete(corpus, monkeypatch):
    """The failure comes after a first batch was written: searches must still see every old document."""
    for module in ("search.engines.database.BATCH", "search.engines.elasticsearch.BULK_CHUNK"):
        monkeypatch.setattr(module, 2)

    def documents():
        yield from (doc(f"new-{n}", "ca", f"Tràmit nou {n}") for n in range(5))
        raise RuntimeError("a page could not be read")

    with pytest.raises(RuntimeError, match="could not be read"):
        corpus.rebuild(documents())
    assert corpus.count() == len(CORPUS)
    assert keys(search(corpus, "jubilació"))[0] == "retirement-ca"
    assert keys(search(corpus, "tràmit nou")) == []
    corpus.index([doc("after", "ca", "Tràmit posterior")])  # updates still reach the live index
    assert keys(search(corpus, "posterior")) == ["after"]


def test_pagination_pages_through_every_match(corpus):
    first = corpus.search(parse("cobrar feina inscriu", "ca", corpus), "ca", offset=0, limit=2)
    second = corpus.search(parse("cobrar feina inscriu", "ca", corpus), "ca", offset=2, limit=2)
    assert first.total == second.total == 3
    assert len(first.hits) == 2 and len(second.hits) == 1
    assert not set(keys(first)) & set(keys(second))


@pytest.mark.parametrize("text", HOSTILE)
def test_query_syntax_and_odd_characters_are_just_words(corpus, text):
    """Operators, quotes, field names, SQL and control characters find exactly what their words
    alone find (nothing when there are none), and change nothing in the index."""
    plain = " ".join(words(text))
    for language in ("ca", "es", "oc", "en"):
        result = run_search(text, language, engine=corpus, record=False)
        if plain:
            expected = run_search(plain, language, engine=corpus, record=False)
            assert (keys(result), result.total) == (keys(expected), expected.total)
        else:
            assert (keys(result), result.total) == ([], 0)
    assert keys_of(corpus.autocomplete(text, "ca")) == keys_of(corpus.autocomplete(plain, "ca"))
    assert corpus.count() == len(CORPUS)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("jubilació*", "retirement-ca"),
        ("((feina", "unemployment-ca"),
        ("^empadronament:*", "registration-ca"),
    ],
)
def test_syntax_around_a_word_still_finds_it(corpus, text, found):
    assert keys(run_search(text, "ca", engine=corpus, record=False))[0] == found


def test_broad_queries_rank_title_and_summary_matches_and_still_count_every_match(corpus, monkeypatch):
    """Past BROAD matches the embedded engine ranks title and summary matches only (the body's
    terms are not scored); the total stays exact, and a page that needs the body-only matches
    still gets them."""
    if not isinstance(corpus, DatabaseEngine):
        pytest.skip("BROAD is the embedded engine's shortcut")
    monkeypatch.setattr("search.engines.database.BROAD", 1)
    first = corpus.search(parse("jubilació", "ca", corpus), "ca", offset=0, limit=1)
    assert first.total == 2
    assert keys(first) == ["retirement-ca"]
    everything = corpus.search(parse("jubilació", "ca", corpus), "ca", offset=0, limit=10)
    assert keys(everything) == ["retirement-ca", "birth-ca"]
    filtered = corpus.search(parse("jubilació", "ca", corpus), "ca", {"administration": "state"}, limit=1)
    assert filtered.total == 1 and keys(filtered) == ["retirement-ca"]


def test_the_postgresql_planner_hint_does_not_outlive_the_search(corpus):
    """The search turns sequential scans off for its own statements only: a caller's transaction
    (here the test's) gets its planner settings back."""
    if not isinstance(corpus, DatabaseEngine) or corpus.vendor != "postgresql":
        pytest.skip("the planner hint is the PostgreSQL embedded engine's")
    from django.db import connection

    corpus.search(parse("jubilació", "ca", corpus), "ca")
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone()[0] == "on"


def test_elasticsearch_rebuilds_beside_the_live_index_and_swaps_its_alias(corpus):
    """Each language's name is an alias: a rebuild points it at a new version and deletes the old."""
    if isinstance(corpus, DatabaseEngine):
        pytest.skip("aliases are Elasticsearch's")
    from search.engines import aliases

    alias = corpus.index_name("ca")
    [old] = aliases.resolve(corpus.client, alias)
    assert aliases.is_version_of(old, alias)
    corpus.rebuild(CORPUS)
    [new] = aliases.resolve(corpus.client, alias)
    assert new != old and aliases.versions(corpus.client, alias) == [new]
    assert keys(search(corpus, "jubilació"))[0] == "retirement-ca"


def test_elasticsearch_replaces_an_older_releases_plain_index_with_an_alias(corpus):
    if isinstance(corpus, DatabaseEngine):
        pytest.skip("aliases are Elasticsearch's")
    from search.engines import aliases
    from search.engines.elasticsearch import index_definition

    corpus.drop()
    alias = corpus.index_name("ca")
    index_definition(alias, language="ca", client=corpus.client).create()  # as the old release did
    corpus.rebuild(CORPUS)
    [version] = aliases.resolve(corpus.client, alias)
    assert aliases.is_version_of(version, alias)
    assert keys(search(corpus, "jubilació"))[0] == "retirement-ca"


def test_totals_are_exact_up_to_counted_and_say_more_past_it(corpus, monkeypatch):
    """Engines stop counting one past COUNTED: the total is then COUNTED and marked inexact,
    and every match can still be shown."""
    for module in ("search.engines.database", "search.engines.elasticsearch"):
        monkeypatch.setattr(f"{module}.COUNTED", 1)
    found = corpus.search(parse("jubilació", "ca", corpus), "ca", limit=10)
    assert (found.total, found.total_exact) == (1, False)
    assert keys(found) == ["retirement-ca", "birth-ca"]
    narrowed = corpus.search(parse("jubilació", "ca", corpus), "ca", {"administration": "state"})
    assert (narrowed.total, narrowed.total_exact) == (1, True)
