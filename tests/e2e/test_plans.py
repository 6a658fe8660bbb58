"""A plan in a real browser: the form without JavaScript, ticks kept on the device with it, 320 px."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BIRTH = "/ca/fets-vitals/tenir-un-fill/"


def test_the_form_gives_a_plan_without_javascript(browser_without_javascript, demo_site):
    browser = browser_without_javascript
    browser.get(demo_site + BIRTH)
    # By keyboard, as someone without a mouse would answer.
    browser.find_element(By.ID, "plan-treballes-no").send_keys(Keys.SPACE)
    browser.find_element(By.ID, "plan-fills").send_keys("1")
    browser.find_element(By.CSS_SELECTOR, ".plan-form button[type=submit]").send_keys(Keys.ENTER)
    # Enter starts the navigation and returns at once: wait for the plan to load.
    WebDriverWait(browser, 20).until(lambda driver: "/plan/?" in driver.current_url)
    assert "treballes=no" in browser.current_url
    steps = browser.find_element(By.CSS_SELECTOR, ".plan-steps").text
    assert "Inscriu el naixement" in steps
    assert "prestació per naixement" not in steps  # only for people who work
    assert not browser.find_element(By.CSS_SELECTOR, "[data-plan-buttons]").is_displayed()


def test_ticks_stay_on_the_device_and_the_plan_fits_a_phone(browser, demo_site):
    browser.set_window_size(320, 900)
    url = f"{demo_site}{BIRTH}plan/?date=2026-12-22&treballes=yes&fills=3"
    browser.get(url)
    browser.find_element(By.CSS_SELECTOR, "[data-plan-step]").send_keys(Keys.SPACE)
    assert browser.find_element(By.CSS_SELECTOR, "[data-plan-buttons]").is_displayed()
    browser.get(url)
    assert browser.find_element(By.CSS_SELECTOR, "[data-plan-step]").is_selected()
    width = browser.execute_script("return document.documentElement.scrollWidth")
    assert width <= 320
    assert "dilluns 4 de gener de 2027" in browser.find_element(By.CSS_SELECTOR, ".plan-steps").text
