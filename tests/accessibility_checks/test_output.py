"""The audit's report for people: every finding by rule and by page, and nothing a page says runs."""

from accessibility_checks.findings import Finding, PageResult
from accessibility_checks.output import write_html

HOSTILE = "<script>alert(1)</script>"


def test_the_html_report_lists_findings_by_rule_and_page_and_escapes_what_pages_supplied(tmp_path):
    finding = Finding("color-contrast", "serious", f"Low contrast {HOSTILE}", ["wcag143"], [f"p > {HOSTILE}"])
    results = [
        PageResult(f"https://example.org/ca/?q={HOSTILE}", findings=[finding]),
        PageResult("https://example.org/es/", error=f"Timed out {HOSTILE}"),
        PageResult("https://example.org/en/"),
    ]
    path = tmp_path / "report.html"

    write_html(results, path, "minor", {"seconds": 12.0, "pages_per_second": 0.25, "tags": ["wcag2aa"]})

    html = path.read_text(encoding="utf-8")
    assert "3 pages audited in 12 s (0.25 pages/s)" in html
    assert "2 pages with findings, 1 rules broken." in html
    assert '<h3 id="rule-color-contrast">' in html and "WCAG 1.4.3" in html
    assert '<a href="#rule-color-contrast">color-contrast</a> (serious)' in html
    assert HOSTILE not in html and "&lt;script&gt;" in html


def test_a_clean_audit_says_so(tmp_path):
    write_html([PageResult("https://example.org/ca/")], tmp_path / "report.html", "minor", {})
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "No violations." in html and "Every page passes." in html
