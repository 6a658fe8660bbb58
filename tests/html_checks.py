"""Checks every rendered page must pass: the structure assistive technology relies on."""

import re
from collections import Counter

from bs4 import BeautifulSoup
from django.conf import settings

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


def accessible_name(element, soup):
    if element.get("aria-label", "").strip():
        return element["aria-label"].strip()
    if element.get("aria-labelledby"):
        return " ".join(
            soup.find(id=ref).get_text(" ", strip=True) for ref in element["aria-labelledby"].split()
        )
    text = element.get_text(" ", strip=True)
    images = " ".join(img.get("alt", "") for img in element.find_all("img"))
    return (text + " " + images).strip()


def html_problems(html):
    """Every problem found in a page, as plain sentences; an empty list means it passes."""
    soup = BeautifulSoup(html, "html.parser")
    problems = []
    if not html.lstrip().lower().startswith("<!doctype html>"):
        problems.append("the page does not start with <!doctype html>")
    root = soup.find("html")
    if root is None or root.get("lang") not in LANGUAGE_CODES:
        problems.append(f"<html> has no valid lang: {root and root.get('lang')!r}")
    if not (soup.title and soup.title.get_text(strip=True)):
        problems.append("the page has no <title>")
    if not soup.find("meta", attrs={"name": "viewport"}):
        problems.append("no viewport meta element")
    h1s = soup.find_all("h1")
    if len(h1s) != 1:
        problems.append(f"{len(h1s)} h1 elements instead of one")
    problems += heading_order_problems(soup)
    for landmark in ("header", "main", "footer", "nav"):
        if not soup.find(landmark):
            problems.append(f"no <{landmark}> landmark")
    if len(soup.find_all("main")) > 1:
        problems.append("more than one <main>")
    skip = soup.find("a", href=True)
    if skip is None or skip["href"] != "#main" or not soup.find(id="main"):
        problems.append("the first link is not a skip link to #main")
    ids = Counter(element["id"] for element in soup.find_all(id=True))
    problems += [f"duplicate id {name!r}" for name, count in ids.items() if count > 1]
    for element in soup.find_all(attrs={"aria-labelledby": True}):
        problems += [
            f"aria-labelledby points to missing id {ref!r}"
            for ref in element["aria-labelledby"].split()
            if ref not in ids
        ]
    for field in soup.find_all(["input", "select", "textarea"]):
        if field.get("type") in ("hidden", "submit", "button"):
            continue
        labelled = field.get("id") and soup.find("label", attrs={"for": field["id"]})
        if not (labelled or field.get("aria-label") or field.get("aria-labelledby")):
            problems.append(f"form field {field.get('name')!r} has no label")
    for link in soup.find_all(["a", "button"]):
        if not accessible_name(link, soup):
            problems.append(f"{link.name} without text: {link}")
    for image in soup.find_all("img"):
        if image.get("alt") is None:
            problems.append(f"image without alt: {image.get('src')}")
    for element in soup.find_all(attrs={"lang": True}):
        if element["lang"] not in LANGUAGE_CODES:
            problems.append(f"unknown lang {element['lang']!r}")
    for link in soup.find_all("a", hreflang=True):
        if link["hreflang"] not in LANGUAGE_CODES:
            problems.append(f"unknown hreflang {link['hreflang']!r}")
    if re.search(r"\{\{|\{%|%\}", soup.get_text()):
        problems.append("template syntax leaked into the page")
    return problems


def heading_order_problems(soup):
    problems, previous = [], 0
    for heading in soup.find_all(re.compile(r"^h[1-6]$")):
        level = int(heading.name[1])
        if previous and level > previous + 1:
            problems.append(
                f"heading level skips from h{previous} to h{level}: {heading.get_text(strip=True)!r}"
            )
        if not heading.get_text(strip=True):
            problems.append(f"empty {heading.name}")
        previous = level
    return problems


def assert_good_html(response):
    assert response.status_code == 200, response.status_code
    problems = html_problems(response.content.decode())
    assert not problems, "\n".join(problems)
