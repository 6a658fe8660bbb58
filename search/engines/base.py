"""The contract every search engine keeps, and the values that cross it.

An engine indexes `SearchDocument`s and answers a `ParsedQuery` (what the person typed,
already split into clauses with their synonyms) in one language. Spelling, synonyms, best
bets, the fallback to other languages and analytics live above the engines, in
`search.searching`, so each engine only does what its store does best.
"""

from dataclasses import dataclass, field

# Totals are exact up to this many matches; past it an engine may stop counting and say "more
# than COUNTED". Nobody pages that far (see searching.MAX_PAGE), and counting every match of a
# broad query was the largest cost of a search on PostgreSQL at 100,000 documents.
COUNTED = 1000


class EngineUnavailable(RuntimeError):
    """The engine's service cannot be used now; the message says why, for operators' logs."""


@dataclass
class Hit:
    key: str
    language: str
    kind: str
    title: str
    url: str
    summary: str
    body: str
    organisation: str
    administration: str
    channels: list
    life_events: list
    score: float = 0.0
    group: str = ""
    # Safe HTML: the passage that matched, query words wrapped in <mark>.
    snippet: str = ""


@dataclass
class EngineResult:
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    # False when the engine stopped counting at COUNTED: there are more matches than `total`.
    total_exact: bool = True


class SearchEngine:
    """Base class: subclasses implement the storage; the names here are the contract."""

    name = "base"
    # True when the index lives in the database, so a rolled-back transaction undoes its writes.
    rolls_back_with_database = False

    def index(self, documents):
        """Add or replace documents (matched by `key`). Returns how many were written."""
        raise NotImplementedError

    def remove(self, keys):
        """Remove the documents with these keys; unknown keys are ignored."""
        raise NotImplementedError

    def clear(self):
        """Empty the index."""
        raise NotImplementedError

    def rebuild(self, documents):
        """Replace the whole index with these documents, at once. Returns how many were written.

        Searches see the old index until the new one is complete; when writing fails halfway,
        the error is raised and the old index stays as it was.
        """
        raise NotImplementedError

    def count(self, language=None):
        raise NotImplementedError

    def search(self, query, language, filters=None, offset=0, limit=10):
        """Documents of `language` matching `query` (a ParsedQuery), best first.

        `filters` maps facet names (see `search.documents.FACETS`) to a value each.
        The result's facets count the values over the matches, filters applied. Its total is
        exact up to COUNTED; past it, an engine may report COUNTED with `total_exact` False.
        """
        raise NotImplementedError

    def autocomplete(self, text, language, limit=6):
        """Hits whose title has words starting with what was typed so far."""
        raise NotImplementedError

    def corrections(self, words, language):
        """For words the index does not know, the closest known word: {typed: known}.

        Only `spelling.correctable` words are corrected, and an engine may stop when the
        correction budget (spelling.CORRECTION_BUDGET) is spent: fewer suggestions, never an error.
        """
        raise NotImplementedError

    def unknown(self, words, language):
        """The words whose stems no document of `language` holds (engines may not know: empty)."""
        return set()

    def in_language(self, groups, language):
        """{group: Hit} for the documents of these groups in `language` (see SearchDocument.group)."""
        return {}

    def status(self):
        """A line for operators: which engine, where, how many documents."""
        return f"{self.name}: {self.count()} documents"
