import os

import pytest

from accessibility_checks.browser import BrowserUnavailable, new_browser


def start_chromium(javascript=True):
    """A headless Chromium (Debian's chromium and chromium-driver), with or without JavaScript."""
    try:
        return new_browser(javascript=javascript)
    except BrowserUnavailable as error:
        if os.environ.get("CI") == "true":
            pytest.fail(str(error))
        pytest.skip(str(error))


@pytest.fixture(scope="session")
def browser():
    driver = start_chromium()
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def browser_without_javascript():
    driver = start_chromium(javascript=False)
    yield driver
    driver.quit()
