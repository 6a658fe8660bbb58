"""Snippets: the passage of a result that best matches the query, with its words marked."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analysis import fold, is_stopword, stem, words

SENTENCE = re.compile(r"(?<=[.!?:;])\s+|\n+")
TOKEN = re.compile(r"[^\W_]+(?:·[^\W_]+)?|[\W_]+", re.UNICODE)
MAX_WORDS = 32
MAX_CHARACTERS = 4000


def _matches(word, terms, language):
    folded = fold(word)
    return not is_stopword(folded, language) and stem(folded, language) in terms


def snippet(texts, terms, language, max_words=MAX_WORDS):
    """Safe HTML: the sentence of `texts` with most query terms, matching words in <mark>.

    Falls back to the start of the first text when nothing matches.
    """
    best, best_score = "", 0
    # The best passage of a long page is nearly always near its start: read the first part only.
    texts = [(text or "")[:MAX_CHARACTERS] for text in texts]
    for text in texts:
        for sentence in SENTENCE.split(text or ""):
            sentence = sentence.strip()
            if not sentence:
                continue
            found = {stem(word, language) for word in words(sentence)} & terms
            if len(found) > best_score:
                best, best_score = sentence, len(found)
    if not best:
        best = next((text.strip() for text in texts if text and text.strip()), "")
    html = _mark(_shorten(best, terms, language, max_words), terms, language)
    return mark_safe(html)  # noqa: S308  (_mark escapes every piece of text it returns)


def _shorten(sentence, terms, language, max_words):
    tokens = sentence.split()
    if len(tokens) <= max_words:
        return sentence
    first = next(
        (i for i, token in enumerate(tokens) if any(_matches(w, terms, language) for w in words(token))), 0
    )
    start = max(0, min(first - max_words // 3, len(tokens) - max_words))
    text = " ".join(tokens[start : start + max_words])
    return ("… " if start else "") + text + (" …" if start + max_words < len(tokens) else "")


def _mark(text, terms, language):
    parts = []
    for token in TOKEN.findall(text):
        if token[0].isalnum() and _matches(token, terms, language):
            parts.append(f"<mark>{escape(token)}</mark>")
        else:
            parts.append(escape(token))
    return "".join(parts)
