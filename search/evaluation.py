"""Relevance evaluation: success@3, success@10 and MRR per language on a query file.

A query file holds one JSON object per line: {"lang": "ca", "q": "atur", "expect":
"desocupaci|atur"}; a result is relevant when `expect` (a regular expression, case
insensitive) is found in its title. Our search (the whole pipeline the page uses) is
measured beside Wagtail's stock database backend searching the same pages and services.
"""

import json
import re
from dataclasses import dataclass, field

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from .models import ExternalService
from .searching import run_search

DEPTH = 10


@dataclass
class Scores:
    queries: int = 0
    at_3: int = 0
    at_10: int = 0
    reciprocal_ranks: float = 0.0
    misses: list = field(default_factory=list)

    def add(self, query, titles, expect):
        pattern = re.compile(expect, re.IGNORECASE)
        rank = next((i for i, title in enumerate(titles[:DEPTH], 1) if pattern.search(title)), None)
        self.queries += 1
        self.at_3 += bool(rank and rank <= 3)
        self.at_10 += bool(rank)
        self.reciprocal_ranks += 1 / rank if rank else 0
        if not rank or rank > 3:
            self.misses.append((query, rank, titles[:3]))

    def row(self):
        n = max(self.queries, 1)
        return self.at_3 / n, self.at_10 / n, self.reciprocal_ranks / n


def read_queries(path):
    queries = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                try:
                    item = json.loads(line)
                    queries.append((item["lang"], item["q"], item["expect"]))
                    re.compile(item["expect"])  # a regular expression: "a|b" accepts either title
                except (ValueError, KeyError, re.error) as error:
                    raise ValueError(f"{path}, line {number}: {error}") from error
    return queries


def portal_titles(query, language):
    return [hit.title for hit in run_search(query, language, record=False, per_page=DEPTH).hits]


def stock_titles(query, language):
    """Wagtail's own backend on the same content: the language's pages, then the services."""
    backend = get_search_backend()
    locale = Locale.objects.get(language_code=language)
    pages = Page.objects.live().public().filter(locale=locale, depth__gt=2).specific()
    scored = [
        (hit._score or 0, hit.title) for hit in backend.search(query, pages).annotate_score("_score")[:DEPTH]
    ]
    services = backend.search(query, ExternalService).annotate_score("_score")[:DEPTH]
    scored += [(hit._score or 0, hit.localized("title", language)) for hit in services]
    scored.sort(key=lambda pair: -pair[0])
    return [title for _score, title in scored]


def evaluate(queries, systems):
    """{system: {language: Scores}} for each (name, titles function) in `systems`."""
    table = {}
    for name, titles_of in systems:
        by_language = table.setdefault(name, {})
        for language, query, expect in queries:
            by_language.setdefault(language, Scores()).add(query, titles_of(query, language), expect)
    return table
