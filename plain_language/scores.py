"""The plain-language scores of live pages, shared by the admin report and the CI command."""

from dataclasses import dataclass

from wagtail.models import Page

from portal.reports import SECTION_DEPTH, sections

from .glossary import GlossaryTerm
from .pages import analyse_page, threshold_for

TOP_ISSUES = 3


@dataclass
class PageScore:
    page: Page
    section: Page | None
    analysis: object

    @property
    def threshold(self):
        return threshold_for(self.analysis.language)

    @property
    def passes(self):
        return self.analysis.score >= self.threshold

    def top_issues(self):
        return [f"{issue.message} {issue.suggestion}".strip() for issue in self.analysis.issues[:TOP_ISSUES]]

    def as_row(self):
        return {
            "title": self.page.title,
            "url": self.page.url,
            "locale": self.page.locale.language_code,
            "section": self.section.title if self.section else "",
            "score": self.analysis.score,
            "band": self.analysis.band,
            "label": str(self.analysis.label),
            "threshold": self.threshold,
            "passes": self.passes,
            "top_issues": self.top_issues(),
        }


def live_pages(locale=None, section=None, page_ids=None):
    pages = Page.objects.live().filter(depth__gt=2).select_related("locale").order_by("path")
    if page_ids is not None:
        pages = pages.filter(pk__in=page_ids)
    if locale:
        pages = pages.filter(locale__language_code=locale)
    if section:
        pages = pages.descendant_of(section, inclusive=True)
    return pages


def page_scores(locale=None, section=None, page_ids=None):
    """Analyse every live page below the home pages, one glossary query per language."""
    glossaries = {}
    section_by_path = {page.path: page for page in sections()}
    scores = []
    for page in live_pages(locale, section, page_ids).specific():
        language = page.locale.language_code
        if language not in glossaries:
            glossaries[language] = GlossaryTerm.for_language(language)
        section_page = section_by_path.get(page.path[: SECTION_DEPTH * Page.steplen])
        scores.append(PageScore(page, section_page, analyse_page(page, glossaries[language])))
    return scores
