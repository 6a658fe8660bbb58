"""The language switcher leads to the same page in each language, or says it is not translated."""

import pytest
from bs4 import BeautifulSoup


def switcher(client, url):
    soup = BeautifulSoup(client.get(url).content.decode(), "html.parser")
    return {link["hreflang"]: link for link in soup.select(".language-switcher a")}


@pytest.mark.django_db
def test_switcher_offers_the_four_languages_with_their_own_names(client, site_tree):
    links = switcher(client, site_tree.birth.url)
    assert list(links) == ["ca", "es", "oc", "en"]
    assert [link.get_text(" ", strip=True).split(" (")[0] for link in links.values()] == [
        "Català",
        "Español",
        "Aranés",
        "English",
    ]
    assert links["ca"]["aria-current"] == "true"
    assert all(link["lang"] == code for code, link in links.items())


@pytest.mark.django_db
def test_switcher_leads_to_the_translation_of_the_same_page(client, site_tree, translate):
    spanish = translate(site_tree.birth, "es", title="Inscripción del nacimiento")
    links = switcher(client, site_tree.birth.url)
    assert links["es"]["href"] == spanish.url
    assert "not translated" not in links["es"].get_text()
    back = switcher(client, spanish.url)
    assert back["ca"]["href"] == site_tree.birth.url


@pytest.mark.django_db
def test_switcher_says_plainly_when_a_page_is_not_translated(client, site_tree):
    link = switcher(client, site_tree.birth.url)["en"]
    assert link["href"] == "/en/"
    assert "this page is not translated yet" in link.get_text()


@pytest.mark.django_db
def test_hreflang_alternates_list_only_existing_translations(client, site_tree, translate):
    translate(site_tree.birth, "es")
    soup = BeautifulSoup(client.get(site_tree.birth.url).content.decode(), "html.parser")
    assert {link["hreflang"] for link in soup.select("link[rel=alternate]")} == {"ca", "es"}


@pytest.mark.django_db
def test_untranslated_page_redirects_to_its_own_language_and_says_why(client, site_tree):
    response = client.get(site_tree.birth.url.replace("/ca/", "/en/", 1))
    assert response.status_code == 302
    assert response["Location"] == f"{site_tree.birth.url}?untranslated=en"
    html = client.get(response["Location"]).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    notice = soup.select_one(".notice[lang=en]")
    assert notice is not None and "not translated into your language yet" in notice.get_text()
