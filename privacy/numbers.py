"""Personal numbers in free text: where they are, and what kind each is.

People write the same number in many ways ("612 34 56 78", "12.345.678-Z", "ES91 2100 0418
4502 0005 1332"), so the text is read as tokens (runs of digits, runs of letters) and every
short sequence of tokens joined by a separator (space, dot, dash, slash, parenthesis) is a
candidate. A candidate counts only when its shape and its check digits say so: the check
digits are what lets an ordinary number (a year, an amount, a file number) through.

Each token starts at most MAX_CHARACTERS candidates of at most MAX_CHARACTERS characters, so
the work grows linearly with the text.
"""

import re
from dataclasses import dataclass
from functools import cache

from stdnum import iban, luhn, numdb
from stdnum.es import nif

# An IBAN has at most 34 characters; nothing this module looks for is longer, nor has more
# tokens ("FR76 3000 6000 011a b2c3 d4e5 f67" mixes digits and letters in every group).
MAX_CHARACTERS = 34

TOKEN = re.compile(r"[0-9]+|[^\W\d_]+")
# What may stand between the parts of one number: "612 345 678", "12.345.678-Z",
# "08/12345678/90", "(93) 123 45 67". A dot followed by a space ends a sentence instead.
SEPARATOR = re.compile(r"[ \t.\-/()]{1,3}")
ONE_LETTER_WORDS = set("aeiouy")
AMOUNT_AFTER = re.compile(r"\s{0,2}(?:€|eur\b|euros?\b)", re.IGNORECASE)


@dataclass
class Found:
    kind: str
    start: int
    end: int


def find(text):
    """Every personal number in `text`, as Found spans (they may overlap)."""
    return _Tokens(text).find()


class _Tokens:
    def __init__(self, text):
        self.text = text
        self.tokens = list(TOKEN.finditer(text))
        self.words = [token.group() for token in self.tokens]
        self.joined = [False] + [
            self._joined(before, after) for before, after in zip(self.tokens, self.tokens[1:], strict=False)
        ]
        # How many characters the tokens from each one on make while they stay joined.
        self.reach = [0] * (len(self.words) + 1)
        for index in range(len(self.words) - 1, -1, -1):
            following = self.reach[index + 1] if index + 1 < len(self.words) and self.joined[index + 1] else 0
            self.reach[index] = len(self.words[index]) + following

    def find(self):
        found = []
        for first, word in enumerate(self.words):
            # Numbers start with a digit; an IBAN with its country, a NIE or CIF with one letter.
            # None is shorter than 8 characters.
            if (word[0].isdigit() or len(word) <= 2) and self.reach[first] >= 8:
                best = self._longest_from(first)
                if best:
                    found.append(best)
        return found

    def _longest_from(self, first):
        best, parts, lengths, compact = None, [], [], ""
        digits_only = self.words[first].isdigit()
        start = self.tokens[first].start()
        plus = start > 0 and self.text[start - 1] == "+"
        # Numbers of digits are at most 19 long (cards; "00" and 15 digits is 17) and written in
        # at most 6 groups ("+33 6 12 34 56 78"), 7 with a DNI's letter.
        limit, groups = (19, 7) if digits_only else (MAX_CHARACTERS, MAX_CHARACTERS)
        for index in range(first, min(first + groups, len(self.words))):
            if index > first and not self.joined[index]:
                break
            word = self.words[index]
            compact += word
            if len(compact) > limit:
                break
            parts.append(word)
            lengths.append(len(word))
            if digits_only and not word.isdigit():
                digits_only = None  # digits, then a letter: the last token of a DNI
            if len(compact) >= 8:
                kind = _digits_kind(compact, lengths, plus) if digits_only else _other_kind(compact, parts)
                best = self._checked(kind, start, index) or best
            if digits_only is None:
                break
        return self._with_prefix(best, plus)

    def _checked(self, kind, start, last):
        end = self.tokens[last].end()
        if kind and not (kind in AMOUNT_LIKE and AMOUNT_AFTER.match(self.text, end)):
            return Found(kind, start, end)
        return None

    def _with_prefix(self, found, plus):
        """A phone's "+" is part of it, and so are parentheses around its prefix: "(+34)"."""
        if found and found.kind == "phone" and plus:
            found.start -= 1
            if (
                found.start
                and self.text[found.start - 1] == "("
                and ")" in self.text[found.start : found.end]
            ):
                found.start -= 1
        return found

    def _joined(self, before, after):
        """Whether token `after` continues the number that `before` is part of."""
        gap = self.text[before.end() : after.start()]
        if not gap:
            return True  # "12345678Z", "ES91"
        if not SEPARATOR.fullmatch(gap) or ". " in gap:
            return False
        # A vowel or "y" standing alone in lowercase is a word ("a", "y", "e"), not an ID's letter.
        word = after.group()
        alone = len(word) == 1 and not self.text[after.end() : after.end() + 1].isalnum()
        return not (alone and word in ONE_LETTER_WORDS)


def _other_kind(compact, parts):
    """The kind of a number with letters: an IBAN, or a DNI, NIE or CIF."""
    if not compact.isascii():
        return None
    text = compact.upper()
    if text[:2].isalpha() and text[2:4].isdigit():
        return "iban" if len(text) == _iban_length(text[:2]) and iban.is_valid(text) else None
    return "id" if len(text) <= 9 and _is_spanish_id(text, parts) else None


@cache
def _iban_length(country):
    """The length of the IBANs of `country` (0 when it has none), from python-stdnum's registry."""
    structure = numdb.get("iban").info(country)[0][1].get("bban", "")
    return 4 + sum(int(size) for size in re.findall(r"(\d+)!", structure)) if structure else 0


def _digits_kind(digits, lengths, plus):
    if plus:
        return "phone" if _is_international_phone(digits) else None
    if digits.startswith("00"):
        return "phone" if _is_international_phone(digits[2:]) else None
    if len(digits) == 9:
        return "phone" if _is_spanish_phone(digits) else None
    if len(digits) == 12:
        return "id" if _is_social_security_number(digits) else None
    if 13 <= len(digits) <= 19:
        return "card" if _is_card(digits, lengths) else None
    return None


# Kinds that an amount of money could look like ("600.000.000 €").
AMOUNT_LIKE = {"phone", "id"}


def _is_spanish_phone(digits):
    # 80x and 90x are organisations' service lines (900 900 120), not a person's number.
    return len(digits) == 9 and digits[0] in "6789" and digits[:2] not in ("80", "90")


def _is_international_phone(digits):
    if digits.startswith("34"):
        return _is_spanish_phone(digits[2:])
    # E.164: a country code (never 0) and at most 15 digits in all.
    return 8 <= len(digits) <= 15 and digits[0] != "0"


def _is_social_security_number(digits):
    """NUSS / NAF: province, number, and two control digits (the rest modulo 97)."""
    province, number, control = int(digits[:2]), int(digits[2:10]), int(digits[10:])
    if not 1 <= province <= 53 and province != 66:
        return False
    base = province * 10**8 + number if number >= 10**7 else province * 10**7 + number
    return base % 97 == control


def _is_card(digits, lengths):
    # Payment cards start 2 to 6 (Mastercard, Amex, Visa, Discover...) and are written whole,
    # in groups of four, or 4-6-5 / 4-6-4 (Amex, Diners).
    grouped = (
        len(lengths) == 1
        or lengths in ([4, 6, 5], [4, 6, 4])
        or (all(length == 4 for length in lengths[:-1]) and lengths[-1] <= 4)
    )
    return digits[0] in "23456" and grouped and luhn.is_valid(digits)


def _is_spanish_id(text, parts):
    """DNI, NIE, CIF and the other NIFs; old DNIs are often written without their leading zero."""
    if text[0].isalpha() and sum(part.isdigit() for part in parts) > 1:
        # A NIE or CIF keeps its digits together; "BOE-A-2024-1234" is a reference, not an ID.
        return False
    if len(text) == 8 and text[:7].isdigit():
        text = "0" + text
    return len(text) == 9 and nif.is_valid(text)
