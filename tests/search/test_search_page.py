"""The search page without JavaScript: results, filters, pages and help are plain links and forms."""

import pytest
from bs4 import BeautifulSoup

from search.indexing import rebuild


@pytest.fixture
def indexed(site_tree):
    rebuild()
    return site_tree


def page(client, **params):
    response = client.get("/ca/search/", params)
    return response, BeautifulSoup(response.content, "html.parser")


def destination(client, href):
    """Where a result's link leads: through the search click counter (feedback.clicks)."""
    return client.get(href)["Location"]


def test_results_link_to_the_pages_found(client, indexed):
    response, soup = page(client, q="naixement")
    assert response.status_code == 200
    links = {a.get_text(" ", strip=True): a["href"] for a in soup.select(".search-result__title a")}
    assert destination(client, links["Inscripció del naixement"]) == indexed.birth.url
    assert soup.select_one("[role=status]").get_text().strip().startswith("3")
    assert soup.select(".search-result__snippet mark")


def test_filters_are_links_that_narrow_the_results(client, indexed):
    _response, soup = page(client, q="naixement")
    life_event_filter = next(a for a in soup.select(".facet-option") if "kind=life_event" in a["href"])
    response, filtered = page(client, q="naixement", kind="life_event")
    assert response.status_code == 200
    assert [a.get_text(strip=True) for a in filtered.select(".search-result__title a")] == ["Tenir un fill"]
    assert filtered.select_one("[aria-current=true]")
    assert "q=naixement" in life_event_filter["href"]


def test_the_suggestion_is_a_link_to_the_corrected_search(client, indexed):
    _response, soup = page(client, q="naixemnet")
    suggestion = soup.select_one(".search-summary__suggestion a")
    assert suggestion.get_text() == "naixement"
    assert suggestion["href"] == "/ca/search/?q=naixement"


def test_no_results_offers_the_help_channels(client, indexed):
    _response, soup = page(client, q="xyzzy plugh")
    assert not soup.select(".search-result")
    # Inside the empty state itself, not the footer's channels on every page.
    channels = soup.select(".search-empty .help-channels .help-channel")
    assert channels
    assert all(channel.select_one(".help-channel__title").get_text(strip=True) for channel in channels)


def test_an_empty_search_says_what_to_do_and_keeps_the_form(client, indexed):
    response, soup = page(client, q="   ")
    assert response.status_code == 200
    field = soup.select_one("#search-page-query")
    assert field["aria-invalid"] == "true"
    assert soup.select_one("#" + field["aria-describedby"].split()[0]).get_text(strip=True)


def test_services_of_other_administrations_say_they_link_out(
    client, indexed, django_capture_on_commit_callbacks
):
    from search.models import ExternalService

    with django_capture_on_commit_callbacks(execute=True):
        ExternalService.objects.create(
            source="dgt",
            identifier="itv",
            publisher="DGT",
            organisation="Direcció General de Trànsit",
            administration="state",
            url="https://sede.dgt.gob.es/",
            title={"ca": "Inspecció tècnica de vehicles"},
        )
    _response, soup = page(client, q="inspecció vehicles")
    result = soup.select_one(".search-result--external")
    assert destination(client, result.select_one("a")["href"]) == "https://sede.dgt.gob.es/"
    assert "Direcció General de Trànsit" in result.get_text()
    assert "sede.dgt.gob.es" in result.select_one(".search-result__external").get_text()


def test_a_total_past_the_count_says_more_than_and_offers_no_page_beyond(client, indexed, monkeypatch):
    monkeypatch.setattr("search.engines.database.COUNTED", 1)
    _response, soup = page(client, q="naixement")
    assert soup.select_one("[role=status]").get_text(" ", strip=True).startswith("Més d’1 resultat")
    assert not soup.select(".pagination")
