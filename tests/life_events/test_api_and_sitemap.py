"""Other channels read the same content through the API; search engines through the sitemap."""

from xml.etree import ElementTree

import pytest

from directory.models import Office, Organisation

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.mark.django_db
def test_api_lists_procedures_filtered_by_type_and_locale(client, site_tree, translate):
    translate(site_tree.birth, "es", title="Inscripción del nacimiento")
    response = client.get(
        "/api/v2/pages/",
        {"type": "life_events.ProcedurePage", "locale": "ca", "fields": "summary,channels,organisation"},
    )
    assert response.status_code == 200
    data = response.json()
    titles = {item["title"] for item in data["items"]}
    assert titles == {
        "Inscripció del naixement",
        "Empadronament",
        "Targeta sanitària",
        "Prestació per naixement",
    }
    birth = next(item for item in data["items"] if item["title"] == "Inscripció del naixement")
    assert [block["type"] for block in birth["channels"]][0] == "online"
    assert birth["meta"]["locale"] == "ca"


@pytest.mark.django_db
def test_api_returns_the_spanish_translation_for_locale_es(client, site_tree, translate):
    translate(site_tree.birth, "es", title="Inscripción del nacimiento")
    data = client.get("/api/v2/pages/", {"type": "life_events.ProcedurePage", "locale": "es"}).json()
    assert [item["title"] for item in data["items"]] == ["Inscripción del nacimiento"]


@pytest.mark.django_db
def test_api_detail_of_a_life_event_has_its_journey(client, site_tree):
    data = client.get(f"/api/v2/pages/{site_tree.life_event.pk}/").json()
    assert data["summary"] == site_tree.life_event.summary
    assert [step["value"]["title"] for step in data["journey"]][:2] == [
        "Inscriu el naixement",
        "Empadrona el nadó",
    ]


@pytest.mark.django_db
def test_api_does_not_show_drafts(client, site_tree):
    site_tree.allowance.unpublish()
    data = client.get("/api/v2/pages/", {"type": "life_events.ProcedurePage"}).json()
    assert "Prestació per naixement" not in {item["title"] for item in data["items"]}


def sitemap_locations(client):
    tree = ElementTree.fromstring(client.get("/sitemap.xml").content)
    return {url.find("s:loc", NS).text: url for url in tree.findall("s:url", NS)}


@pytest.mark.django_db
def test_sitemap_lists_every_live_page_in_every_locale(client, site_tree, translate):
    spanish = translate(site_tree.birth, "es", title="Inscripción del nacimiento")
    locations = sitemap_locations(client)
    assert f"http://localhost{site_tree.birth.url}" in locations
    assert f"http://localhost{spanish.url}" in locations
    assert spanish.url.startswith("/es/")
    assert f"http://localhost{site_tree.content_page.url}" in locations


@pytest.mark.django_db
def test_sitemap_leaves_out_drafts(client, site_tree):
    site_tree.allowance.unpublish()
    assert not any("prestacio" in location for location in sitemap_locations(client))


@pytest.mark.django_db
def test_sitemap_links_each_page_to_its_translations(client, site_tree, translate):
    spanish = translate(site_tree.birth, "es")
    url = sitemap_locations(client)[f"http://localhost{site_tree.birth.url}"]
    alternates = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)}
    assert alternates == {
        "ca": f"http://localhost{site_tree.birth.url}",
        "es": f"http://localhost{spanish.url}",
    }


@pytest.mark.django_db
def test_api_leaves_out_organisations_and_offices_that_are_drafts(client, site_tree):
    def birth():
        data = client.get(f"/api/v2/pages/{site_tree.birth.pk}/").json()
        [in_person] = [block["value"] for block in data["channels"] if block["type"] == "in_person"]
        return data["organisation"], in_person["offices"]

    assert birth() == (
        {"id": site_tree.state.pk, "meta": {"type": "directory.Organisation"}},
        [site_tree.office.pk],
    )
    Organisation.objects.filter(pk=site_tree.state.pk).update(live=False)
    Office.objects.filter(pk=site_tree.office.pk).update(live=False)
    assert birth() == (None, [])
