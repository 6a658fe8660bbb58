"""The audit's reports: report.json for tools, junit.xml for CI, report.html for people."""

import json
import xml.etree.ElementTree as ET
from collections import defaultdict
from html import escape
from pathlib import Path


def write_reports(results, directory, level, meta):
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    write_json(results, directory / "report.json", level, meta)
    write_junit(results, directory / "junit.xml", level)
    write_html(results, directory / "report.html", level, meta)
    return directory


def write_json(results, path, level, meta):
    data = {
        **meta,
        "fail_on": level,
        "pages": [result.as_dict() for result in results],
        "failing_pages": sum(bool(result.failing(level) or result.error) for result in results),
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def write_junit(results, path, level):
    suite = ET.Element(
        "testsuite",
        name="accessibility",
        tests=str(len(results)),
        failures=str(sum(bool(result.failing(level)) for result in results)),
        errors=str(sum(bool(result.error) for result in results)),
        time=f"{sum(result.seconds for result in results):.3f}",
    )
    for result in results:
        case = ET.SubElement(
            suite, "testcase", classname="accessibility", name=result.url, time=f"{result.seconds:.3f}"
        )
        if result.error:
            ET.SubElement(case, "error", message=result.error)
        failing = result.failing(level)
        if failing:
            failure = ET.SubElement(case, "failure", message=f"{len(failing)} violations")
            failure.text = "\n".join(
                f"[{item.impact}] {item.rule}: {item.description} ({', '.join(item.selectors[:5])})"
                for item in failing
            )
    ET.ElementTree(suite).write(path, encoding="utf-8", xml_declaration=True)


def write_html(results, path, level, meta):
    by_rule = defaultdict(list)
    for result in results:
        for finding in result.findings:
            by_rule[finding.rule].append((result, finding))
    failing_pages = [result for result in results if result.findings or result.error]
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        "<title>Accessibility audit</title>",
        "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:70rem;margin:auto;padding:1rem}"
        "code{word-break:break-all}.serious,.critical{color:#a00}table{border-collapse:collapse}"
        "td,th{border:1px solid #888;padding:.25rem .5rem;text-align:left}</style></head><body>",
        "<h1>Accessibility audit</h1>",
        f"<p>{len(results)} pages audited in {meta.get('seconds', 0):.0f} s "
        f"({meta.get('pages_per_second', 0):.2f} pages/s). Rules: {escape(', '.join(meta.get('tags', [])))}. "
        f"Fails on: {escape(level)} and above.</p>",
        f"<p><strong>{len(failing_pages)} pages with findings, {len(by_rule)} rules broken.</strong></p>",
        "<h2>By rule</h2>",
    ]
    if not by_rule:
        parts.append("<p>No violations.</p>")
    for rule, items in sorted(by_rule.items()):
        finding = items[0][1]
        parts.append(
            f"<h3 id='rule-{escape(rule)}'>{escape(rule)} <span class='{escape(finding.impact)}'>"
            f"({escape(finding.impact)})</span></h3><p>{escape(finding.description)} "
            f"WCAG {escape(', '.join(finding.criteria) or '-')}. "
            f"<a href='{escape(finding.help_url)}'>How to fix it</a></p><ul>"
        )
        for result, item in items:
            selectors = ", ".join(item.selectors[:5])
            link = f"<a href='{escape(result.url)}'>{escape(result.url)}</a>"
            parts.append(f"<li>{link}: <code>{escape(selectors)}</code></li>")
        parts.append("</ul>")
    parts.append("<h2>By page</h2>")
    if not failing_pages:
        parts.append("<p>Every page passes.</p>")
    else:
        parts.append("<table><thead><tr><th>Page</th><th>Findings</th></tr></thead><tbody>")
        for result in failing_pages:
            items = [
                f"<a href='#rule-{escape(f.rule)}'>{escape(f.rule)}</a> ({escape(f.impact)})"
                for f in result.findings
            ]
            if result.error:
                items.append(f"error: {escape(result.error)}")
            link = f"<a href='{escape(result.url)}'>{escape(result.url)}</a>"
            parts.append(f"<tr><td>{link}</td><td>{', '.join(items)}</td></tr>")
        parts.append("</tbody></table>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")
