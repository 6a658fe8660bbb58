"""Plain text out of HTML, and the plain text cut into sentences and words.

Every offset (``start``/``end``) is an index into the extracted plain text, never into the HTML.
Block elements (``<p>``, ``<li>``, ``<h1>``…``<h6>``, ``<br>``…) become a newline, and a newline always
ends a sentence: headings and list items seldom end with a full stop.
"""

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

BLOCK_TAGS = frozenset(
    "p li h1 h2 h3 h4 h5 h6 br div ul ol dl dt dd tr td th table thead tbody caption blockquote "
    "section article aside header footer nav figure figcaption hr pre address details summary".split()
)
SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript"})

TAG_RE = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*\b[^>]*|/[a-zA-Z][a-zA-Z0-9]*\s*|!--.*?--)>", re.S)
ENTITY_RE = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")
INLINE_SPACE_RE = re.compile(r"\s+")
BREAK_RE = re.compile(r"[ \t\f\v\xa0]*\n\s*")

LETTERS = r"[^\W\d_]"
# A word: letters joined by apostrophes (l'home, d'aquí, qu'ei, don't), hyphens (dóna-m'ho,
# vint-i-quatre), the Catalan middle dot (col·legi, also written col.legi or with U+0140).
WORD_RE = re.compile(
    rf"{LETTERS}+(?:(?:['’\-‐‑·]|(?<=[lŀ])\.(?=l)){LETTERS}+)*|\d+(?:[.,:]\d+)*(?:{LETTERS}+)?"
)
# A candidate sentence end: terminal punctuation, closing quotes/brackets, then space or the end.
END_RE = re.compile(r"[.!?…]+[\"'»”’)\]]*(?=\s|$)")
TOKEN_BEFORE_RE = re.compile(r"([\w·]+(?:\.[\w·]+)*)\.+$")
OPENERS = "¿¡\"'«“‘([—–-"


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


class _Extractor(HTMLParser):
    """Collects the text nodes of an HTML fragment; block elements become newlines."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        self._tag(tag, opening=True)

    def handle_startendtag(self, tag, attrs):
        self._tag(tag, opening=None)

    def handle_endtag(self, tag):
        self._tag(tag, opening=False)

    def _tag(self, tag, opening):
        if tag in SKIPPED_TAGS and opening is not None:
            self.skipping = max(0, self.skipping + (1 if opening else -1))
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(INLINE_SPACE_RE.sub(" ", data))


def to_plain_text(text):
    """The plain text of ``text``: HTML tags stripped and entities decoded; plain text kept as it is."""
    if TAG_RE.search(text):
        parser = _Extractor()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
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
    for line in re.finditer(r"[^\n]+", text):
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
        if rest and _ends_sentence(line[: match.end()], rest, is_abbreviation):
            yield line_start + match.end()


def _ends_sentence(before, rest, is_abbreviation):
    """Whether the punctuation at the end of ``before`` ends a sentence, ``rest`` following it."""
    first = rest[0]
    if not (first.isupper() or first.isdigit() or first in OPENERS):
        return False
    token = TOKEN_BEFORE_RE.search(before.rstrip("\"'»”’)]"))
    if token is None or before.rstrip("\"'»”’)]")[-1] in "!?…":
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
