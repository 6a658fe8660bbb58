"""Reading another administration's catalogue feed (JSON or CSV) into records that keep their lines.

A feed comes from outside: it may be in another encoding, truncated, binary, huge, or shaped
unlike the format (see demo_services/README.md). Reading never raises anything but
`FeedError`, whose problems each carry the line to look at, so an operator can send the
publisher a message they can act on. What a record's fields must hold is `schema`'s work.
"""

import codecs
from dataclasses import dataclass, field
from pathlib import Path

# A feed of 10,000 services in four languages is about 15 MB; past this, the file is not a feed.
MAX_BYTES = 20 * 1024 * 1024
# More services than any administration publishes; the limit keeps a hostile feed's cost bounded.
MAX_SERVICES = 10_000
# UTF-32's marks first: UTF-32-LE's begins with UTF-16-LE's.
BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


@dataclass(frozen=True)
class Problem:
    line: int | None
    message: str

    def __str__(self):
        return f"line {self.line}: {self.message}" if self.line else self.message


class FeedError(ValueError):
    """The feed cannot be imported: nothing of it is. `problems` says every reason found."""

    def __init__(self, problems):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("; ".join(str(problem) for problem in self.problems))


class Number:
    """A JSON number as written: its text is never converted (see json_feed)."""

    def __init__(self, text):
        self.text = text


def kind(value):
    """What a value is, in the words of a feed's format: 'text', 'a list', 'a number'..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    kinds = ((str, "text"), (list, "a list"), (dict, "an object"), (Number, "a number"))
    return next((name for cls, name in kinds if isinstance(value, cls)), type(value).__name__)


def shown(value, width=60):
    """A text quoted for a message: escaped, so no control character reaches a terminal, and short."""
    text = repr(value[:width])
    return text + "…" if len(value) > width else text


@dataclass
class Record:
    """One service as the feed wrote it: `data` is not checked yet."""

    index: int
    line: int
    data: object
    field_lines: dict = field(default_factory=dict)

    def line_of(self, name):
        return self.field_lines.get(name, self.line)


@dataclass
class Feed:
    source: object
    publisher: object
    records: list
    # The lines of "source" and "publisher", for messages about them.
    lines: dict = field(default_factory=dict)


def read_feed(path):
    """The Feed in the file at `path`: CSV when its name ends in .csv, JSON otherwise."""
    from . import csv_feed, json_feed

    path = Path(path)
    text = decode(read_bytes(path))
    return (csv_feed if path.suffix.lower() == ".csv" else json_feed).read(text)


def check_count(count):
    """FeedError when a feed holds more services than one import takes."""
    if count > MAX_SERVICES:
        message = f"the feed has more than {MAX_SERVICES:,} services: split it into several feeds"
        raise FeedError(Problem(None, message))


def read_bytes(path):
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError as error:
        raise FeedError(Problem(None, f"the file cannot be read: {error.strerror or error}")) from None
    if len(data) > MAX_BYTES:
        limit = MAX_BYTES // (1024 * 1024)
        raise FeedError(Problem(None, f"the file is larger than {limit} MB: split it into several feeds"))
    return data


def decode(data):
    """UTF-8 text (a byte order mark at the start is dropped), or FeedError with the line."""
    for mark, encoding in BOMS:
        if data.startswith(mark):
            raise FeedError(Problem(1, f"the file is {encoding} text: save it as UTF-8"))
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise FeedError(Problem(line, "the file holds a NUL byte: it is not UTF-8 text"))
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]  # so that error positions count from the data's start
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        message = f"byte {data[error.start]:#04x} is not UTF-8: save the file as UTF-8"
        raise FeedError(Problem(line, message)) from None
