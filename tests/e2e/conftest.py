import os
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Site

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


@pytest.fixture
def demo_site(live_server):
    """The Catalan demo content, served by pytest-django's live server; its address."""
    call_command("load_demo_content", "--catalan-only", stdout=StringIO())
    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.filter(is_default_site=True).update(hostname=host, port=int(port))
    return live_server.url
