"""Audit pages with axe-core and the portal's own checks, one reused browser per worker."""

import re
import threading
import time
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from axe_selenium_python import Axe

from portal.languages import codes

from . import checks
from .browser import new_browser
from .findings import DEFAULT_TAGS, Finding, PageResult

DESKTOP = 1280
LANGUAGE_PREFIX = re.compile(r"^/([a-z]{2})(?:/|$)")
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
OPEN_FEEDBACK = (
    "var problem = document.getElementById('feedback-problem'); if (problem) { problem.open = true; }"
)


# Pages the sitemap does not list, from apps above this one (a plan with sample answers...):
# each provider takes the languages and returns paths, with their query, to audit as well.
TARGET_PROVIDERS = []


def register_targets(provider):
    TARGET_PROVIDERS.append(provider)
    return provider


@dataclass
class Target:
    url: str
    expect_error: bool = False
    # Run in the page once it has loaded, to audit a state a person reaches: a disclosure opened.
    script: str = ""


def expected_language(url):
    match = LANGUAGE_PREFIX.match(urllib.parse.urlsplit(url).path)
    return match.group(1) if match else ""


def site_targets(base_url, languages=None, timeout=30):
    """Every page of the sitemap (every live page in every locale) and the views that are not pages,
    in `languages` (by default every language of this site)."""
    base_url = base_url.rstrip("/")
    with urllib.request.urlopen(f"{base_url}/sitemap.xml", timeout=timeout) as response:  # noqa: S310
        tree = ET.fromstring(response.read())  # noqa: S314  (our own sitemap)
    urls = []
    for loc in tree.iterfind(".//sm:url/sm:loc", SITEMAP_NS):
        path = urllib.parse.urlsplit(loc.text.strip())
        urls.append(f"{base_url}{path.path}{'?' + path.query if path.query else ''}")
    targets = [Target(url) for url in dict.fromkeys(urls)]
    for language in languages or codes():
        targets += [
            Target(f"{base_url}/{language}/search/?q=padro"),
            Target(f"{base_url}/{language}/search/?q=zzqxw"),
            Target(f"{base_url}/{language}/search/?q="),  # the search form's empty state
            Target(f"{base_url}/{language}/no-such-page-for-the-audit/", expect_error=True),
            # "Is this page useful?" with its questions open, and after an answer was sent.
            Target(f"{base_url}/{language}/", script=OPEN_FEEDBACK),
            Target(f"{base_url}/{language}/?feedback=thanks"),
        ]
    for provider in TARGET_PROVIDERS:
        targets += [Target(f"{base_url}{path}") for path in provider(tuple(languages or codes()))]
    return targets


@dataclass
class Auditor:
    tags: tuple = DEFAULT_TAGS
    workers: int = 1
    beyond_axe: bool = True
    on_result: object = None  # called with each PageResult as it comes
    _local: threading.local = field(default_factory=threading.local)
    _browsers: list = field(default_factory=list)

    def audit(self, targets):
        targets = [target if isinstance(target, Target) else Target(target) for target in targets]
        try:
            with ThreadPoolExecutor(max_workers=max(1, self.workers)) as pool:
                results = list(pool.map(self.audit_one, targets))
        finally:
            for browser in self._browsers:
                browser.quit()
        if self.beyond_axe:
            checks.duplicate_titles(results)
        return results

    def browser(self):
        if getattr(self._local, "browser", None) is None:
            self._local.browser = new_browser(width=DESKTOP)
            self._browsers.append(self._local.browser)
        return self._local.browser

    def audit_one(self, target):
        started = time.perf_counter()
        result = PageResult(target.url, expect_error=target.expect_error)
        browser = self.browser()
        try:
            browser.set_window_size(DESKTOP, 900)
            browser.get(target.url)
            if target.script:
                browser.execute_script(target.script)
            result.title = browser.title
            result.lang = browser.execute_script("return document.documentElement.getAttribute('lang') || ''")
            axe = Axe(browser)
            axe.inject()
            response = axe.run(options={"runOnly": {"type": "tag", "values": list(self.tags)}})
            result.findings = [Finding.from_axe(violation) for violation in response["violations"]]
            if self.beyond_axe:
                result.findings += self.beyond(browser, target)
        except Exception as error:  # noqa: BLE001  (one broken page must not stop the audit)
            result.error = f"{type(error).__name__}: {error}".splitlines()[0][:500]
        result.seconds = time.perf_counter() - started
        if self.on_result:
            self.on_result(result)
        return result

    def beyond(self, browser, target):
        # The skip link first: it needs the page as it loads, before anything had focus.
        findings = checks.skip_link(browser)
        browser.get(target.url)
        findings += checks.keyboard(browser)
        findings += checks.lang_matches(browser, expected_language(target.url))
        findings += checks.zoom_200(browser, DESKTOP)
        findings += checks.reflow(browser)
        return findings
