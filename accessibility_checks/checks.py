"""Checks that axe cannot make, run in the same browser on the same page.

Each returns a list of Findings. They need a real layout engine (overflow, focus styles) or
a real keyboard (the skip link), which is why they live beside axe and not in a linter.
"""

import urllib.parse
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from .findings import Finding

SCRIPTS = Path(__file__).resolve().parent / "scripts"


def script(name):
    return (SCRIPTS / name).read_text(encoding="utf-8")


WCAG_REFLOW = ["wcag21aa", "wcag1410"]
WCAG_RESIZE = ["wcag2aa", "wcag144"]

# Before pressing Tab: remember how every tabbable element looks without focus, and record
# each element that real Tab presses focus, with how it looks then.
PREPARE_SCRIPT = script("keyboard_prepare.js")
RESULT_SCRIPT = script("keyboard_result.js")
STILL_TABBING_SCRIPT = (
    "const audit = window.__keyboardAudit;"
    " return document.activeElement !== document.body && audit.expected.some(el => !audit.reached.has(el));"
)
TOO_WIDE_SCRIPT = script("too_wide.js")
TAB = {"key": "Tab", "code": "Tab", "windowsVirtualKeyCode": 9, "nativeVirtualKeyCode": 9}
MAX_TABS = 400


def press_tab(browser):
    browser.execute_cdp_cmd("Input.dispatchKeyEvent", {"type": "rawKeyDown", **TAB})
    browser.execute_cdp_cmd("Input.dispatchKeyEvent", {"type": "keyUp", **TAB})


def lang_matches(browser, expected):
    if not expected:
        return []
    found = browser.execute_script("return document.documentElement.getAttribute('lang') || ''")
    if found.split("-")[0].lower() == expected:
        return []
    return [
        Finding(
            rule="page-lang-matches-locale",
            impact="serious",
            description=f"The page is in '{expected}' but its html element says lang=\"{found}\".",
            wcag=["wcag2a", "wcag311"],
            selectors=["html"],
        )
    ]


def keyboard(browser):
    """Press Tab through the page: every link, button and field gets focus, and shows it."""
    expected = browser.execute_script(PREPARE_SCRIPT)
    presses = min(expected + 1, MAX_TABS)
    for _ in range(presses):
        press_tab(browser)
    # Some fields are several Tab stops (a date field's day, month and year): go on while
    # something expected is still unreached, until focus leaves the page's last stop.
    while presses < MAX_TABS and browser.execute_script(STILL_TABBING_SCRIPT):
        press_tab(browser)
        presses += 1
    unreachable, invisible = browser.execute_script(RESULT_SCRIPT)
    findings = []
    if unreachable:
        findings.append(
            Finding(
                rule="keyboard-reachable",
                impact="serious",
                description="Links, buttons or fields that the Tab key never reaches.",
                wcag=["wcag2a", "wcag211"],
                selectors=unreachable,
            )
        )
    if invisible:
        findings.append(
            Finding(
                rule="focus-visible",
                impact="serious",
                description="Elements that look the same with and without keyboard focus.",
                wcag=["wcag2aa", "wcag247"],
                selectors=invisible,
            )
        )
    return findings


def skip_link(browser):
    """The first Tab stop is a link to the main content, and following it moves focus there."""
    browser.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    first = browser.switch_to.active_element
    href = first.get_attribute("href") or ""
    target = href.partition("#")[2]
    problem = None
    if not target:
        problem = "The first Tab stop is not a link that skips to the main content."
    else:
        first.send_keys(Keys.ENTER)
        moved = browser.execute_script(
            "const t = document.getElementById(arguments[0]);"
            "return !!t && (t === document.activeElement || t.contains(document.activeElement));",
            target,
        )
        if not moved:
            problem = f"The skip link to #{target} does not move keyboard focus there (give it tabindex=-1)."
    if problem is None:
        return []
    return [Finding(rule="skip-link", impact="serious", description=problem, wcag=["wcag2a", "wcag241"])]


def overflow(browser, width, rule, description, wcag):
    browser.set_window_size(width, 900)
    extra = browser.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    if extra <= 0:
        return []
    wide = browser.execute_script(TOO_WIDE_SCRIPT)
    return [
        Finding(
            rule=rule,
            impact="serious",
            description=f"{description} ({extra} px wider than the screen).",
            wcag=wcag,
            selectors=wide,
        )
    ]


def reflow(browser):
    return overflow(
        browser, 320, "reflow-320", "The page scrolls sideways on a 320 px wide screen", WCAG_REFLOW
    )


def zoom_200(browser, desktop_width=1280):
    # At 200% zoom a 1280 px window lays the page out in 640 CSS pixels.
    return overflow(
        browser,
        desktop_width // 2,
        "resize-200",
        "At 200% zoom the page scrolls sideways and cuts off text",
        WCAG_RESIZE,
    )


def duplicate_titles(results):
    """Pages of the same language that share a title: a person cannot tell their tabs apart."""
    by_title = {}
    for result in results:
        if result.title and not result.error and not result.expect_error:
            by_title.setdefault((result.lang, result.title), []).append(result)
    for pages in by_title.values():
        # States of one address (a form opened, a thank-you shown) are one page, not two.
        if len({urllib.parse.urlsplit(page.url).path for page in pages}) > 1:
            for result in pages:
                path = urllib.parse.urlsplit(result.url).path
                others = [page.url for page in pages if urllib.parse.urlsplit(page.url).path != path]
                if not others:
                    continue
                result.findings.append(
                    Finding(
                        rule="title-unique",
                        impact="moderate",
                        description=f"Another page has the same title: {', '.join(others[:3])}",
                        wcag=["wcag2a", "wcag242"],
                        selectors=["title"],
                    )
                )
