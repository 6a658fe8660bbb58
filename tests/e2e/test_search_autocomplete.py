"""Autocomplete in a real browser: an ARIA combobox over the search field, keyboard first."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as conditions
from selenium.webdriver.support.ui import WebDriverWait

from search.indexing import rebuild

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_suggestions_follow_the_combobox_pattern_and_enter_opens_one(browser, demo_site):
    rebuild()
    browser.set_window_size(320, 900)
    browser.get(demo_site + "/ca/search/")
    field = browser.find_element(By.ID, "search-page-query")
    assert field.get_attribute("role") == "combobox"
    assert field.get_attribute("aria-expanded") == "false"
    field.send_keys("jubila")
    wait = WebDriverWait(browser, 5)
    wait.until(lambda _driver: field.get_attribute("aria-expanded") == "true")
    listbox = browser.find_element(By.ID, field.get_attribute("aria-controls"))
    assert listbox.get_attribute("role") == "listbox"
    options = listbox.find_elements(By.CSS_SELECTOR, "[role=option]")
    assert options and all("jubila" in option.text.lower() for option in options)

    field.send_keys(Keys.ARROW_DOWN)
    active = field.get_attribute("aria-activedescendant")
    assert active == options[0].get_attribute("id")
    assert options[0].get_attribute("aria-selected") == "true"
    assert browser.switch_to.active_element == field  # focus stays in the field

    field.send_keys(Keys.ESCAPE)
    assert field.get_attribute("aria-expanded") == "false"

    field.send_keys("c")  # "jubilac": the list opens again
    wait.until(lambda _driver: field.get_attribute("aria-expanded") == "true")
    first = browser.find_element(By.CSS_SELECTOR, "[role=option]")
    title = first.text.splitlines()[0]
    field.send_keys(Keys.ARROW_DOWN, Keys.ENTER)
    wait.until(conditions.title_contains(title[:20]))
    assert "/search/" not in browser.current_url
