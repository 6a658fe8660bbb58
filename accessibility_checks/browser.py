"""Debian's headless Chromium, driven by Selenium through Debian's chromedriver."""

import shutil

CHROMIUM_NAMES = ("chromium", "chromium-browser")
DRIVER_NAMES = ("chromedriver", "chromium-driver")


class BrowserUnavailable(Exception):
    """Chromium or its driver is missing: the message says what to install."""


def find(names):
    return next((path for name in names if (path := shutil.which(name))), None)


def new_browser(width=1280, height=900, javascript=True):
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException

    chromium, driver = find(CHROMIUM_NAMES), find(DRIVER_NAMES)
    if not chromium or not driver:
        missing = " and ".join(
            name for name, found in (("chromium", chromium), ("chromium-driver", driver)) if not found
        )
        raise BrowserUnavailable(
            f"The accessibility audit needs Debian's {missing}: apt-get install chromium chromium-driver"
        )
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        f"--window-size={width},{height}",
    ):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    try:
        browser = webdriver.Chrome(options=options, service=webdriver.ChromeService(driver))
    except WebDriverException as error:
        raise BrowserUnavailable(f"Chromium did not start: {error.msg}") from error
    browser.set_page_load_timeout(60)
    browser.set_script_timeout(60)
    return browser
