"""Personal data out of free text, before anything stores it or writes it to a log.

    >>> from privacy.scrubber import scrub
    >>> scrub("Sóc el 12345678Z, truqueu-me al 612 34 56 78 o a joan@example.cat")
    'Sóc el [id], truqueu-me al [phone] o a [email]'

Every free text the portal keeps or logs (searches now; page feedback, bookings and the
assistant's conversations later) goes through `scrub` first. What it replaces, and with what:

- `[email]`: e-mail addresses, also with spaces around the "@" or written "(at)", "[at]",
  "(arroba)", with "(dot)" for the dots. A bare " at " is left alone: it is an English word.
- `[phone]`: Spanish numbers of 9 digits starting 6, 7, 8 or 9, whole or in groups ("612 345
  678", "93.123.45.67", "612-34-56-78"), with or without +34 / 0034; and international numbers
  written with "+" or "00" and 8 to 15 digits.
- `[id]`: DNI (also without its leading zero), NIE, CIF and the other NIFs, whose check letter
  or digit must be right; Social Security numbers (NUSS/NAF, 12 digits, modulo 97).
- `[iban]`: IBANs of any country, spaced or not, checksum and national format validated.
- `[card]`: payment card numbers: 13 to 19 digits starting 2 to 6, Luhn-valid, whole or in
  groups of four (or 4-6-5).

What it leaves: numbers whose check digits are wrong, and the numbers people write that are
not personal: years, dates, amounts, postcodes, file numbers, and the service lines of
organisations (012, 016, 112, and 80x/90x numbers such as 900 900 120). Names and postal
addresses are not recognised, so what is stored must still be short-lived.

The text is normalised first (NFKC, so full-width digits are digits; invisible format
characters removed) and then bounded to `max_length` characters: what lies past the bound,
and a word cut in two by it, is dropped rather than kept unscrubbed. The work is linear in the
length of the text (no pattern can backtrack without bound), and scrubbing twice changes
nothing more than scrubbing once, so stored text can be scrubbed again when these rules grow.
This module needs no Django: logging configuration loads it before Django starts.
"""

import re
import unicodedata

from . import numbers

MAX_LENGTH = 10_000
LABELS = {"email": "[email]", "phone": "[phone]", "id": "[id]", "iban": "[iban]", "card": "[card]"}

_AT = r"(?:\s{0,3}@\s{0,3}|\s{0,3}[(\[{]\s{0,3}(?:at|arroba)\s{0,3}[)\]}]\s{0,3})"
_DOT = r"(?:\.|\s{0,3}[(\[{]\s{0,3}(?:dot|punt|punto)\s{0,3}[)\]}]\s{0,3})"
_LABEL = r"[^\W_][\w\-]{0,62}"
# Every repetition is bounded, so a match attempt costs at most a few hundred steps.
EMAIL = re.compile(rf"[\w.%+\-]{{1,64}}{_AT}({_LABEL}(?:{_DOT}{_LABEL}){{1,8}})", re.IGNORECASE)
DOMAIN_LABEL = re.compile(rf"{_DOT}?({_LABEL})", re.IGNORECASE)
SPELT_AT = re.compile(r"[(\[{]\s{0,3}(?:at|arroba)\s{0,3}[)\]}]", re.IGNORECASE)
# Every number looked for has digits, and every address an "@" or its spelt-out form: a text
# without them is left as it is, at once.
MAY_HOLD_PERSONAL_DATA = re.compile(rf"[0-9@]|{SPELT_AT.pattern}", re.IGNORECASE)


def scrub(text, max_length=MAX_LENGTH):
    """`text` normalised and bounded, with every personal datum replaced by its label."""
    text = normalise(text or "", max_length)
    if not MAY_HOLD_PERSONAL_DATA.search(text):
        return text
    spans = sorted(_emails(text) + numbers.find(text), key=lambda found: (found.start, -found.end))
    pieces, position = [], 0
    for kind, start, end in _merged(spans):
        pieces += [text[position:start], LABELS[kind]]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def contains_personal_data(text, max_length=MAX_LENGTH):
    """Whether `scrub` would replace anything in `text`."""
    text = normalise(text or "", max_length)
    return bool(MAY_HOLD_PERSONAL_DATA.search(text) and (_emails(text) or numbers.find(text)))


def normalise(text, max_length=MAX_LENGTH):
    if text.isascii():
        return _bounded(text, max_length)  # nothing to compose, nothing invisible
    # Bounded before normalising too, which can make a text longer (one character, up to 18).
    text = unicodedata.normalize("NFKC", _bounded(text, 2 * max_length))
    text = "".join(char for char in text if unicodedata.category(char) != "Cf")
    return _bounded(text, max_length)


def _bounded(text, max_length):
    if len(text) <= max_length:
        return text
    end = max_length
    if not text[end].isspace():
        # The bound cuts a word (perhaps a number): drop the part before the bound too.
        while end and not text[end - 1].isspace():
            end -= 1
    return text[:end]


def _emails(text):
    if "@" not in text and not SPELT_AT.search(text):
        return []
    found = []
    for match in EMAIL.finditer(text):
        end = _domain_end(match)
        if end:
            found.append(numbers.Found("email", match.start(), end))
    return found


def _domain_end(match):
    """Where the address ends: after its last label made of letters (".cat", ".com")."""
    domain_start = match.start(1)
    labels = list(DOMAIN_LABEL.finditer(match.group(1)))
    for label in reversed(labels[1:]):
        name = label.group(1)
        if len(name) >= 2 and name.isalpha():
            return domain_start + label.end()
    return None


def _merged(spans):
    """Overlapping spans as one, named after the longest of them."""
    merged = []
    for found in spans:
        if merged and found.start < merged[-1][2]:
            kind, start, end, longest = merged[-1]
            if found.end - found.start > longest:
                kind, longest = found.kind, found.end - found.start
            merged[-1] = [kind, start, max(end, found.end), longest]
        else:
            merged.append([found.kind, found.start, found.end, found.end - found.start])
    return [(kind, start, end) for kind, start, end, _longest in merged]
