"""The audit finds known violations on pages built to have them, and passes a clean page."""

import json
import os
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from accessibility_checks.browser import BrowserUnavailable, find
from accessibility_checks.models import AuditRun

pytestmark = pytest.mark.browser

if not (find(("chromium", "chromium-browser")) and find(("chromedriver",))):
    reason = (
        "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)"
    )
    if os.environ.get("CI") == "true":
        raise RuntimeError(reason)
    pytest.skip(reason, allow_module_level=True)

CLEAN = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clean page</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px sans-serif;color:#111;background:#fff;margin:0}a{color:#1d4f91}
.skip{position:absolute;top:-4rem}.skip:focus{top:0}:focus-visible{outline:3px solid #111}</style></head>
<body><a class="skip" href="#main">Skip to the content</a><header><p>Portal</p></header>
<main id="main" tabindex="-1"><h1>Clean page</h1><p>Read <a href="#more">more</a>.</p>
<form><fieldset><legend>Do you work?</legend><input type="radio" id="yes" name="work" value="yes">
<label for="yes">Yes</label> <input type="radio" id="no" name="work" value="no" checked><label for="no">No</label>
</fieldset><label for="day">Day</label> <input type="date" id="day" name="day">
<label for="q">Search</label> <input id="q" name="q"> <button>Search</button></form></main></body></html>"""

BROKEN = """<!doctype html><html><head><meta charset="utf-8"><title>Broken page</title>
<style>.pale{color:#bbb;background:#fff}.wide{width:900px}a:focus,button:focus{outline:none}</style></head>
<body><main><h1>Broken page</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<p class="pale">Text with too little contrast.</p><input name="nolabel"><a href="/x"></a><button></button>
<div class="wide">Too wide for a phone.</div></main></body></html>"""


@pytest.fixture
def pages(tmp_path):
    (tmp_path / "clean.html").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "broken.html").write_text(BROKEN, encoding="utf-8")
    return {name: (tmp_path / f"{name}.html").as_uri() for name in ("clean", "broken")}


def audit(*arguments):
    output = []

    class Out:
        def write(self, text):
            output.append(text)

        def flush(self):
            pass

    try:
        call_command("audit_accessibility", *arguments, stdout=Out())
    except CommandError as error:
        return error.returncode, "".join(output) + str(error)
    return 0, "".join(output)


def test_a_clean_page_passes(pages):
    # Its radio group is one Tab stop (the checked button) and its date field three (day, month,
    # year): the keyboard check must reach every stop after them all the same.
    code, output = audit("--url", pages["clean"], "--workers", "1")
    assert code == 0, output
    assert "0 with violations" in output


def test_known_violations_are_found_and_reported_in_three_formats(pages, tmp_path):
    code, output = audit("--url", pages["broken"], "--url", pages["clean"], "--output", str(tmp_path / "out"))
    assert code == 1 and "1 pages fail" in output
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    [broken] = [page for page in report["pages"] if page["url"] == pages["broken"]]
    rules = {violation["rule"] for violation in broken["violations"]}
    for rule in ("image-alt", "label", "color-contrast", "html-has-lang", "link-name", "button-name"):
        assert rule in rules, f"axe should find {rule}"
    for rule in ("skip-link", "focus-visible", "reflow-320"):
        assert rule in rules, f"the portal's own checks should find {rule}"
    contrast = next(v for v in broken["violations"] if v["rule"] == "color-contrast")
    assert contrast["impact"] == "serious" and "1.4.3" in contrast["criteria"] and contrast["selectors"]
    assert contrast["help_url"].startswith("https://")

    suite = ET.parse(tmp_path / "out" / "junit.xml").getroot()
    assert (suite.get("tests"), suite.get("failures")) == ("2", "1")
    html = (tmp_path / "out" / "report.html").read_text()
    assert "color-contrast" in html and pages["broken"] in html


def test_fail_on_sets_the_level_that_fails(pages):
    # The broken page has critical violations (image-alt, label); nothing passes "critical".
    assert audit("--url", pages["broken"], "--fail-on", "critical", "--axe-only")[0] == 1
    # A clean page passes whatever the level.
    assert audit("--url", pages["clean"], "--fail-on", "serious")[0] == 0


def test_tags_choose_the_axe_rules(pages):
    _code, output = audit("--url", pages["broken"], "--tags", "best-practice", "--axe-only")
    assert "1 pages in" in output, "the audit ran"
    assert "image-alt" not in output and "color-contrast" not in output


def test_without_pages_or_without_chromium_the_command_explains(monkeypatch, pages):
    code, output = audit()
    assert code == 1 and "--base-url" in output

    def missing(*args, **kwargs):
        raise BrowserUnavailable(
            "The accessibility audit needs Debian's chromium: apt-get install chromium chromium-driver"
        )

    monkeypatch.setattr("accessibility_checks.management.commands.audit_accessibility.new_browser", missing)
    code, output = audit("--url", pages["clean"])
    assert code == 1 and "apt-get install chromium" in output


@pytest.mark.django_db
def test_record_stores_the_run_and_its_findings(pages):
    code, output = audit("--url", pages["broken"], "--url", pages["clean"], "--record", "--axe-only")
    assert code == 1 and "Stored as audit run" in output
    run = AuditRun.objects.get()
    assert (run.pages_audited, run.pages_failing) == (2, 1)
    broken = run.pages.get(url=pages["broken"])
    assert broken.findings.filter(rule="image-alt", impact="critical").exists()
    assert run.pages.get(url=pages["clean"]).violations == 0


def test_serve_and_base_url_exclude_each_other():
    code, output = audit("--serve", "--base-url", "http://127.0.0.1:1")
    assert code != 0 and "not both" in output
