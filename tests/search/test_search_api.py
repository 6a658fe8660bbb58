"""/api/search/: a 200 with results (maybe none) or a 400 with a plain message, never a 500."""

import pytest
from wagtail.contrib.search_promotions.models import Query

from search.indexing import rebuild
from search.models import NoResultQuery

from .test_engine_contract import HOSTILE

API = "/api/search/"


@pytest.fixture
def indexed(site_tree):
    rebuild()
    return site_tree


def test_results_have_the_documented_shape(client, indexed):
    response = client.get(API, {"q": "inscripció naixement", "lang": "ca"})
    assert response.status_code == 200
    data = response.json()
    assert data["query"] == "inscripció naixement"
    assert data["total"] >= 1
    first = data["results"][0]
    assert set(first) >= {"title", "url", "kind", "administration", "snippet", "life_events"}
    assert first["title"] == "Inscripció del naixement"
    assert first["url"].startswith("http")
    assert any("<mark>naixement</mark>" in result["snippet"] for result in data["results"])
    assert {"kind", "administration", "channel", "life_event", "organisation"} <= set(data["facets"])
    kinds = {facet["value"]: facet for facet in data["facets"]["kind"]}
    assert kinds["procedure"]["count"] == 2
    assert kinds["procedure"]["label"]  # a translated name, in the language asked for


def test_facet_filters_narrow_the_results(client, indexed):
    everything = client.get(API, {"q": "naixement"}).json()
    life_events = client.get(API, {"q": "naixement", "kind": "life_event"}).json()
    assert life_events["total"] < everything["total"]
    assert {result["kind"] for result in life_events["results"]} == {"life_event"}


def test_a_misspelt_query_gets_a_suggestion(client, indexed):
    data = client.get(API, {"q": "naixemnet"}).json()
    assert data["suggestion"] == "naixement"
    assert data["results"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": ""}, "Type the words"),
        ({"q": "   \t "}, "Type the words"),
        ({}, "Type the words"),
        ({"q": "a" * 10_000}, "too long"),
        ({"q": "atur", "lang": "xx"}, "Unknown language"),
        ({"q": "", "lang": "ca"}, "Escriu les paraules"),
        ({"q": "atur", "page": "abc"}, "whole number"),
        ({"q": "atur", "page": "0"}, "whole number"),
        ({"q": "atur", "per_page": "1000"}, "whole number"),
    ],
)
def test_bad_input_gets_a_400_with_a_plain_message(client, indexed, params, message):
    response = client.get(API, {"lang": "en", **params})  # messages come in the language asked for
    assert response.status_code == 400
    assert message in response.json()["error"]


@pytest.mark.parametrize("text", [*HOSTILE, "a" * 200, "atur " * 39])
def test_any_other_input_gets_a_200(client, indexed, text):
    for language in ("ca", "es", "oc", "en"):
        response = client.get(API, {"q": text, "lang": language, "kind": "x\x00", "page": "3"})
        assert response.status_code == 200, text
        assert isinstance(response.json()["results"], list)


def test_searches_are_counted_and_no_result_ones_kept_apart(client, indexed):
    client.get(API, {"q": "naixement"})
    client.get(API, {"q": "naixement"})
    client.get(API, {"q": "xyzzy plugh"})
    assert Query.get("naixement").hits == 2
    assert list(NoResultQuery.objects.values_list("query_string", "hits")) == [("xyzzy plugh", 1)]


def test_autocomplete_suggests_titles(client, indexed):
    data = client.get("/api/search/autocomplete/", {"q": "inscrip", "lang": "ca"}).json()
    assert [result["title"] for result in data["results"]] == ["Inscripció del naixement"]
    assert client.get("/api/search/autocomplete/", {"q": '"*(', "lang": "ca"}).status_code == 200
    assert client.get("/api/search/autocomplete/", {"q": "ins", "lang": "zz"}).status_code == 400


@pytest.fixture
def unreachable_engine(settings):
    from search.engines import get_engine

    settings.SEARCH_ENGINE = {
        "ENGINE": "search.engines.elasticsearch.ElasticsearchEngine",
        "URL": "http://127.0.0.1:9",
        "INDEX_PREFIX": "unreachable",
    }
    get_engine.cache_clear()
    yield
    get_engine.cache_clear()


def test_an_engine_that_is_down_gets_a_503_with_a_plain_message(client, site_tree, unreachable_engine):
    response = client.get(API, {"q": "atur"})
    assert response.status_code == 503
    assert "not available" in response.json()["error"]
    page = client.get("/ca/search/", {"q": "atur"})
    assert page.status_code == 503
    assert b"search-form" in page.content  # the form stays, to try again
    assert b'role="alert"' in page.content  # says search is not working, in the page's language
    assert client.get("/api/search/autocomplete/", {"q": "atu"}).json()["results"] == []


def test_the_total_says_whether_it_is_exact(client, indexed, monkeypatch):
    exact = client.get(API, {"q": "naixement", "lang": "ca"}).json()
    assert (exact["total"], exact["total_exact"]) == (3, True)
    monkeypatch.setattr("search.engines.database.COUNTED", 2)
    capped = client.get(API, {"q": "naixement", "lang": "ca"}).json()
    assert (capped["total"], capped["total_exact"], len(capped["results"])) == (2, False, 3)
