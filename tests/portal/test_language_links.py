"""Links on every page come from what the request resolved to, never from the path as typed.

A crafted address must not come back as a link to another site: `//evil.example/ca/` once gave
a language switcher pointing at `//evil.example/es/`.
"""

import re
from urllib.parse import unquote_to_bytes

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from search.indexing import rebuild

CODES = "|".join(code for code, _name in settings.LANGUAGES)
LANGUAGE_PREFIX = re.compile(rf"^/({CODES})/")
# Addresses as typed; a WSGI server decodes them (%2F becomes "/") before Django sees them.
HOSTILE_PATHS = [
    "//evil.example/ca/",
    "///evil.example/ca/",
    "/%2F%2Fevil.example/ca/",
    "/%2f/evil.example/ca/search/",
    "/\\evil.example/ca/",
    "/\\\\evil.example/ca/",
    "/ca/\\evil.example",
    "/ca/\\\\evil.example/",
    "/ca/%0d%0aLocation:%20https://evil.example/",
    "/%0d%0a//evil.example/ca/",
    "/ca/%09/evil.example/",
    "/ca/" + "llarg-" * 2000 + "/",
    "/ca/no-existeix/",
    "/es/no-existe/",
    "//evil.example/ca/search/",
    "/https://evil.example/ca/",
    "/ca/search/../../evil.example/",
]


def get_raw(client, raw_path, query=""):
    """Request a path exactly as a WSGI server hands it to Django (PEP 3333: latin-1 text)."""
    path_info = unquote_to_bytes(raw_path).decode("latin-1")
    return client.get("/", PATH_INFO=path_info, QUERY_STRING=query)


def links(response):
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    switcher = [a["href"] for a in soup.select(".language-switcher a")]
    head = [link["href"] for link in soup.select("link[rel=alternate], link[rel=canonical]")]
    return switcher, head, [a["href"] for a in soup.select("a[href]")]


def is_safe(href):
    """A path on this site under a language prefix, or an absolute address on the configured host."""
    return bool(LANGUAGE_PREFIX.match(href)) or href.startswith("http://localhost/")


@pytest.mark.django_db
@pytest.mark.parametrize("raw_path", HOSTILE_PATHS)
def test_every_link_on_a_crafted_address_stays_on_this_site(client, site_tree, raw_path):
    response = get_raw(client, raw_path, query="q=x&next=//evil.example/")
    assert response.status_code in (200, 301, 302, 404)
    if response.status_code in (301, 302):
        assert LANGUAGE_PREFIX.match(response["Location"]), response["Location"]
        return
    switcher, head, every_link = links(response)
    assert [href for href in switcher if not is_safe(href)] == []
    assert [href for href in head if not is_safe(href)] == []
    local = [href for href in every_link if href.startswith(("/", "\\")) or href.startswith("http")]
    assert [href for href in local if not is_safe(href) and href != "/sitemap.xml"] == []
    assert "evil.example" not in " ".join(switcher + head)


@pytest.mark.django_db
def test_a_missing_page_links_each_language_home_and_declares_no_alternates(client, site_tree):
    response = get_raw(client, "//evil.example/ca/")
    assert response.status_code == 404
    switcher, head, _links = links(response)
    assert switcher == ["/ca/", "/es/", "/oc/", "/en/"]
    assert head == []
    assert "this page is not translated yet" not in response.content.decode()


@pytest.mark.django_db
def test_a_missing_page_under_a_language_links_homes_not_the_typed_path(client, site_tree):
    switcher, _head, _links = links(client.get("/ca/no-existeix/"))
    assert switcher == ["/ca/", "/es/", "/oc/", "/en/"]


@pytest.mark.django_db
def test_the_search_page_links_itself_in_each_language_with_the_query_reencoded(client, site_tree):
    response = client.get("/ca/search/", {"q": "atur\r\n//evil.example"})
    switcher, head, _links = links(response)
    assert [href.split("?")[0] for href in switcher] == [
        "/ca/search/",
        "/es/search/",
        "/oc/search/",
        "/en/search/",
    ]
    assert all(href.endswith("?q=atur%0D%0A%2F%2Fevil.example") for href in switcher)
    assert sorted(head) == sorted(switcher)


@pytest.mark.django_db
def test_a_page_links_its_translations_and_the_canonical_address_of_the_site(client, site_tree, translate):
    spanish = translate(site_tree.birth, "es")
    response = client.get(site_tree.birth.url, HTTP_HOST="evil.example")
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert soup.select_one("link[rel=canonical]")["href"] == f"http://localhost{site_tree.birth.url}"
    alternates = {link["hreflang"]: link["href"] for link in soup.select("link[rel=alternate]")}
    assert alternates == {"ca": site_tree.birth.url, "es": spanish.url}


@pytest.mark.django_db
def test_search_filter_and_suggestion_links_are_paths_of_the_search_page(client, site_tree):
    rebuild()
    soup = BeautifulSoup(client.get("/ca/search/", {"q": "naixemnet"}).content.decode(), "html.parser")
    hrefs = [a["href"] for a in soup.select(".facet-option, .search-summary__suggestion a")]
    assert hrefs and all(href.startswith("/ca/search/?q=") for href in hrefs)
