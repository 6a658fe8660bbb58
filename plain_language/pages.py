"""The plain-language analysis of pages: the text people read, the glossary, the threshold.

The analyser itself (`plain_language.readability`) knows nothing of Django; this module feeds it a
page's readable text (the same segments wagtail-localize sends to translators) and the
glossary of the page's language, and says whether the page meets its locale's threshold.
"""

from django.conf import settings
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from .glossary import GlossaryTerm
from .readability import analyse

# Labels, phone numbers and opening hours ("012", "Cada dia") are not prose: counted as
# sentences they would make any page look easy.
MIN_PROSE_WORDS = 4


def threshold_for(language_code):
    """The lowest score a page may publish with, from PLAIN_LANGUAGE_THRESHOLDS."""
    return settings.PLAIN_LANGUAGE_THRESHOLDS[language_code]


def page_text(page):
    """The prose of a page (or a snippet) as HTML: every translatable string of a few words or more."""
    strings = []
    for segment in extract_segments(getattr(page, "specific", page)):
        if isinstance(segment, StringSegmentValue) and len(segment.render_text().split()) >= MIN_PROSE_WORDS:
            strings.append(segment.render_html())
    return "".join(f"<p>{string}</p>" for string in strings)


def analyse_page(page, glossary=None):
    language = page.locale.language_code
    if glossary is None:
        glossary = GlossaryTerm.for_language(language)
    return analyse(page_text(page), language, glossary)


def meets_threshold(analysis):
    return analysis.score >= threshold_for(analysis.language)
