"""Syllable counters.

Catalan, Spanish and English: pyphen's hyphenation points + 1, counting only the parts that hold a
vowel, and never less than the vowel nuclei counted by rule. Pyphen undercounts short words (it will
not hyphenate "país", "oía", "idea") and some vowel sequences ("poeta", "aeropuerto", "every");
the rule-based count catches those. Pyphen dictionaries are loaded once per language.

Catalan follows pyphen's phonetic syllables (in-for-ma-ci-ó, his-tò-ri-a); Spanish follows the RAE
(ciu-dad, pa-ís, guion); Aranese has no pyphen dictionary and uses its own counter (Occitan
diphthongs and triphthongs; -cion is one syllable: ad-mi-nis-tra-cion, qu'ei).
"""

import re
from functools import cache, lru_cache

import pyphen

VOWELS = "aeiouáàâéèêíìîóòôúùûïüy"
STRONG = frozenset("aeoáàâéèêóòô")
BREAKING = frozenset("íìîúùûï")  # an accented i/u (or ï) is a nucleus of its own: pa-ís, ve-ï-na
WEAK = frozenset("iuüy")

NON_LETTERS_RE = re.compile(r"[^\w·]+|[\d_]+")
HYPHENS_RE = re.compile(r"[\-‐‑]")
SILENT_U_RE = re.compile(r"([qg])(?:u(?=[eiéèêíìî])|ü)")  # que, guerra: no vowel; qüestió, pingüí: a glide
ROMANCE_GROUP_RE = re.compile(r"[aeiouáàâéèêíìîóòôúùûïü]+(?:y(?![aeiouáàéèíìóòúù]))?")
ENGLISH_GROUP_RE = re.compile(r"[aeiouy]+")
INITIAL_Y_RE = re.compile(r"^y(?=[aeiou])")  # you, year: a consonant
ENGLISH_EXTRA_RE = re.compile(  # vowel pairs that are two syllables in English: me-di-a, ra-di-o
    r"(?<![cst])ia|(?<![cstxn])(?<!ll)io|eo(?![unp])|(?<![qg])ua|^.+[^aeiou]ea$|creat|oe[mt]|iet$"
    r"|(?<![tc])ient|ience|[aeiouy]ings?$|isms?$"
)
ENGLISH_SILENT_RE = re.compile(  # make, walked, makes (but table, needed, tables, boxes, judges)
    r"[^aeiouy]e$|[^aeioutd]ed$|[^aeiouysxzcgh]es$|[^cs]hes$"
)
ENGLISH_MAGIC_E_RE = re.compile(  # a silent e inside a derived word: state-ment, frame-work, like-ly
    r"[aeiouy][^aeiouy]e(?:ments?|ful|fully|less|ly|ness|works?|where|lines?|times?|ways?)$"
)
ENGLISH_EXCEPTIONS = {
    "business": 2, "businesses": 3, "chaos": 2, "cheque": 1, "cheques": 1, "element": 3, "elements": 3,
    "therefore": 2, "furthermore": 3, "whereas": 2, "wherever": 3, "naive": 2,
}  # fmt: skip
ENGLISH_SYLLABIC_LE_RE = re.compile(r"[^aeiouy]l(?:e|es|ed)$")  # ta-ble, ti-tled

PYPHEN_LANGUAGES = {"ca": "ca", "es": "es", "en": "en_GB"}

OC_TRIPHTHONGS = ("ieu", "ièu", "iei", "iau", "uei", "uèi", "uòu", "uau", "ueu", "uai", "iòu", "iòi")
OC_DIPHTHONGS = (
    "au", "àu", "eu", "èu", "éu", "ou", "òu", "óu", "ai", "ài", "ei", "èi", "éi", "oi", "òi", "ói",
    "ui", "iu", "ia", "ie", "iè", "ié", "io", "iò", "ió", "ua", "uà", "ue", "uè", "ué", "uo", "uò", "uó",
)  # fmt: skip


@cache
def hyphenator(language):
    """One pyphen dictionary per language, with the smallest margins so short words get split too."""
    return pyphen.Pyphen(lang=PYPHEN_LANGUAGES[language], left=1, right=1)


@lru_cache(maxsize=100_000)
def letters(word):
    """The lower-case letters of a word, without apostrophes, hyphens, middle dots or digits."""
    return NON_LETTERS_RE.sub("", word.lower().replace("’", "")).replace("·", "")


def parts(word):
    """The letters of each hyphen-separated part of a word: dóna-m'ho → dóna, mho."""
    return [part for part in map(letters, HYPHENS_RE.split(word)) if part]


def pyphen_count(part, language):
    """Pyphen's pieces that hold a vowel (en: "t-able", "y-ou" are one syllable, not two)."""
    pieces = hyphenator(language).inserted(part, hyphen="\x00").split("\x00")
    return sum(1 for piece in pieces if any(ch in VOWELS for ch in piece) and piece != "y")


def romance_nuclei(part):
    """Vowel nuclei by the Spanish/Catalan rules: two strong vowels, or an accented i/u, form a hiatus."""
    part = SILENT_U_RE.sub(r"\1", part)
    return sum(_group_nuclei(group) for group in ROMANCE_GROUP_RE.findall(part))


def _group_nuclei(group):
    count = 1
    for i in range(1, len(group)):
        prev, cur = group[i - 1], group[i]
        glide_onset = cur in WEAK and i + 1 < len(group)  # noia = no-ia, creuen = cre-uen
        if (prev in STRONG and cur in STRONG) or prev in BREAKING or cur in BREAKING or glide_onset:
            count += 1
    return count


def english_nuclei(part):
    """Vowel groups, minus silent endings (make, walked, makes), plus common two-vowel hiatuses."""
    if part in ENGLISH_EXCEPTIONS:
        return ENGLISH_EXCEPTIONS[part]
    part = INITIAL_Y_RE.sub("", part)
    count = len(ENGLISH_GROUP_RE.findall(part)) - bool(ENGLISH_MAGIC_E_RE.search(part))
    if count > 1 and ENGLISH_SILENT_RE.search(part) and not ENGLISH_SYLLABIC_LE_RE.search(part):
        count -= 1
    return count + len(ENGLISH_EXTRA_RE.findall(part))


def aranese_nuclei(part):
    """Aranese (Gascon Occitan): each triphthong, diphthong or lone vowel is one nucleus."""
    part = SILENT_U_RE.sub(r"\1", part)
    return sum(_aranese_group(group) for group in ROMANCE_GROUP_RE.findall(part))


def _aranese_group(group):
    count, i = 0, 0
    while i < len(group):
        i += _cluster_length(group, i)
        count += 1
    return count


def _cluster_length(group, i):
    for size, clusters in ((3, OC_TRIPHTHONGS), (2, OC_DIPHTHONGS)):
        if group[i : i + size] in clusters:
            return size
    return 1


RULES = {"ca": romance_nuclei, "es": romance_nuclei, "en": english_nuclei, "oc": aranese_nuclei}


@lru_cache(maxsize=100_000)
def count(word, language):
    """Syllables of one word (at least 1; numbers count as one)."""
    total = 0
    for part in parts(word):
        by_rule = RULES[language](part)
        by_pyphen = pyphen_count(part, language) if language in PYPHEN_LANGUAGES else 0
        total += max(by_rule, by_pyphen, 1)
    return max(total, 1)
