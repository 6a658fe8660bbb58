"""Glossary matching: jargon terms found in the text, with their inflections.

Matching is on a folded copy of the text (lower case, accents removed, ’ → ', col.legi → col·legi)
that keeps every character at its offset, so spans are offsets in the plain text. Single-word verbs
match every word starting with their stem (sol·licitar: Sol·liciteu, sol·licitud); other words
match with their plural endings; a multi-word term matches with any whitespace between its words.
Words are never matched inside a longer word.
"""

import re
import unicodedata
from functools import lru_cache

from .results import GlossaryEntry

BEFORE = r"(?<![\w·])"
AFTER = r"(?![\w·])"
MIDDLE_DOT_RE = re.compile(r"(?<=l)\.(?=l)")


def _fold_char(char):
    base = unicodedata.normalize("NFD", char)[0].lower()
    return base if len(base) == 1 else char


FOLDED = {chr(code): _fold_char(chr(code)) for code in range(0xC0, 0x250)} | {"’": "'"}
FOLDABLE_RE = re.compile("[" + re.escape("".join(FOLDED)) + "]")


def fold(text):
    """Lower case without accents, same length as ``text`` (offsets stay valid)."""
    folded = text.lower()
    if len(folded) != len(text):  # a rare character whose lower case is longer (İ)
        folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    folded = FOLDABLE_RE.sub(lambda match: FOLDED[match.group()], folded)
    return MIDDLE_DOT_RE.sub("·", folded)


def term_pattern(term, analyser):
    """The regex source matching ``term`` in folded text."""
    terms = fold(term).split()
    inflected = [analyser.inflected(word, alone=len(terms) == 1) for word in terms]
    return BEFORE + r"\s+".join(inflected) + AFTER


@lru_cache(maxsize=64)
def compiled(entries, analyser):
    """One alternation for the whole glossary, longest terms first so they win over their parts."""
    ordered = sorted((e for e in entries if e.term.strip()), key=lambda e: -len(e.term))
    if not ordered:
        return None, ()
    alternatives = (f"(?P<t{i}>{term_pattern(e.term, analyser)})" for i, e in enumerate(ordered))
    return re.compile("|".join(alternatives)), tuple(ordered)


def find(text, glossary, analyser):
    """(start, end, entry) of each jargon occurrence in ``text``, without overlaps."""
    entries = tuple(dict.fromkeys(GlossaryEntry.coerce(entry) for entry in glossary))
    pattern, ordered = compiled(entries, analyser)
    if pattern is None:
        return []
    return [(m.start(), m.end(), ordered[int(m.lastgroup[1:])]) for m in pattern.finditer(fold(text))]
