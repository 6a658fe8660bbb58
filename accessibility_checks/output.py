"""The audit's output files: report.json for tools, junit.xml for CI, report.html for people."""

import json
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from django.template.loader import render_to_string


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
    context = {
        "results": results,
        "level": level,
        "seconds": meta.get("seconds", 0),
        "pages_per_second": meta.get("pages_per_second", 0),
        "tags": meta.get("tags", []),
        "by_rule": sorted(by_rule.items()),
        "failing_pages": [result for result in results if result.findings or result.error],
    }
    path.write_text(render_to_string("accessibility_checks/audit_report.html", context), encoding="utf-8")
