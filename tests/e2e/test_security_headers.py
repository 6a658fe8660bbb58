"""The Content-Security-Policy in a real browser: the public pages (with the editor's userbar),
the page editor with its live preview and the accessibility audit all work with it on, and the
browser reports no blocked script, style or request."""

from io import StringIO

import pytest
from django.core.management import call_command
from selenium.common.exceptions import NoSuchFrameException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from life_events.models import ProcedurePage
from search.indexing import rebuild

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Runs before any script of each document (and frame): it records what the policy blocks.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
    + ` at ${event.sourceFile}:${event.lineNumber}`);
});
"""


@pytest.fixture
def recording_browser(browser):
    script = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_VIOLATIONS})
    yield browser
    browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", script)
    browser.delete_all_cookies()


def violations(browser):
    return browser.execute_script("return window.cspViolations || ['the recorder did not run'];")


def log_in(browser, base_url, django_user_model):
    django_user_model.objects.create_superuser("csp-admin", "csp@example.cat", "csp-password")
    browser.get(f"{base_url}/admin/login/")
    browser.find_element(By.NAME, "username").send_keys("csp-admin")
    browser.find_element(By.NAME, "password").send_keys("csp-password")
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, 20).until(lambda driver: "/admin/login/" not in driver.current_url)


def test_public_pages_with_the_userbar_and_search_suggestions_run_under_the_policy(
    recording_browser, demo_site, django_user_model
):
    browser = recording_browser
    rebuild()
    log_in(browser, demo_site, django_user_model)
    page = ProcedurePage.objects.live().filter(locale__language_code="ca").first()

    browser.get(demo_site + page.url)
    WebDriverWait(browser, 20).until(
        lambda driver: driver.execute_script(
            "const bar = document.querySelector('wagtail-userbar');"
            "return bar && bar.shadowRoot && bar.shadowRoot.querySelector('[data-wagtail-userbar]') !== null;"
        )
    )
    assert violations(browser) == []

    browser.get(demo_site + "/ca/search/")
    field = browser.find_element(By.ID, "search-page-query")
    field.send_keys("jubila")
    WebDriverWait(browser, 10).until(lambda _driver: field.get_attribute("aria-expanded") == "true")
    assert violations(browser) == []


def read_preview(browser):
    """The preview's heading and the violations inside it, or None while it is still loading."""
    browser.switch_to.default_content()
    frame = browser.find_element(By.ID, "w-preview-iframe")
    if not frame.get_attribute("src"):
        return None
    browser.switch_to.frame(frame)
    try:
        headings = browser.find_elements(By.TAG_NAME, "h1")
        return (headings[0].text, violations(browser)) if headings else None
    finally:
        browser.switch_to.default_content()


def test_the_page_editor_and_its_preview_run_under_the_admin_policy(
    recording_browser, demo_site, django_user_model
):
    browser = recording_browser
    log_in(browser, demo_site, django_user_model)
    page = ProcedurePage.objects.live().filter(locale__language_code="ca").first()
    browser.set_window_size(1400, 1000)

    browser.get(f"{demo_site}/admin/pages/{page.pk}/edit/")
    browser.find_element(By.CSS_SELECTOR, "button[data-side-panel-toggle='preview']").click()
    # The preview panel loads each refresh into a new iframe and swaps it in, so a frame found
    # a moment ago can be gone: read the heading and the violations in one retried step.
    heading, preview_violations = WebDriverWait(
        browser, 30, ignored_exceptions=(StaleElementReferenceException, NoSuchFrameException)
    ).until(read_preview)
    editor_violations = violations(browser)
    assert heading == page.title
    assert editor_violations == []
    assert preview_violations == []


def test_the_accessibility_audit_still_injects_axe_into_pages_under_the_policy(demo_site):
    page = ProcedurePage.objects.live().filter(locale__language_code="ca").first()
    output = StringIO()

    call_command("audit_accessibility", "--url", demo_site + page.url, "--workers", "1", stdout=output)

    # An audit that cannot inject axe reports the page as an error and the command fails.
    assert "1 pages in" in output.getvalue() and "; 0 with violations" in output.getvalue()
