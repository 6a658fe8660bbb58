"""Plain language in the editor's Checks panel: the checker's rules, the preview data, the endpoint."""

import json

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from wagtail.admin.userbar import ContentCheckerItem

from accessibility_checks.findings import DEFAULT_TAGS
from plain_language.editor_checks import RULES, PlainLanguageCheckerItem

JARGON = (
    "Als efectes de procedir a la tramitació de la sol·licitud, les persones interessades hauran de "
    "formalitzar la documentació corresponent dins del termini establert per la normativa vigent."
)


def test_checker_keeps_the_audit_and_wagtails_rules_and_adds_the_plain_language_ones():
    config = PlainLanguageCheckerItem().get_axe_configuration(RequestFactory().get("/"))
    assert config["options"]["runOnly"] == list(DEFAULT_TAGS)  # what CI's audit runs
    enabled = {rule for rule, options in config["options"]["rules"].items() if options["enabled"]}
    assert set(ContentCheckerItem.axe_run_only) <= enabled
    assert set(RULES) <= enabled
    rules = {rule["id"]: rule for rule in config["spec"]["rules"]}
    assert rules["plain-language-jargon"]["any"] == ["plain-language-jargon-check"]
    assert "alt-text-quality" in rules
    assert config["messages"]["plain-language-long-sentence"]["error_name"]


@pytest.mark.django_db
def test_the_page_editor_uses_the_plain_language_checker(admin_client, site_tree):
    html = admin_client.get(f"/admin/pages/{site_tree.birth.pk}/edit/").content.decode()
    assert "plain-language-jargon" in html  # in the axe configuration of the Checks panel


@pytest.mark.django_db
def test_a_preview_carries_the_analysis_and_the_check_script(site_tree):
    page = site_tree.birth
    page.what_it_is = f"<p>{JARGON}</p>"
    response = page.make_preview_request()
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    data = json.loads(soup.find(id="plain-language-analysis").string)
    assert {"score", "band", "issues", "threshold"} <= set(data)
    assert any(issue["kind"] == "long_sentence" for issue in data["issues"])
    assert soup.find("script", src=lambda src: src and src.endswith("plain-language-checks.js"))


@pytest.mark.django_db
def test_citizens_get_no_analysis_in_the_public_page(client, site_tree):
    assert "plain-language-analysis" not in client.get(site_tree.birth.url).content.decode()


@pytest.mark.django_db
def test_analyse_endpoint_returns_the_analysis_as_json(admin_client):
    response = admin_client.post("/admin/plain-language/analyse/", {"language": "ca", "text": JARGON})
    assert response.status_code == 200
    data = response.json()
    assert data["band"] == "hard" and data["issues"] and "metrics" in data


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data, message",
    [
        ({"language": "fr", "text": "Hola"}, "Give a language"),
        ({"language": "ca", "text": "x" * 100_001}, "too long"),
    ],
)
def test_analyse_endpoint_explains_bad_input(admin_client, data, message):
    response = admin_client.post("/admin/plain-language/analyse/", data)
    assert response.status_code == 400
    assert message in response.content.decode()


@pytest.mark.django_db
def test_analyse_endpoint_needs_a_logged_in_editor_and_post(client, admin_client):
    assert (
        client.post("/admin/plain-language/analyse/", {"language": "ca", "text": "Hola"}).status_code == 302
    )
    assert admin_client.get("/admin/plain-language/analyse/").status_code == 405
