"""What people type, turned into clauses an engine can run.

"demanar l'atur" in Catalan becomes two clauses: [demanar] and [atur | prestació per
desocupació | paro | ...] — each clause is one idea with its alternative wordings, taken
from the editors' synonyms of that language. Misspelt words get the closest known word as
another alternative, and the corrected query becomes the "did you mean" suggestion.
Nothing the person types reaches an engine as syntax: only analysed words do.

The work grows with what is typed, so every size is bounded where it matters: raw input
before it is normalised (`clean`), the length after normalisation (`normalised_length`:
case folding and NFKC lengthen some characters, "Ⅷ" becomes "viii" and "ﷺ" eighteen
characters), and the number of words searched.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .analysis import content_words, fold, stem, terms

# Characters of a query, counted after normalisation, as search works on them.
MAX_QUERY_LENGTH = 200
# Raw input is cut here before it is normalised, so normalising stays cheap whatever is sent;
# the slack is for the spaces, control characters and decomposed accents that cleaning removes.
MAX_INPUT_LENGTH = 4 * MAX_QUERY_LENGTH
# Words of a query that are searched; the rest are ignored. Each word is one clause for the
# engine and one lookup in the synonyms and spelling: people type a few, pasted text a few dozen.
MAX_WORDS = 32
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class QueryError(ValueError):
    """A query that cannot be searched: the message says why, in plain words."""


def clean(text):
    """Control characters out, whitespace collapsed, Unicode composed.

    Only the first MAX_INPUT_LENGTH characters are read: callers that must refuse longer input
    check its raw length first (see `searching.check_query`).
    """
    text = unicodedata.normalize("NFC", CONTROL.sub(" ", (text or "")[:MAX_INPUT_LENGTH]))
    return " ".join(text.split())


def normalised_length(text):
    """The length of `text` as search sees it: as typed, or folded when folding lengthens it."""
    return max(len(text), len(fold(text)))


@dataclass
class Alternative:
    text: str
    terms: tuple

    @property
    def is_phrase(self):
        return len(self.terms) > 1


@dataclass
class Clause:
    words: list  # what was typed for it, folded
    alternatives: list = field(default_factory=list)

    @property
    def terms(self):
        return {term for alternative in self.alternatives for term in alternative.terms}


@dataclass
class ParsedQuery:
    text: str
    language: str
    clauses: list
    suggestion: str = ""

    def __bool__(self):
        return bool(self.clauses)

    @property
    def terms(self):
        return set().union(*(clause.terms for clause in self.clauses)) if self.clauses else set()


def synonym_groups(language):
    """The synonyms editors keep for `language`, each phrase with its terms.

    Read on every search (a small table), so an editor's change applies at once everywhere;
    the analysis of the phrases is cached.
    """
    from .models import Synonym

    return _synonym_groups(
        language, tuple(Synonym.objects.filter(language=language).values_list("terms", flat=True))
    )


@lru_cache(maxsize=64)
def _synonym_groups(language, rows):
    from .models import Synonym

    groups = []
    for terms_text in rows:
        phrases = [
            Alternative(phrase, tuple(terms(phrase, language)))
            for phrase in Synonym(terms=terms_text).phrases
        ]
        groups.append([phrase for phrase in phrases if phrase.terms])
    return groups


def typed_words(text, language):
    """The words of a cleaned query that a search looks for, folded, in the order typed."""
    typed = content_words(text, language)
    if not typed and text:
        # Only stop words ("com", "the"): search them rather than nothing.
        typed = [word for word in fold(text).split() if word.isalnum()]
    return typed[:MAX_WORDS]


def parse(text, language, engine=None, correct=True, keep=(), synonyms=True):
    """Split `text` into clauses with synonyms and spelling alternatives.

    Words in `keep` are never corrected (they belong to another language the index knows).
    Without `synonyms`, every word is a clause of its own.
    """
    text = clean(text)
    typed = typed_words(text, language)
    groups = synonym_groups(language) if synonyms else []
    known_by_synonyms = {term for group in groups for phrase in group for term in phrase.terms}
    corrections = {}
    if correct and engine is not None:
        unknown = [
            word for word in typed if stem(word, language) not in known_by_synonyms and word not in keep
        ]
        corrections = engine.corrections(unknown, language) if unknown else {}
    stems = [stem(fold(corrections.get(word, word)), language) for word in typed]
    clauses = []
    position = 0
    while position < len(stems):
        match = _longest_synonym(stems, typed, position, groups)
        if match:
            length, group = match
            clauses.append(Clause(typed[position : position + length], list(group)))
            position += length
            continue
        word = typed[position]
        clause = Clause([word], [Alternative(word, (stem(word, language),))])
        if word in corrections:
            corrected = corrections[word]
            clause.alternatives.append(Alternative(corrected, (stem(fold(corrected), language),)))
        clauses.append(clause)
        position += 1
    suggestion = ""
    if corrections:
        suggestion = " ".join(corrections.get(fold(word), word) for word in text.split())
    return ParsedQuery(text=text, language=language, clauses=clauses, suggestion=suggestion)


def _longest_synonym(stems, typed, position, groups):
    best = None
    for group in groups:
        for phrase in group:
            length = len(phrase.terms)
            if tuple(stems[position : position + length]) != phrase.terms or (best and length <= best[0]):
                continue
            # A short stem says too little: Catalan "pare" (father) and Spanish "paro" both stem
            # to "par", and "casa" (home) and "casarse" (to marry) to "casa". One-word phrases
            # with stems of four letters or fewer must match as written.
            if length == 1 and len(phrase.terms[0]) <= 4 and fold(phrase.text) != typed[position]:
                continue
            best = (length, group)
    return best
