"""The result of an analysis: plain dataclasses, JSON-serialisable through ``to_dict()``."""

from dataclasses import dataclass, field

ISSUE_KINDS = ("long_sentence", "very_long_word", "passive", "nominalisation", "jargon")


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """A jargon ``term`` and its ``plain`` alternative, with an optional ``explanation``."""

    term: str
    plain: str = ""
    explanation: str = ""

    @classmethod
    def coerce(cls, entry):
        """An entry from a GlossaryEntry, a tuple (term, plain[, explanation]), a dict or any object
        with ``term``/``plain``/``explanation`` attributes (a snippet, a model instance)."""
        if isinstance(entry, cls):
            return entry
        if isinstance(entry, tuple | list):
            return cls(*(str(value or "") for value in entry[:3]))
        get = entry.get if isinstance(entry, dict) else lambda name, default: getattr(entry, name, default)
        return cls(*(str(get(name, "") or "") for name in ("term", "plain", "explanation")))


@dataclass(slots=True)
class Issue:
    """Something to fix; ``start``/``end`` are offsets in ``Analysis.plain_text``."""

    kind: str
    start: int
    end: int
    text: str
    message: str  # lazy translatable string
    suggestion: str = ""  # lazy translatable string

    def to_dict(self):
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": str(self.message),
            "suggestion": str(self.suggestion),
        }


@dataclass(slots=True)
class Analysis:
    """``score`` 0-100 (100 = very easy), its ``band`` and translatable ``label``, metrics and issues."""

    language: str
    score: float
    band: str
    label: str  # lazy translatable string
    metrics: dict
    issues: list = field(default_factory=list)
    plain_text: str = ""

    def to_dict(self):
        return {
            "language": self.language,
            "score": self.score,
            "band": self.band,
            "label": str(self.label),
            "metrics": dict(self.metrics),
            "issues": [issue.to_dict() for issue in self.issues],
            "plain_text": self.plain_text,
        }
