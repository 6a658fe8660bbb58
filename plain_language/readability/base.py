"""The language analyser base class: everything that differs between languages is a class attribute
or a small method that the per-language subclasses (``languages.py``) override."""

import re
from functools import lru_cache

from . import formulas, syllables

APOSTROPHES_RE = re.compile(r"['’]")
HYPHENS_RE = re.compile(r"[\-‐‑]")


def words(text):
    """A frozenset out of a whitespace-separated string: keeps the word lists below readable."""
    return frozenset(text.split())


def endings(text):
    """A tuple of endings out of a whitespace-separated string, for ``str.endswith``."""
    return tuple(text.split())


@lru_cache(maxsize=50_000)
def _core(token, leading_elisions, trailing_elisions):
    parts = APOSTROPHES_RE.split(HYPHENS_RE.split(token.lower())[0])
    if len(parts) > 1 and parts[0] in leading_elisions:
        parts = parts[1:]
    if len(parts) > 1 and parts[-1] in trailing_elisions:
        parts = parts[:-1]
    return max(parts, key=len)


class LanguageAnalyser:
    code = ""
    formula_name = ""
    formula = staticmethod(formulas.flesch_reading_ease)
    # Formula values mapped to 0 and 100 on our scale: each formula's "normal / standard" level
    # lands on 50 (the "adequate" threshold) and its "fairly easy" level on about 65 ("easy").
    formula_zero, formula_hundred = 30.0, 90.0
    very_long_syllables = 6  # a word of this many syllables or more gets an issue

    abbreviations = frozenset()
    final_abbreviations = words("etc")  # may end a sentence: "certificats, etc. Després…"
    number_abbreviations = frozenset()  # only abbreviations before a number: "No. 5"
    leading_elisions = frozenset()  # l', d', qu'
    trailing_elisions = frozenset()  # 's, 'l, 'n

    passive_auxiliaries = frozenset()
    passive_adverbs = frozenset()  # may stand between the auxiliary and the participle
    adverb_suffix = "\x00"
    participle_re = re.compile(r"(?!)")
    irregular_participles = frozenset()
    not_participles = frozenset()

    nominalisation_suffixes = ()
    not_nominalisations = frozenset()
    ambiguous_nominal_suffix = None  # -ment is also the adverb ending in Catalan and Aranese
    determiners = frozenset()

    verb_endings = ()
    not_verbs = frozenset()
    plural_suffixes = ("s", "es")

    # -- words ---------------------------------------------------------------------------------
    def syllables(self, word):
        return syllables.count(word, self.code)

    def core(self, token):
        """The lower-case host word: l'home → home, dóna-m'ho → dóna, inscriure's → inscriure."""
        return _core(token, self.leading_elisions, self.trailing_elisions)

    def is_abbreviation(self, token, rest):
        """Whether the full stop after ``token`` belongs to an abbreviation, ``rest`` following it."""
        lower = token.lower()
        if lower in self.final_abbreviations:
            return not (rest[0].isupper() or rest[0] in '¿¡«“"')
        if lower in self.number_abbreviations:
            return rest[0].isdigit()
        initial = len(token) == 1 and token.isupper()
        return lower in self.abbreviations or initial or "." in lower

    # -- formulas ------------------------------------------------------------------------------
    def readability(self, word_count, sentence_count, syllable_count):
        return self.formula(word_count, sentence_count, syllable_count)

    def readability_on_scale(self, value):
        return formulas.to_scale(value, self.formula_zero, self.formula_hundred)

    # -- passive voice -------------------------------------------------------------------------
    def is_participle(self, core):
        if core in self.not_participles:
            return False
        return core in self.irregular_participles or bool(self.participle_re.search(core))

    def is_passive_adverb(self, core):
        return core in self.passive_adverbs or (len(core) > 6 and core.endswith(self.adverb_suffix))

    # -- nominalisations -----------------------------------------------------------------------
    def is_nominalisation(self, word, previous):
        core = word.core
        if len(core) < 7 or not core.endswith(self.nominalisation_suffixes):
            return False
        if core in self.not_nominalisations:
            return False
        if self.ambiguous_nominal_suffix and core.endswith(self.ambiguous_nominal_suffix):
            return self._noun_context(word, previous)
        return True

    def _noun_context(self, word, previous):
        """After a determiner, a preposition or an elided article, -ment is a noun, not an adverb."""
        elided = APOSTROPHES_RE.split(word.text.lower())[0] in self.leading_elisions
        return elided or (previous is not None and previous.core in self.determiners)

    # -- glossary inflections ------------------------------------------------------------------
    def inflected(self, word, alone):
        """A regex matching ``word`` (folded: lower case, no accents) and its inflections."""
        if alone and self._is_verb(word):
            return re.escape(word[:-2]) + r"[\w·]*"
        return re.escape(word) + self._optional(self.plural_suffixes)

    def _is_verb(self, word):
        return len(word) >= 6 and word.endswith(self.verb_endings) and word not in self.not_verbs

    @staticmethod
    def _optional(suffixes):
        return "(?:" + "|".join(re.escape(suffix) for suffix in suffixes) + ")?"
