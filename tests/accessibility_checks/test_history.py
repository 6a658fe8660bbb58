"""Stored audits: runs and findings, the admin report with its trend, the page editor's note."""

from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.utils import timezone
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.users.models import UserProfile

from accessibility_checks.editor import AuditRulesCheckerItem
from accessibility_checks.findings import DEFAULT_TAGS, Finding, PageResult
from accessibility_checks.history import latest_audit_of, record_run, trend
from accessibility_checks.models import AuditFinding, AuditRun

BASE = "http://127.0.0.1:8765"
CONTRAST = Finding(
    rule="color-contrast",
    impact="serious",
    description="Elements must meet minimum color contrast ratio thresholds",
    wcag=["wcag2aa", "wcag143"],
    selectors=[".pale"],
    help_url="https://dequeuniversity.com/rules/axe/4.10/color-contrast",
    source="axe",
)
ALT = Finding(rule="image-alt", impact="critical", description="Images must have alternative text")


@pytest.fixture
def admin_client(admin_client, admin_user):
    """The admin in English, the language these tests read the report in."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_client


def record(site_tree, findings, started_at=None, **extra):
    results = [
        PageResult(f"{BASE}{site_tree.birth.url}", lang="ca", title="Inscripció", findings=findings),
        PageResult(f"{BASE}{site_tree.life_event.url}", lang="ca", title="Tenir un fill"),
        PageResult(f"{BASE}/ca/search/?q=padro", lang="ca", title="Cerca"),
        *extra.get("more", []),
    ]
    return record_run(
        results, level="minor", tags=DEFAULT_TAGS, seconds=2.0, base_url=BASE, started_at=started_at
    )


@pytest.mark.django_db
def test_a_run_is_stored_with_its_findings_and_linked_to_the_pages_it_audited(site_tree):
    run = record(site_tree, [CONTRAST, ALT])
    assert (run.pages_audited, run.pages_failing, run.violations) == (3, 1, 2)
    assert run.pages_per_second == 1.5
    birth = run.pages.get(url__endswith=site_tree.birth.url)
    assert birth.page_id == site_tree.birth.pk and birth.violations == 2
    contrast = birth.findings.get(rule="color-contrast")
    assert contrast.criteria == ["1.4.3"] and contrast.selectors == [".pale"] and contrast.impact == "serious"
    # A view that is not a page (search) is stored without a page.
    assert run.pages.get(url__contains="/search/").page is None


@pytest.mark.django_db
def test_an_error_counts_as_a_failing_page(site_tree):
    broken = PageResult(f"{BASE}/ca/broken/", error="TimeoutException: page did not load")
    run = record(site_tree, [], more=[broken])
    assert run.pages_failing == 1 and run.violations == 0


@pytest.mark.django_db
def test_the_latest_audit_of_a_page_and_the_trend_follow_the_runs(site_tree):
    assert latest_audit_of(site_tree.birth) is None
    earlier = timezone.now() - timedelta(days=1)
    record(site_tree, [CONTRAST, ALT], started_at=earlier)
    record(site_tree, [CONTRAST])
    latest = latest_audit_of(site_tree.birth)
    assert [finding.rule for finding in latest.findings.all()] == ["color-contrast"]
    newest, oldest = trend()
    assert (newest.violations, newest.change, newest.change_size) == (1, -1, 1)
    assert oldest.change is None


@pytest.mark.django_db
def test_deleting_a_run_deletes_its_findings_but_deleting_a_page_keeps_the_history(site_tree):
    run = record(site_tree, [CONTRAST])
    site_tree.birth.delete()
    audited = run.pages.get(url__endswith="/inscripcio-naixement/")
    assert audited.page is None and audited.findings.count() == 1
    run.delete()
    assert not AuditFinding.objects.exists()


@pytest.mark.django_db
def test_the_report_shows_the_last_run_its_trend_and_each_pages_problems(admin_client, site_tree):
    record(site_tree, [CONTRAST, ALT], started_at=timezone.now() - timedelta(days=1))
    record(site_tree, [CONTRAST])
    response = admin_client.get("/admin/reports/accessibility/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "3 pages audited, 1 with problems, 1 problems in all" in html
    assert "1 fewer" in html  # the trend, against the run before
    assert f"/admin/pages/{site_tree.birth.pk}/edit/" in html
    assert "Elements must meet minimum color contrast ratio thresholds" in html and "WCAG 1.4.3" in html
    assert "Images must have alternative text" not in html, "only the latest run is listed"


@pytest.mark.django_db
def test_the_report_filters_pages_with_problems_and_exports(admin_client, site_tree):
    record(site_tree, [CONTRAST])
    only = admin_client.get("/admin/reports/accessibility/results/?problems=yes").content.decode()
    assert "Inscripció" in only and "Tenir un fill" not in only
    clean = admin_client.get("/admin/reports/accessibility/results/?problems=no").content.decode()
    assert "Tenir un fill" in clean and "color contrast" not in clean
    serious = admin_client.get("/admin/reports/accessibility/results/?impact=critical").content.decode()
    assert "Inscripció" not in serious
    export = admin_client.get("/admin/reports/accessibility/?export=csv")
    csv = b"".join(export.streaming_content).decode()
    assert "color-contrast (serious)" in csv and site_tree.birth.url in csv


@pytest.mark.django_db
def test_the_report_without_runs_says_how_to_make_one(admin_client, client, site_tree):
    html = admin_client.get("/admin/reports/accessibility/").content.decode()
    assert "No audit is stored yet" in html and "--record" in html
    assert client.get("/admin/reports/accessibility/").status_code == 302, "editors only"
    assert not AuditRun.objects.exists()


@pytest.mark.django_db
def test_the_page_editor_shows_the_latest_finding_for_that_page(admin_client, site_tree):
    edit = f"/admin/pages/{site_tree.birth.pk}/edit/"
    assert "No audit has checked this page yet" in admin_client.get(edit).content.decode()
    record(site_tree, [CONTRAST])
    html = admin_client.get(edit).content.decode()
    assert "the audit found 1 problem on the published page" in html
    assert "Elements must meet minimum color contrast ratio thresholds" in html
    clean = admin_client.get(f"/admin/pages/{site_tree.life_event.pk}/edit/").content.decode()
    assert "the audit found no problems on the published page" in clean


def test_the_editor_checker_runs_the_rules_ci_runs_and_wagtails_editorial_rules():
    config = AuditRulesCheckerItem().get_axe_configuration(RequestFactory().get("/"))
    assert config["options"]["runOnly"] == list(DEFAULT_TAGS)
    for rule in ContentCheckerItem.axe_run_only:
        assert config["options"]["rules"][rule] == {"enabled": True}


@pytest.mark.django_db
def test_the_report_makes_as_many_queries_for_many_pages_as_for_few(admin_client, site_tree):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert admin_client.get("/admin/reports/accessibility/results/").status_code == 200
        return len(captured)

    record(site_tree, [CONTRAST])
    few = queries()
    more = [PageResult(f"{BASE}/ca/extra-{n}/", findings=[ALT, CONTRAST]) for n in range(10)]
    record(site_tree, [CONTRAST, ALT], more=more)
    assert queries() == few
