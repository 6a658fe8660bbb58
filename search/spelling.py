"""Typo tolerance: the known word closest to a misspelt one ("jubilasió" -> "jubilacio").

A symmetric-delete dictionary (the SymSpell idea): every known word is stored under the
strings made by deleting up to two of its letters, so a typed word finds its candidates by
looking up its own deletions instead of being compared with the whole vocabulary. The
candidates are then checked with the real (Damerau-Levenshtein) distance; the nearest wins,
and among equals the most frequent.

A word's deletions grow with the square of its length, and building them with the cube, so
words past MAX_WORD_LENGTH are neither kept nor corrected, and correcting one query stops
when its time budget is spent: the words left are searched as typed.
"""

from collections import Counter
from itertools import combinations
from time import monotonic

MIN_LENGTH = 4
# The longest word that is kept or corrected. The longest in the demo index has 18 letters, and
# few words of the four languages pass 25 ("electroencefalografista"); longer tokens are codes,
# runs of letters or attacks.
MAX_WORD_LENGTH = 30
# Seconds one query's corrections may take (see `deadline`).
CORRECTION_BUDGET = 0.05


def deadline():
    """The moment (in `monotonic` time) a query's corrections must stop at."""
    return monotonic() + CORRECTION_BUDGET


def past(moment):
    return moment is not None and monotonic() > moment


def correctable(word):
    """Whether a word is worth correcting: long enough to have a typo, short enough to be a word."""
    return MIN_LENGTH <= len(word) <= MAX_WORD_LENGTH and not word.isdigit()


def max_distance(word):
    """Edits allowed for a word: none under 4 letters, one under 8, two from 8 on."""
    if len(word) < MIN_LENGTH:
        return 0
    return 1 if len(word) < 8 else 2


def deletions(word, distance):
    variants = {word}
    for n in range(1, distance + 1):
        for positions in combinations(range(len(word)), n):
            variants.add("".join(char for i, char in enumerate(word) if i not in positions))
    return variants


def edit_distance(a, b, limit):
    """Optimal string alignment distance, giving up (limit + 1) once past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous_previous = None
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = char_a != char_b
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return previous[-1]


class Vocabulary:
    """The words of one language's index, with how many documents use each."""

    def __init__(self):
        self.frequency = Counter()
        self.display = {}
        self._deletes = {}
        self._folded = {}  # surface word -> folded, so each distinct word is folded once

    def add(self, words, fold=str):
        """Count a document's words; `fold` gives the form they are compared in."""
        folded = self._folded
        for surface in set(words):
            if len(surface) > MAX_WORD_LENGTH:
                continue  # before folding, so an absurd token costs nothing
            word = folded.get(surface)
            if word is None:
                word = folded[surface] = fold(surface)
            if len(word) > MAX_WORD_LENGTH:
                continue  # folding lengthened it ("ﬃ" is "ffi")
            self.display.setdefault(word, surface)
            if word not in self.frequency and len(word) >= MIN_LENGTH - 1:
                for variant in deletions(word, max(1, max_distance(word))):
                    self._deletes.setdefault(variant, []).append(word)
            self.frequency[word] += 1

    def __contains__(self, word):
        return word in self.frequency

    def __len__(self):
        return len(self.frequency)

    def correct(self, word, until=None):
        """The closest known word (as written in the index), or None when known or nothing is near.

        Past `until` (see `deadline`) it gives up and returns None.
        """
        if not correctable(word) or word in self.frequency:
            return None
        limit = max_distance(word)
        candidates = set()
        for variant in deletions(word, limit):
            candidates.update(self._deletes.get(variant, ()))
        best = None
        for candidate in candidates:
            if past(until):
                return None
            distance = edit_distance(word, candidate, limit)
            if distance <= limit:
                rank = (distance, -self.frequency[candidate], candidate)
                best = min(best, rank) if best else rank
        return self.display.get(best[2], best[2]) if best else None
