"""Snippets: the passage of a result that best matches the query, with its words marked.

They are made from page and imported text, which nobody checked for length: the start of the
text is read, and within it no more words than that start holds in ordinary text, as
normalisation can turn one character into several words ("ﷺ" is four).
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analysis import fold, is_stopword, stem, words

SENTENCE = re.compile(r"(?<=[.!?:;])\s+|\n+")
TOKEN = re.compile(r"[^\W_]+(?:·[^\W_]+)?|[\W_]+", re.UNICODE)
MAX_WORDS = 32
MAX_CHARACTERS = 4000
# About as many words as MAX_CHARACTERS of ordinary text holds.
MAX_WORDS_READ = 1000
# Words of a long passage searched for the first query word (a sentence rarely has 50).
MAX_WORDS_SCANNED = 250
# The longest passage shown: 32 ordinary words take some 250 characters.
MAX_PASSAGE = 400


def _matches(word, terms, language):
    folded = fold(word)
    return not is_stopword(folded, language) and stem(folded, language) in terms


def snippet(texts, terms, language, max_words=MAX_WORDS):
    """Safe HTML: the sentence of `texts` with most query terms, matching words in <mark>.

    Falls back to the start of the first text when nothing matches.
    """
    # The best passage of a long page is nearly always near its start: read the first part only.
    texts = [(text or "")[:MAX_CHARACTERS] for text in texts]
    best = _best_sentence(texts, terms, language)
    if not best:
        best = next((text.strip() for text in texts if text and text.strip()), "")
    html = _mark(_shorten(best, terms, language, max_words), terms, language)
    return mark_safe(html)  # noqa: S308  (_mark escapes every piece of text it returns)


def _best_sentence(texts, terms, language):
    best, best_score, left = "", 0, MAX_WORDS_READ
    for sentence in (sentence.strip() for text in texts for sentence in SENTENCE.split(text)):
        if left <= 0:
            break
        read = words(sentence)[:left]
        left -= len(read)
        found = {stem(word, language) for word in read} & terms
        if len(found) > best_score:
            best, best_score = sentence, len(found)
    return best


def _shorten(sentence, terms, language, max_words):
    tokens = sentence.split()
    if len(tokens) <= max_words:
        return _cut(sentence)
    first = _first_match(tokens, terms, language)
    start = max(0, min(first - max_words // 3, len(tokens) - max_words))
    text = _cut(" ".join(tokens[start : start + max_words]))
    return ("… " if start else "") + text + (" …" if start + max_words < len(tokens) else "")


def _first_match(tokens, terms, language):
    """The first token with a query word, among the first MAX_WORDS_SCANNED words; else 0."""
    left = MAX_WORDS_SCANNED
    for i, token in enumerate(tokens):
        found = words(token)
        if any(not is_stopword(word, language) and stem(word, language) in terms for word in found):
            return i
        left -= max(1, len(found))
        if left <= 0:
            break
    return 0


def _cut(passage):
    """At most MAX_PASSAGE characters: a "word" can be a whole page without spaces."""
    return passage if len(passage) <= MAX_PASSAGE else passage[:MAX_PASSAGE] + "…"


def _mark(text, terms, language):
    parts = []
    for token in TOKEN.findall(text):
        if token[0].isalnum() and _matches(token, terms, language):
            parts.append(f"<mark>{escape(token)}</mark>")
        else:
            parts.append(escape(token))
    return "".join(parts)
