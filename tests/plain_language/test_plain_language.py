"""Plain language on the Django side: page text, glossary, commands and the admin report."""

import csv
import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from plain_language.glossary import GlossaryTerm
from plain_language.pages import analyse_page, page_text
from tests import factories as f

JARGON = (
    "Als efectes de procedir a la tramitació de la sol·licitud, les persones interessades hauran de "
    "formalitzar la documentació corresponent dins del termini establert per la normativa vigent."
)
MORE_JARGON = (
    "<p>La presentació de la documentació requerida s'haurà d'efectuar preceptivament mitjançant els "
    "canals habilitats a aquest efecte per l'Administració competent en la matèria.</p>"
    "<p>Un cop examinada la documentació aportada per la persona sol·licitant, l'òrgan competent "
    "procedirà a la resolució de l'expedient i a la notificació corresponent a la persona interessada.</p>"
)


@pytest.fixture
def jargon_page(site_tree):
    return f.ProcedurePageFactory(
        parent=site_tree.procedure_index,
        title="Tràmit difícil",
        what_it_is=f"<p>{JARGON}</p>",
        who_can_apply=MORE_JARGON,
    )


@pytest.mark.django_db
def test_page_text_holds_the_prose_of_every_field_but_not_labels(site_tree):
    text = page_text(site_tree.birth)
    assert "Un tràmit de prova." in text
    assert "Una persona et fa el tràmit." in text  # inside the channels StreamField
    assert "012" not in text  # a phone number is not prose


@pytest.mark.django_db
def test_glossary_terms_of_the_page_language_are_flagged(site_tree, jargon_page, locales):
    GlossaryTerm.objects.create(locale=locales["ca"], term="normativa vigent", plain="la llei")
    GlossaryTerm.objects.create(locale=locales["es"], term="documentació", plain="papeles")
    jargon = [issue for issue in analyse_page(jargon_page).issues if issue.kind == "jargon"]
    flagged = {issue.text for issue in jargon}
    assert "normativa vigent" in flagged
    assert "documentació" not in flagged  # a Spanish glossary entry does not apply to Catalan
    assert any("la llei" in str(issue.suggestion) for issue in jargon)


@pytest.mark.django_db
def test_plain_page_scores_higher_than_a_bureaucratic_one(site_tree, jargon_page):
    assert analyse_page(site_tree.registration).score > analyse_page(jargon_page).score + 30


def test_analyse_text_prints_json_with_score_band_metrics_and_issues(monkeypatch, db):
    monkeypatch.setattr("sys.stdin", io.StringIO(JARGON))
    out = io.StringIO()
    call_command("analyse_text", "--lang", "ca", "--json", "-", stdout=out)
    data = json.loads(out.getvalue())
    assert {"score", "band", "metrics", "issues"} <= set(data)
    assert data["band"] == "hard"
    assert any(issue["kind"] == "long_sentence" for issue in data["issues"])


def test_analyse_text_reads_html_from_a_file(tmp_path, db):
    path = tmp_path / "text.html"
    path.write_text("<p>Demana cita. Porta el DNI.</p><ul><li>És gratuït.</li></ul>", encoding="utf-8")
    out = io.StringIO()
    call_command("analyse_text", "--lang", "ca", str(path), stdout=out)
    assert out.getvalue().startswith("Score: ")


@pytest.mark.parametrize(
    "arguments, message",
    [(["--lang", "fr", "-"], "Unsupported language"), (["--lang", "ca", "/no/such/file"], "Cannot read")],
)
def test_analyse_text_explains_bad_input(arguments, message, monkeypatch, db):
    monkeypatch.setattr("sys.stdin", io.StringIO("Hola."))
    with pytest.raises(CommandError, match=message):
        call_command("analyse_text", *arguments, stdout=io.StringIO())


@pytest.mark.django_db
def test_report_command_fails_under_the_limit_and_names_the_pages(site_tree, jargon_page):
    with pytest.raises(CommandError) as error:
        call_command(
            "plain_language_report", "--fail-under", "50", stdout=io.StringIO(), stderr=io.StringIO()
        )
    assert jargon_page.url in str(error.value)
    assert site_tree.registration.url not in str(error.value)


@pytest.mark.django_db
def test_report_command_holds_each_page_to_its_languages_threshold(site_tree, jargon_page, settings):
    settings.PLAIN_LANGUAGE_THRESHOLDS = {**settings.PLAIN_LANGUAGE_THRESHOLDS, "ca": 0}
    err = io.StringIO()
    call_command("plain_language_report", "--fail-under-threshold", stdout=io.StringIO(), stderr=err)
    assert "meet their language's threshold" in err.getvalue()

    settings.PLAIN_LANGUAGE_THRESHOLDS = {**settings.PLAIN_LANGUAGE_THRESHOLDS, "ca": 99.9}
    with pytest.raises(CommandError, match="under their language's threshold") as error:
        call_command(
            "plain_language_report", "--fail-under-threshold", stdout=io.StringIO(), stderr=io.StringIO()
        )
    assert jargon_page.url in str(error.value) and "< 99.9" in str(error.value)


@pytest.mark.django_db
def test_report_command_passes_when_every_page_meets_the_limit(site_tree):
    err = io.StringIO()
    call_command("plain_language_report", "--fail-under", "50", stdout=io.StringIO(), stderr=err)
    assert "score 50 or more" in err.getvalue()


@pytest.mark.django_db
def test_report_command_writes_json_and_csv_filtered_by_locale(site_tree, translate):
    translate(site_tree.birth, "es", title="Inscripción del nacimiento")
    out = io.StringIO()
    call_command("plain_language_report", "--locale", "es", "--format", "json", stdout=out)
    rows = json.loads(out.getvalue())
    assert {row["locale"] for row in rows} == {"es"}
    assert "Inscripción del nacimiento" in {row["title"] for row in rows}
    out = io.StringIO()
    call_command("plain_language_report", "--format", "csv", stdout=out)
    records = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert records and {"score", "band", "url", "top_issues"} <= set(records[0])


@pytest.fixture
def admin_client_logged(client, django_user_model):
    admin = django_user_model.objects.create_superuser("boss", "boss@example.org", "secret")
    client.force_login(admin)
    return client


@pytest.mark.django_db
def test_admin_report_lists_pages_with_score_and_issues(admin_client_logged, site_tree, jargon_page):
    response = admin_client_logged.get("/admin/reports/plain-language/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tràmit difícil" in html
    assert "Divideix aquesta frase" in html  # the admin speaks Catalan by default


@pytest.mark.django_db
def test_admin_report_filters_by_section(admin_client_logged, site_tree, jargon_page):
    response = admin_client_logged.get(
        "/admin/reports/plain-language/", {"section": site_tree.life_event_index.pk}
    )
    html = response.content.decode()
    assert "Tenir un fill" in html
    assert "Tràmit difícil" not in html


@pytest.mark.django_db
def test_admin_report_exports_csv(admin_client_logged, site_tree, jargon_page):
    response = admin_client_logged.get("/admin/reports/plain-language/", {"export": "csv"})
    content = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(content)))
    difficult = next(row for row in rows if row[0] == "Tràmit difícil")
    assert float(difficult[4]) < 50
    assert "Divideix aquesta frase" in difficult[-1]


@pytest.mark.django_db
def test_admin_report_needs_a_logged_in_editor(client, site_tree):
    assert client.get("/admin/reports/plain-language/").status_code == 302
