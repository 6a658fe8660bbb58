"""The search in the admin: synonyms search managers keep, the imported services, the two search reports."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone, translation
from django.utils.formats import date_format
from wagtail.contrib.search_promotions.models import Query
from wagtail.users.models import UserProfile

from search.models import ExternalService, NoResultQuery, Synonym

pytestmark = pytest.mark.django_db

SYNONYMS = "/admin/snippets/search/synonym/"
SERVICES = "/admin/snippets/search/externalservice/"
NO_RESULTS = "/admin/reports/search-no-results/"
MOST_SEARCHED = "/admin/reports/most-searched/"


def in_english(user):
    """The admin's language defaults to Catalan; these tests read it in English."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editora", "editora@example.org", "secret")
    user.groups.add(Group.objects.get(name="Editors"))
    return in_english(user)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def admin_client(admin_client, admin_user):
    in_english(admin_user)
    return admin_client


@pytest.fixture
def services():
    common = {"publisher": "DGT", "organisation": "Direcció General de Trànsit", "administration": "state"}
    return [
        ExternalService.objects.create(
            source="transit",
            identifier="permis",
            url="https://sede.dgt.gob.es/permis",
            title={"ca": "Renovar el permís de conduir", "en": "Renew your driving licence"},
            channels=["online", "in_person"],
            **common,
        ),
        ExternalService.objects.create(
            source="ajuntaments",
            identifier="padro",
            url="https://www.seu-e.cat/padro",
            title={"ca": "Alta al padró", "en": "Register at the town hall"},
            publisher="Ajuntaments de Catalunya",
            organisation="Ajuntament",
            administration="local",
        ),
    ]


def no_result(query_string, language="ca", days_ago=0, hits=1):
    return NoResultQuery.objects.create(
        query_string=query_string,
        language=language,
        date=timezone.localdate() - timedelta(days=days_ago),
        hits=hits,
    )


def html(response):
    assert response.status_code == 200
    return response.content.decode()


def report_rows(response):
    """The report's table rows as lists of cell texts."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html(response), "html.parser")
    return [
        [" ".join(cell.get_text().split()) for cell in row.find_all("td")]
        for row in soup.select("table.listing tbody tr")
    ]


def csv_rows(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


# Synonyms


@pytest.fixture
def no_synonyms():
    """Without the synonyms the migrations ship, so the listing shows only the test's."""
    Synonym.objects.all().delete()


@pytest.fixture
def manager_client(client, django_user_model):
    manager = django_user_model.objects.create_user("gestora", "gestora@example.org", "secret")
    manager.groups.add(Group.objects.get(name="Search managers"))
    client.force_login(in_english(manager))
    return client


def test_editors_and_moderators_read_the_synonyms_and_look_at_the_services(editor):
    assert editor.has_perm("search.view_synonym")
    assert not any(editor.has_perm(f"search.{action}_synonym") for action in ("add", "change", "delete"))
    assert editor.has_perm("search.view_externalservice")
    moderators = Group.objects.get(name="Moderators")
    assert moderators.permissions.filter(codename="view_synonym").exists()
    assert not moderators.permissions.filter(codename="change_synonym").exists()


def test_an_editor_lists_and_filters_the_synonyms(editor_client, no_synonyms):
    Synonym.objects.create(language="ca", terms="atur, prestació per desocupació, paro")
    Synonym.objects.create(language="es", terms="paro, desempleo")
    page = html(editor_client.get(SYNONYMS))
    assert "Search synonyms" in page
    assert "atur, prestació per desocupació, paro" in page and "paro, desempleo" in page
    filtered = html(editor_client.get(SYNONYMS, {"language": "es"}))
    assert "paro, desempleo" in filtered and "prestació per desocupació" not in filtered
    searched = html(editor_client.get(SYNONYMS, {"q": "desocupació"}))
    assert "prestació per desocupació" in searched and "desempleo" not in searched


def test_a_search_manager_adds_a_synonym(manager_client, no_synonyms):
    response = manager_client.post(f"{SYNONYMS}add/", {"language": "ca", "terms": "empadronar-se, padró"})
    assert response.status_code == 302
    synonym = Synonym.objects.get()
    assert (synonym.language, synonym.phrases) == ("ca", ["empadronar-se", "padró"])


def test_a_synonym_needs_two_phrases(manager_client):
    count = Synonym.objects.count()
    page = html(manager_client.post(f"{SYNONYMS}add/", {"language": "ca", "terms": "atur"}))
    assert "Write at least two words or phrases, separated by commas." in page
    assert Synonym.objects.count() == count


def test_the_search_menu_holds_synonyms_and_services(editor_client):
    page = html(editor_client.get("/admin/"))
    assert '"label": "Site search"' in page
    assert '"label": "Search synonyms"' in page and SYNONYMS in page
    assert '"label": "External services"' in page and SERVICES in page


# Imported services


def test_the_services_listing_shows_the_imported_services_and_how_to_update_them(editor_client, services):
    page = html(editor_client.get(SERVICES))
    assert "Renew your driving licence" in page and "Register at the town hall" in page
    assert "Direcció General de Trànsit" in page and "Spanish State" in page
    assert "manage.py import_services" in page
    assert f"{SERVICES}inspect/{services[0].pk}/" in page


def test_the_services_listing_filters_by_source_and_administration_and_searches_titles(
    editor_client, services
):
    by_source = html(editor_client.get(SERVICES, {"source": "ajuntaments"}))
    assert "Register at the town hall" in by_source and "driving licence" not in by_source
    by_administration = html(editor_client.get(SERVICES, {"administration": "state"}))
    assert "driving licence" in by_administration and "town hall" not in by_administration
    # Any language of the title, and the organisation.
    assert "driving licence" in html(editor_client.get(SERVICES, {"q": "permís"}))
    assert "town hall" in html(editor_client.get(SERVICES, {"q": "Ajuntament"}))


@pytest.mark.parametrize("user", ["editor", "superuser"])
def test_nobody_adds_edits_or_deletes_imported_services_in_the_admin(
    user, editor_client, admin_client, services
):
    client = editor_client if user == "editor" else admin_client
    service = services[0]
    page = html(client.get(SERVICES))
    assert f"{SERVICES}add/" not in page
    assert f"{SERVICES}edit/" not in page and f"{SERVICES}delete/" not in page
    assert 'name="id"' not in page  # no bulk-action checkboxes
    for url in (f"{SERVICES}add/", f"{SERVICES}edit/{service.pk}/", f"{SERVICES}delete/{service.pk}/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == "/admin/"
    response = client.post(f"{SERVICES}edit/{service.pk}/", {"source": "x", "identifier": "y"})
    assert response.status_code == 302
    # Snippets' bulk delete checks the Django permission, which superusers have: refused too.
    response = client.post(f"/admin/bulk/search/externalservice/delete/?id={service.pk}")
    assert response.status_code in (302, 403)
    client.post(f"{SERVICES}delete/{service.pk}/")
    service.refresh_from_db()
    assert service.source == "transit"


def test_the_inspect_view_shows_a_service_in_every_language(editor_client, services):
    page = html(editor_client.get(f"{SERVICES}inspect/{services[0].pk}/"))
    assert "Renovar el permís de conduir" in page and "Renew your driving licence" in page
    assert 'href="https://sede.dgt.gob.es/permis"' in page
    assert "Online, In person" in page
    assert f"{SERVICES}edit/" not in page


# Reports


def test_the_search_reports_are_for_those_who_keep_the_synonyms(editor_client, django_user_model, client):
    assert editor_client.get(NO_RESULTS).status_code == 200
    reader = django_user_model.objects.create_user("lectora", "lectora@example.org", "secret")
    reader.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(reader)
    assert client.get(NO_RESULTS).status_code == 302
    assert client.get(MOST_SEARCHED).status_code == 302
    menu = html(client.get("/admin/"))
    assert "Searches with no results" not in menu and "Most searched" not in menu


def test_the_reports_menu_offers_the_search_reports_to_editors(editor_client):
    page = html(editor_client.get("/admin/"))
    assert "Searches with no results" in page and "Most searched" in page
    assert NO_RESULTS in page and MOST_SEARCHED in page


def test_the_no_results_report_adds_up_the_days_per_search_and_language(editor_client):
    no_result("certificat de convivència", days_ago=0, hits=2)
    no_result("certificat de convivència", days_ago=3, hits=3)
    no_result("certificat de convivència", language="es", days_ago=1, hits=1)
    no_result("xec nadó", days_ago=1, hits=1)
    no_result("ajut lloguer", days_ago=45, hits=50)  # outside the last 30 days
    rows = report_rows(editor_client.get(NO_RESULTS))
    today = timezone.localdate()
    assert [row[:3] for row in rows] == [
        ["certificat de convivència", "Catalan", "5"],
        ["certificat de convivència", "Spanish", "1"],
        ["xec nadó", "Catalan", "1"],
    ]
    with translation.override("en"):
        assert rows[0][3] == date_format(today)
    assert "The last 30 days" in html(editor_client.get(NO_RESULTS))


def test_the_no_results_report_filters_by_language_dates_and_text(editor_client):
    no_result("certificat de convivència", days_ago=0, hits=2)
    no_result("certificado de convivencia", language="es", days_ago=1, hits=4)
    no_result("ajut lloguer", days_ago=45, hits=50)
    assert [row[0] for row in report_rows(editor_client.get(NO_RESULTS, {"language": "es"}))] == [
        "certificado de convivencia"
    ]
    since = (timezone.localdate() - timedelta(days=60)).isoformat()
    rows = report_rows(editor_client.get(NO_RESULTS, {"date_from": since}))
    assert rows[0][:3] == ["ajut lloguer", "Catalan", "50"]
    assert [
        row[0] for row in report_rows(editor_client.get(NO_RESULTS, {"q": "lloguer", "date_from": since}))
    ] == ["ajut lloguer"]
    # The results-only view the filters reload without the page.
    assert "certificado" in html(editor_client.get(f"{NO_RESULTS}results/", {"language": "es"}))


def test_the_no_results_report_exports_csv_and_xlsx(editor_client):
    no_result("certificat de convivència", days_ago=0, hits=2)
    no_result("certificat de convivència", days_ago=2, hits=1)
    rows = csv_rows(editor_client.get(NO_RESULTS, {"export": "csv"}))
    assert rows == [
        ["Search", "Language", "Times", "Last searched"],
        ["certificat de convivència", "ca", "3", timezone.localdate().isoformat()],
    ]
    xlsx = editor_client.get(NO_RESULTS, {"export": "xlsx"})
    assert xlsx.status_code == 200 and "spreadsheetml" in xlsx["Content-Type"]


def search_for(text, days_ago=0, times=1):
    query = Query.get(text)
    for _ in range(times):
        query.add_hit(date=timezone.localdate() - timedelta(days=days_ago))


def test_the_most_searched_report_lists_searches_by_times_in_the_period(editor_client):
    search_for("padró", times=3)
    search_for("padró", days_ago=10, times=2)
    search_for("atur", times=4)
    search_for("beca", days_ago=40, times=9)  # outside the last 30 days
    no_result("atur", language="ca", hits=1)
    rows = report_rows(editor_client.get(MOST_SEARCHED))
    assert [row[:3] for row in rows] == [["padró", "5", "0"], ["atur", "4", "1"]]
    assert "2 searches" in html(editor_client.get(MOST_SEARCHED))
    since = (timezone.localdate() - timedelta(days=60)).isoformat()
    assert report_rows(editor_client.get(MOST_SEARCHED, {"date_from": since}))[0][:2] == ["beca", "9"]


def test_the_most_searched_report_exports_csv(editor_client):
    search_for("padró", times=2)
    rows = csv_rows(editor_client.get(MOST_SEARCHED, {"export": "csv"}))
    assert rows == [
        ["Search", "Times", "Times with no results", "Last searched"],
        ["padró", "2", "0", timezone.localdate().isoformat()],
    ]
