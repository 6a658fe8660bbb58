"""What a person sees in a real browser: no sideways scrolling on a phone, a working skip link."""

from io import StringIO

import pytest
from django.core.management import call_command
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from wagtail.models import Page

from life_events.models import ProcedurePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = (320, 1280)


def horizontal_overflow(browser):
    return browser.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_no_demo_page_scrolls_sideways_on_a_phone_or_a_desktop(browser, demo_site):
    call_command("load_demo_content", stdout=StringIO())  # and its translations
    # Every Catalan page, and in the other languages the pages with the longest titles and
    # words side by side: the home page and every life event.
    pages = Page.objects.live().filter(depth__gt=1)
    urls = [page.url for page in pages.filter(locale__language_code="ca").specific()]
    urls += [
        page.url for page in pages.exclude(locale__language_code="ca").not_type(ProcedurePage).specific()
    ]
    urls += ["/ca/search/?q=naixement", "/ca/search/?q=zzzz", "/ca/no-existeix/"]
    overflowing = []
    for width in WIDTHS:
        browser.set_window_size(width, 900)
        for url in urls:
            browser.get(demo_site + url)
            if (overflow := horizontal_overflow(browser)) > 0:
                overflowing.append(f"{url} at {width}px: {overflow}px too wide")
    assert not overflowing, "\n".join(overflowing)


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_main_content(browser, demo_site):
    browser.set_window_size(320, 900)
    browser.get(demo_site + "/ca/")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    skip = browser.switch_to.active_element
    assert skip.get_attribute("href").endswith("#main")
    assert skip.is_displayed(), "the skip link becomes visible when it has focus"
    skip.send_keys(Keys.ENTER)
    assert browser.switch_to.active_element.get_attribute("id") == "main"


def test_a_citizen_goes_from_the_home_page_to_a_procedure_without_javascript(
    browser_without_javascript, demo_site
):
    browser = browser_without_javascript
    browser.set_window_size(320, 900)
    browser.get(demo_site + "/ca/")
    # Links are followed with the keyboard, as a person without a mouse would.
    browser.find_element(By.LINK_TEXT, "Tenir un fill").send_keys(Keys.ENTER)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Tenir un fill"
    first_procedure = browser.find_element(By.CSS_SELECTOR, "#pas-1 .procedure-summary__title a")
    title = first_procedure.text
    first_procedure.send_keys(Keys.ENTER)
    assert browser.find_element(By.TAG_NAME, "h1").text == title
    next_step = browser.find_element(By.CSS_SELECTOR, ".journey-place a[rel=next]")
    next_step.send_keys(Keys.ENTER)
    assert "#pas-2" in browser.current_url
