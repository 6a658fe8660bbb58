"""Every page type renders with the structure the HTML checks require."""

import pytest

from tests.html_checks import assert_good_html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "page_name", ["home", "life_event_index", "procedure_index", "life_event", "birth", "content_page"]
)
def test_every_page_type_renders_good_html(client, site_tree, page_name):
    page = getattr(site_tree, page_name)
    assert_good_html(client.get(page.url))


@pytest.mark.django_db
def test_home_lists_every_live_life_event_and_offers_search_and_help(client, site_tree):
    html = client.get(site_tree.home.url).content.decode()
    assert f'href="{site_tree.life_event.url}"' in html
    assert 'role="search"' in html and 'name="q"' in html
    assert "Truca al 012" in html


@pytest.mark.django_db
def test_home_hides_a_draft_life_event(client, site_tree):
    site_tree.life_event.unpublish()
    assert site_tree.life_event.title not in client.get(site_tree.home.url).content.decode()


@pytest.mark.django_db
def test_page_language_is_its_locale_and_urls_are_prefixed(client, site_tree):
    assert site_tree.life_event.url.startswith("/ca/")
    assert '<html lang="ca">' in client.get(site_tree.life_event.url).content.decode()


@pytest.mark.django_db
def test_procedure_index_lists_procedures_alphabetically(client, site_tree):
    html = client.get(site_tree.procedure_index.url).content.decode()
    titles = ["Empadronament", "Inscripció del naixement", "Prestació per naixement", "Targeta sanitària"]
    positions = [html.index(title) for title in titles]
    assert positions == sorted(positions)


@pytest.mark.django_db
def test_root_address_redirects_to_a_language(client, site_tree):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ca")
    assert response.status_code == 302
    assert response["Location"] == "/ca/"


@pytest.mark.django_db
def test_unknown_address_gets_a_helpful_404(client, site_tree):
    response = client.get("/ca/no-existeix/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'role="search"' in html
    assert 'href="/ca/"' in html
