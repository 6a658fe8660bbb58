"""Plain-language analyser for the portal's content, in Catalan, Spanish, Aranese and English.

Pure Python (no models, no database): ``analyse(text, language, glossary=())`` takes plain text or
HTML and returns an ``Analysis``: a 0-100 ``score`` (100 = very easy), its ``band`` and ``label``,
``metrics`` and the ``issues`` to fix, each with offsets in ``Analysis.plain_text``.

Score
=====
    base  = 0.7 × formula_scaled + 0.3 × lix_scaled
    score = base − 20 × long_sentence_share
                 − min(12, 3 × passives per 100 words)
                 − min(12, 1.5 × max(0, dense nominalisations per 100 words − 2))
                 − min(20, 5 × jargon terms per 100 words)
    clamped to 0-100 and rounded to one decimal.

* ``formula_scaled`` (weight 0.7): the language's readability formula (Fernández-Huerta for
  Catalan and Aranese, Szigriszt-Pazos/INFLESZ for Spanish, Flesch Reading Ease for English) mapped
  linearly to 0-100 so that the formula's own "normal" level lands near 50 ("adequate") and its
  "fairly easy" level near 65 ("easy"): 30 → 0 and 90 → 100 for Flesch and for Aranese
  (Fernández-Huerta on Spanish-style syllables); 25 → 0 and 85 → 100 for INFLESZ, whose scale sits
  5 points lower; 20 → 0 and 80 → 100 for Catalan, whose syllables are phonetic (in-for-ma-ci-ó,
  5 points lower on the portal's content) and calibrated on the portal's plain Catalan procedures.
  Syllables per word and words per sentence are the best-established predictors, validated for
  these languages, so the formula carries most of the weight.
* ``lix_scaled`` (weight 0.3): LIX mapped 20 → 100, 60 → 0 (LIX 40, "medium", gives 50). It counts
  long words by letters (7 or more), not syllables: an independent check on the syllable counter.
  Only 0.3 because it was built for Swedish: Romance words are longer, so it overrates difficulty.
* Penalties for what the formulas miss and plain-language guides insist on:
  long sentences (> 25 words): an average hides one 60-word sentence among short ones, up to 20
  points; passives (3 points per passive per 100 words, at most 12) hide who must act;
  nominalisations in sentences with two or more ("la tramitació de la sol·licitud de la
  prestació"), beyond 2 per 100 words (1.5 points each per 100 words, at most 12): one topic noun
  per sentence ("la inscripció") is normal and not penalised; jargon from the glossary (5 points
  per term per 100 words, at most 20): the glossary lists the words our readers don't understand.

Bands: ``easy`` from 65, ``adequate`` from 50, otherwise ``hard`` (``EASY_FROM``, ``ADEQUATE_FROM``).
Texts of fewer than 5 words (a title, a button) cannot be measured: they get score 100, band
``easy``, zero metrics and no issues. Calibrated on plain/complex pairs in the four languages
(tests/plain_language/readability/pairs.py) and on the portal's Catalan procedures.

Messages, suggestions and labels are lazy translatable strings (English msgids); ``to_dict()``
renders them in the active language. textstat is not used: its language is global state.
"""

from .analysis import analyse, analyser_for
from .results import ISSUE_KINDS, Analysis, GlossaryEntry, Issue
from .scoring import ADEQUATE_FROM, EASY_FROM

SUPPORTED_LANGUAGES = ("ca", "es", "oc", "en")

__all__ = [
    "ADEQUATE_FROM",
    "EASY_FROM",
    "ISSUE_KINDS",
    "SUPPORTED_LANGUAGES",
    "Analysis",
    "GlossaryEntry",
    "Issue",
    "analyse",
    "analyser_for",
]
