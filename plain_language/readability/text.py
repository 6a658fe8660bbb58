"""Plain text out of HTML, and the plain text cut into sentences and words.

Every offset (``start``/``end``) is an index into the extracted plain text, never into the HTML.
Block elements (``<p>``, ``<li>``, ``<h1>``…``<h6>``, ``<br>``…) become a newline, and a newline always
ends a sentence: headings and list items seldom end with a full stop.
"""

import html
import re
from dataclasses import dataclass, field

BLOCK_TAGS = frozenset(
    "p li h1 h2 h3 h4 h5 h6 br div ul ol dl dt dd tr td th table thead tbody caption blockquote "
    "section article aside header footer nav figure figcaption hr pre address details summary".split()
)
SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript"})

TAG_RE = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*\b[^>]*|/[a-zA-Z][a-zA-Z0-9]*\s*|!--.*?--)>", re.S)
MARKUP_RE = re.compile(r"<!--.*?(?:-->|$)|<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<![^>]*>|<\?[^>]*>", re.S)
ENTITY_RE = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")
INLINE_SPACE_RE = re.compile(r"\s+")
BREAK_RE = re.compile(r"[ \t\f\v\xa0]*\n\s*")
LINE_RE = re.compile(r"[^\n]+")

LETTERS = r"[^\W\d_]"
# A word: letters joined by apostrophes (l'home, d'aquí, qu'ei, don't), hyphens (dóna-m'ho,
# vint-i-quatre), the Catalan middle dot (col·legi, also mistyped col.legi).
WORD_RE = re.compile(rf"{LETTERS}+(?:(?:['’\-‐‑·]|(?<=l)\.(?=l)){LETTERS}+)*|\d+(?:[.,:]\d+)*(?:{LETTERS}+)?")
# A candidate sentence end: terminal punctuation, closing quotes/brackets, then space or the end.
END_RE = re.compile(r"[.!?…]+[\"'»”’)\]]*(?=\s|$)")
TOKEN_BEFORE_RE = re.compile(r"([\w·]+(?:\.[\w·]+)*)\.+$")
OPENERS = "¿¡\"'«“‘([—–-"
CLOSERS = "\"'»”’)]"


@dataclass(slots=True)
class Word:
    start: int
    end: int
    text: str
    core: str  # lower-case host word, without elided clitics (l', d') or enclitics (-te, -m'ho)
    syllables: int = 0


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    words: list = field(default_factory=list)


def _html_parts(text):
    """Text nodes (entities decoded, white space collapsed) and newlines for block elements."""
    position, skipping = 0, None
    for match in MARKUP_RE.finditer(text):
        closing, tag = match.group(1), (match.group(2) or "").lower()
        if skipping is None:
            yield INLINE_SPACE_RE.sub(" ", html.unescape(text[position : match.start()]))
            if tag in BLOCK_TAGS:
                yield "\n"
        position = match.end()
        if tag in SKIPPED_TAGS:
            skipping = None if closing else tag
    if skipping is None:
        yield INLINE_SPACE_RE.sub(" ", html.unescape(text[position:]))


def to_plain_text(text):
    """The plain text of ``text``: HTML tags stripped and entities decoded; plain text kept as it is."""
    if TAG_RE.search(text):
        text = "".join(_html_parts(text))
    elif ENTITY_RE.search(text):
        text = html.unescape(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return BREAK_RE.sub("\n", text).strip()


def words_in(text, core_of):
    """All the words of ``text``, each with its span and its core form given by ``core_of``."""
    return [Word(m.start(), m.end(), m.group(), core_of(m.group())) for m in WORD_RE.finditer(text)]


def sentence_bounds(text, is_abbreviation):
    """(start, end) of each sentence: newlines always end one; full stops after abbreviations don't."""
    bounds, start = [], 0
    for line in LINE_RE.finditer(text):
        for end in _line_ends(text, line.start(), line.end(), is_abbreviation):
            bounds.append((start, end))
            start = end
        bounds.append((start, line.end()))
        start = line.end()
    return [(s + _leading_space(text, s, e), e) for s, e in bounds if text[s:e].strip()]


def _line_ends(text, line_start, line_end, is_abbreviation):
    line = text[line_start:line_end]
    for match in END_RE.finditer(line):
        rest = line[match.end() :].lstrip()
        if rest and _ends_sentence(line[max(0, match.end() - 40) : match.end()], rest, is_abbreviation):
            yield line_start + match.end()


def _ends_sentence(before, rest, is_abbreviation):
    """Whether the punctuation at the end of ``before`` ends a sentence, ``rest`` following it."""
    if not (rest[0].isupper() or rest[0].isdigit() or rest[0] in OPENERS):
        return False
    before = before.rstrip(CLOSERS)
    token = TOKEN_BEFORE_RE.search(before)
    if token is None or before[-1] in "!?…":
        return True
    return not is_abbreviation(token.group(1), rest)


def _leading_space(text, start, end):
    return len(text[start:end]) - len(text[start:end].lstrip())


def split(text, is_abbreviation, core_of):
    """The sentences of the plain ``text``, each with its words; sentences without words are dropped."""
    words, sentences = words_in(text, core_of), []
    index = 0
    for start, end in sentence_bounds(text, is_abbreviation):
        sentence = Sentence(start, end)
        while index < len(words) and words[index].start < end:
            if words[index].start >= start:
                sentence.words.append(words[index])
            index += 1
        if sentence.words:
            sentences.append(sentence)
    return sentences
