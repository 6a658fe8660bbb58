"""'Is this page useful?' in a real browser, with JavaScript and without it."""

from io import StringIO

import pytest
from django.core.management import call_command
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from accessibility_checks.audit import OPEN_FEEDBACK, Auditor, Target
from feedback.models import BetaService, PageFeedback

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def click(browser, element):
    # At once: the stylesheet scrolls smoothly, and a click during the scroll lands elsewhere.
    browser.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element)
    element.click()


def test_with_javascript_no_opens_the_questions_and_the_answer_is_sent_in_place(browser, demo_site):
    browser.get(demo_site + "/ca/")
    address = browser.current_url
    no = browser.find_element(By.CSS_SELECTOR, "[data-feedback-no]")
    click(browser, no)
    assert no.get_attribute("aria-expanded") == "true"
    assert browser.find_element(By.ID, "feedback-problem").get_attribute("open") is not None
    assert browser.switch_to.active_element.get_attribute("id") == "feedback-trying"
    browser.switch_to.active_element.send_keys("Buscava el meu DNI 12345678Z")
    browser.find_element(By.ID, "feedback-wrong").send_keys("No ho trobo")
    click(browser, browser.find_element(By.CSS_SELECTOR, "#feedback-problem button[type=submit]"))
    heading = browser.find_element(By.ID, "feedback-heading")
    WebDriverWait(browser, 5).until(lambda _driver: heading.is_displayed() and heading.text)
    assert browser.current_url == address  # sent without leaving the page
    assert browser.switch_to.active_element == heading
    stored = PageFeedback.objects.get()
    assert (stored.useful, stored.trying, stored.wrong) == (False, "Buscava el meu DNI [id]", "No ho trobo")


def test_without_javascript_yes_posts_and_comes_back_with_a_thank_you(browser_without_javascript, demo_site):
    browser = browser_without_javascript
    browser.get(demo_site + "/ca/")
    click(browser, browser.find_element(By.CSS_SELECTOR, "button[name=useful][value=yes]"))
    WebDriverWait(browser, 5).until(lambda driver: "feedback=thanks" in driver.current_url)
    assert browser.find_element(By.CSS_SELECTOR, ".page-feedback__thanks").is_displayed()
    assert PageFeedback.objects.get().useful is True


def test_without_javascript_a_problem_is_reported_from_its_disclosure(browser_without_javascript, demo_site):
    browser = browser_without_javascript
    browser.get(demo_site + "/ca/search/")
    click(browser, browser.find_element(By.CSS_SELECTOR, "#feedback-problem summary"))
    browser.find_element(By.ID, "feedback-wrong").send_keys("No surt res")
    click(browser, browser.find_element(By.CSS_SELECTOR, "#feedback-problem button[type=submit]"))
    WebDriverWait(browser, 5).until(lambda driver: "feedback=thanks" in driver.current_url)
    stored = PageFeedback.objects.get()
    assert (stored.on_search, stored.useful, stored.wrong) == (True, False, "No surt res")


def test_the_feedback_form_open_and_sent_the_beta_banner_and_the_new_pages_pass_the_audit(demo_site):
    call_command("load_demo_feedback", stdout=StringIO())
    beta = BetaService.objects.select_related("page", "survey").get()
    targets = [
        Target(demo_site + "/ca/", script=OPEN_FEEDBACK),
        Target(demo_site + "/ca/?feedback=thanks"),
        Target(demo_site + beta.page.url),
        Target(demo_site + beta.survey.url),
        Target(demo_site + "/ca/citizen-panel/"),
        Target(demo_site + "/ca/privacy/"),
    ]
    results = Auditor(workers=1).audit(targets)
    problems = [
        f"{result.url}: {result.error or ', '.join(f'{f.rule} ({f.impact}) at {f.selectors[:2]}' for f in result.findings)}"
        for result in results
        if result.findings or result.error
    ]
    assert len(results) == len(targets)
    assert not problems, "\n".join(problems)
