"""An editor sees plain-language issues in the Checks panel while writing, in a real browser."""

import time
from io import StringIO

import pytest
from django.core.management import call_command
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from wagtail.models import Site

from life_events.models import ProcedurePage
from plain_language.glossary import GlossaryTerm

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

JARGON = (
    "Als efectes de procedir a la tramitació de la sol·licitud, les persones interessades hauran de "
    "formalitzar la documentació corresponent dins del termini establert per la normativa vigent."
)


def test_the_checks_panel_lists_jargon_and_long_sentences_as_the_editor_types(browser, live_server):
    # An earlier transactional test's flush removes what the test database was given: load the
    # glossary again, and use the superuser account, since Wagtail's Editors group may be gone.
    GlossaryTerm.load_shipped()
    call_command(
        "load_demo_content", "--with-demo-users", "--catalan-only", stdout=StringIO(), stderr=StringIO()
    )
    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.filter(is_default_site=True).update(hostname=host, port=int(port))
    page = ProcedurePage.objects.get(slug="inscripcio-naixement")
    browser.set_window_size(1400, 1000)
    browser.get(f"{live_server.url}/admin/login/")
    browser.find_element(By.NAME, "username").send_keys("admin")
    browser.find_element(By.NAME, "password").send_keys("fets-vitals-demo")
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    browser.get(f"{live_server.url}/admin/pages/{page.pk}/edit/")
    summary = browser.find_element(By.NAME, "summary")
    summary.clear()
    summary.send_keys(JARGON)
    time.sleep(1)  # let the preview refresh with the new text
    browser.find_element(By.CSS_SELECTOR, "button[data-side-panel-toggle='checks']").click()
    panel = browser.find_element(By.CSS_SELECTOR, "[data-side-panel='checks']")
    WebDriverWait(browser, 20).until(
        lambda driver: "Sentence too long" in panel.text or "massa llarga" in panel.text
    )
    assert "Jargon" in panel.text or "Argot" in panel.text
