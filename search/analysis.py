"""Text analysis shared by the embedded engine and the query parser.

The same steps run on documents when they are indexed and on what people type, so that
"Jubilació", "jubilacio" and "jubilacions" meet on one term: split into words (apostrophes
and hyphens split too: "l'atur", "empadronar-me"), fold case and accents, drop the
language's stop words, then reduce each word to its Snowball stem. Aranese has no Snowball
stemmer: it shares Catalan's, which handles its plurals and most of its endings.
"""

import re
import unicodedata
from functools import lru_cache

import Stemmer

from .stopwords import STOPWORDS

STEMMERS = {"ca": "catalan", "es": "spanish", "en": "english", "oc": "catalan"}
WORD = re.compile(r"[^\W_]+", re.UNICODE)
# The Catalan "ela geminada" (l·l, l.l) is one letter pair: keep it in one word.
GEMINATE = re.compile(r"l[·.]l", re.IGNORECASE)
# Combining marks left by NFKD decomposition: removing them drops the accents.
COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text):
    """Lower case without accents: 'Sanitària' -> 'sanitaria', 'Çà' -> 'ca', 'ñ' -> 'n'."""
    return COMBINING.sub("", unicodedata.normalize("NFKD", GEMINATE.sub("ll", text).casefold()))


def words(text):
    """The folded words of `text`, stop words included."""
    return WORD.findall(fold(text))


@lru_cache(maxsize=8)
def _stemmer(language):
    return Stemmer.Stemmer(STEMMERS[language])


@lru_cache(maxsize=200_000)
def stem(word, language):
    """The Snowball stem, but never shorter than the word's first four letters.

    Stemmers cut short words hard: Catalan makes "social" and "SOC" (the employment service)
    both "soc", and "pare" (father) and "paro" both "par". Keeping four letters keeps them apart
    and still joins "social" and "socials".
    """
    stemmed = _stemmer(language).stemWord(word)
    return stemmed if len(stemmed) >= 4 else word[:4]


def is_stopword(word, language):
    return word in STOPWORDS[language] or len(word) < 2


def content_words(text, language):
    """The folded words of `text` that carry meaning (stop words dropped)."""
    stopwords = STOPWORDS[language]
    return [word for word in words(text) if len(word) > 1 and word not in stopwords]


def terms(text, language):
    """The index terms of `text`: stems of its content words, in order."""
    return [stem(word, language) for word in content_words(text, language)]
