"""Hostile search input, generated from the Unicode database, for the tests and
`manage.py benchmark_hostile_input`.

Nothing is picked by hand. One pass over the whole code space finds the characters that a
normalisation lengthens (NFC, which `query.clean` applies; NFKC; NFKD and case folding, which
`analysis.fold` applies: "Ⅷ" becomes "viii", "ﷺ" eighteen characters) and the combining marks.
A seeded generator draws from them, and from the words of the demo feeds, inputs of every shape
whose cost grows with its size: lengthening characters, long words, many words, piles of
combining marks, inputs right at the length limit or far past it, and mixtures of all of these
with real words and query syntax. The same seed gives the same inputs.
"""

import random
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .analysis import fold
from .benchmark import vocabularies
from .documents import FACETS
from .query import MAX_INPUT_LENGTH, MAX_QUERY_LENGTH
from .spelling import MAX_WORD_LENGTH

FORMS = ("NFC", "NFKC", "NFKD")
UNASSIGNED = ("Cn", "Cs", "Co")  # unassigned, surrogates, private use
SYNTAX = list("\"'*()[]{}:^~!&|-+<>=;,.?/\\%_@#$")
CONTROL = [chr(code) for code in range(32)] + ["\x7f", "\u200b", "\u202e", "\ufeff"]
LANGUAGES = ("ca", "es", "oc", "en")
# How far past the limits the oversized inputs go (the security review sent 2 kB).
OVERSIZED = 10 * MAX_INPUT_LENGTH


def grown_length(char):
    """The most characters `char` becomes under any normalisation search may apply."""
    forms = [unicodedata.normalize(form, char) for form in FORMS]
    return max(len(text) for text in (*forms, char.casefold(), fold(char)))


@dataclass(frozen=True)
class Alphabet:
    expanding: tuple  # lengthened characters, the most lengthened first
    letters: tuple  # those of them that fold into letters only: they make one long word
    marks: tuple  # combining marks


@lru_cache(maxsize=1)
def alphabet():
    """The characters the generator draws from, found in one pass over Unicode (about a second)."""
    grown, marks = [], []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        category = unicodedata.category(char)
        if category in UNASSIGNED:
            continue
        if category.startswith("M"):
            marks.append(char)
        length = grown_length(char)
        if length > 1:
            grown.append((-length, code, char))
    expanding = tuple(char for _length, _code, char in sorted(grown))
    letters = tuple(char for char in expanding if fold(char).isalnum())
    return Alphabet(expanding, letters, tuple(marks))


class HostileInput:
    """Seeded hostile queries and request parameters."""

    def __init__(self, seed=2024):
        self.random = random.Random(seed)
        self.alphabet = alphabet()
        self.words = vocabularies()
        self.shapes = [
            self.lengthening,
            self.most_lengthening,
            self.lengthening_word,
            self.long_word,
            self.many_words,
            self.misspelt_words,
            self.combining_pile,
            self.at_the_limit,
            self.oversized,
            self.mixture,
        ]

    def queries(self, count):
        """`count` queries, the shapes taken in turn so that every sample has each of them."""
        return [self.shapes[number % len(self.shapes)]() for number in range(count)]

    # Shapes ---------------------------------------------------------------------------------

    def _length(self, limit=MAX_QUERY_LENGTH):
        return self.random.randint(1, limit)

    def lengthening(self):
        """Characters that normalisation lengthens, as many as the raw limit lets through."""
        chars = self.random.choices(self.alphabet.expanding, k=self._length())
        return "".join(chars)

    def most_lengthening(self):
        """One of the most lengthened characters, repeated: the review's "Ⅷ" × 200."""
        char = self.random.choice(self.alphabet.expanding[:200] + self.alphabet.letters[:200])
        return char * self.random.randint(MAX_QUERY_LENGTH // 2, MAX_QUERY_LENGTH)

    def lengthening_word(self):
        """One word of characters that fold into several letters ("ﬃ", "Ⅻ", "ß")."""
        return "".join(self.random.choices(self.alphabet.letters, k=self._length()))

    def long_word(self):
        letters = self.random.choice(["abcdefghijklmnopqrstuvwxyz", "àéèíïòóúüçl·", "абвгдежз", "退休金"])
        length = self.random.randint(MAX_WORD_LENGTH - 4, MAX_QUERY_LENGTH)
        return "".join(self.random.choices(letters, k=length))

    def many_words(self):
        """Short distinct words, as many as fit: each is a clause and a spelling lookup."""
        words, length = [], 0
        while length < MAX_QUERY_LENGTH:
            word = "".join(self.random.choices("abcdefghijklmnopqrstuvwxyz", k=self.random.randint(2, 5)))
            words.append(word)
            length += len(word) + 1
        return " ".join(words)[:MAX_QUERY_LENGTH]

    def misspelt_words(self):
        """Real words of a language with a typo each: every one of them gets corrected."""
        words = self.words[self.random.choice(LANGUAGES)]
        typed = [self._typo(word) for word in self.random.choices(words, k=self.random.randint(5, 40))]
        return " ".join(typed)[:MAX_QUERY_LENGTH]

    def _typo(self, word):
        position = self.random.randrange(len(word))
        return word[:position] + self.random.choice("aeioukqxz") + word[position + 1 :]

    def combining_pile(self):
        """Letters under piles of combining marks (Zalgo text)."""
        pieces = []
        for _letter in range(self.random.randint(1, 20)):
            marks = self.random.choices(self.alphabet.marks, k=self.random.randint(1, 40))
            pieces.append(self.random.choice("aeiouxyz") + "".join(marks))
        return "".join(pieces)[: self._length(MAX_INPUT_LENGTH)]

    def at_the_limit(self):
        """Exactly as long as the limit, once normalised: the most work a query may ask for."""
        letters = self.random.choice([self.alphabet.letters[:50], tuple("abcdefghijklmnopqrstuvwxyz")])
        text = ""
        while len(fold(text)) < MAX_QUERY_LENGTH - 18:  # no character folds into more than 18
            text += self.random.choice(letters)
        return text + "x" * (MAX_QUERY_LENGTH - len(fold(text)))

    def oversized(self):
        """Another shape repeated well past every limit, as the review's 2 kB requests were."""
        piece = self.random.choice(self.shapes[:7])()
        repeated = piece * (OVERSIZED // max(1, len(piece)) + 1)
        return repeated[: self.random.randint(MAX_INPUT_LENGTH, OVERSIZED)]

    def mixture(self):
        """Real words among syntax, control characters, lengthened characters and marks."""
        language = self.random.choice(LANGUAGES)
        pools = [self.words[language], SYNTAX, CONTROL, self.alphabet.expanding, self.alphabet.marks]
        count = self.random.randint(2, 60)
        pieces = [self.random.choice(self.random.choice(pools)) for _piece in range(count)]
        return " ".join(pieces)[: self._length(MAX_INPUT_LENGTH)]

    # Parameters -----------------------------------------------------------------------------

    def params(self):
        """Page, page size and facet filters: mostly ordinary, sometimes hostile."""
        params = {"lang": self.random.choice(LANGUAGES)}
        if self.random.random() < 0.2:
            params["page"] = self.random.choice(["0", "-1", "3", "100", "101", "9" * 5000, "1e3", "½", "٣"])
        if self.random.random() < 0.1:
            params["per_page"] = self.random.choice(["1", "50", "51", "9" * 50])
        if self.random.random() < 0.3:
            facet = self.random.choice(FACETS)
            params[facet] = self.random.choice(self.shapes)()
        return params
