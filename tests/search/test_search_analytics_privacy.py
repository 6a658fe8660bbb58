"""Search analytics keep what people looked for, never who they are: queries are scrubbed before
they are stored, so the reports and their exports never show personal data."""

import logging

import pytest
from django.db import DatabaseError
from wagtail.contrib.search_promotions.models import Query

from search.indexing import rebuild
from search.models import NoResultQuery
from search.searching import record_search

API = "/api/search/"
PERSONAL = ["12345678Z", "joan.puig@example.cat", "612 34 56 78", "ES91 2100 0418 4502 0005 1332"]


@pytest.fixture
def indexed(site_tree):
    rebuild()
    return site_tree


def stored_texts():
    return [
        *Query.objects.values_list("query_string", flat=True),
        *NoResultQuery.objects.values_list("query_string", flat=True),
    ]


def test_searches_are_stored_with_their_personal_data_replaced_by_labels(client, indexed):
    client.get(API, {"q": "naixement 12345678Z", "lang": "ca"})
    client.get(API, {"q": "mi correo es joan.puig@example.cat", "lang": "es"})
    # One token: test factories number their objects, so "34" or "56" alone may be a word here.
    client.get(API, {"q": "+34612345678", "lang": "en"})
    assert set(Query.objects.values_list("query_string", flat=True)) == {
        "naixement [id]",
        "mi correo es [email]",
        "[phone]",
    }
    assert set(NoResultQuery.objects.values_list("query_string", "language")) >= {("[phone]", "en")}


def test_searches_made_only_of_personal_data_are_counted_together(client, indexed):
    for dni in ("12345678Z", "87654321X", "X1234567L"):
        client.get(API, {"q": dni, "lang": "ca"})
    assert Query.get("[id]").hits == 3
    assert NoResultQuery.objects.get(query_string="[id]").hits == 3


def test_the_search_reports_and_their_exports_never_show_personal_data(admin_client, indexed):
    for text in PERSONAL:
        admin_client.get("/ca/search/", {"q": f"plugh {text}"})
    for report in ("/admin/reports/most-searched/", "/admin/reports/search-no-results/"):
        for export in ({}, {"export": "csv"}):
            response = admin_client.get(report, export)
            content = b"".join(response.streaming_content) if response.streaming else response.content
            shown = content.decode()
            assert "plugh" in shown, report
            assert not any(text in shown for text in PERSONAL), (report, export)


def test_a_search_that_cannot_be_counted_is_logged_without_its_text(db, monkeypatch, caplog):
    def fail(text):
        raise DatabaseError("database is locked")

    monkeypatch.setattr(Query, "get", fail)
    with caplog.at_level(logging.ERROR, logger="search.searching"):
        record_search("12345678Z", "ca", 0)
    assert "Could not record a search" in caplog.text
    assert "12345678Z" not in caplog.text
