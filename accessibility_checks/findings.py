"""What an audit finds: per page, its violations, from axe or from the portal's own checks."""

import re
from dataclasses import asdict, dataclass, field

IMPACTS = ("minor", "moderate", "serious", "critical")
DEFAULT_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")
HELP_URL = "https://www.w3.org/WAI/WCAG22/Understanding/"
CRITERION = re.compile(r"^wcag(\d)(\d)(\d+)$")


def criteria(tags):
    """'wcag1410' → '1.4.10'; the level tags (wcag2aa) are not criteria."""
    return [".".join(match.groups()) for tag in tags if (match := CRITERION.match(tag))]


@dataclass
class Finding:
    rule: str
    impact: str
    description: str
    wcag: list = field(default_factory=list)
    selectors: list = field(default_factory=list)
    help_url: str = HELP_URL
    source: str = "portal"

    @property
    def criteria(self):
        return criteria(self.wcag)

    def at_least(self, level):
        return IMPACTS.index(self.impact or "minor") >= IMPACTS.index(level)

    def as_dict(self):
        return {**asdict(self), "criteria": self.criteria}

    @classmethod
    def from_axe(cls, violation):
        return cls(
            rule=violation["id"],
            impact=violation.get("impact") or "minor",
            description=violation.get("help") or violation.get("description", ""),
            wcag=[tag for tag in violation.get("tags", []) if tag.startswith("wcag")],
            selectors=[" ".join(map(str, node.get("target", []))) for node in violation.get("nodes", [])],
            help_url=violation.get("helpUrl", HELP_URL),
            source="axe",
        )


@dataclass
class PageResult:
    url: str
    lang: str = ""
    title: str = ""
    findings: list = field(default_factory=list)
    error: str = ""
    seconds: float = 0.0
    expect_error: bool = False  # a 404 page is audited on purpose

    def failing(self, level):
        return [finding for finding in self.findings if finding.at_least(level)]

    def as_dict(self):
        return {
            "url": self.url,
            "lang": self.lang,
            "title": self.title,
            "error": self.error,
            "seconds": round(self.seconds, 3),
            "violations": [finding.as_dict() for finding in self.findings],
        }
