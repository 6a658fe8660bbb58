"""JSON feeds, read so that each service, and each of its fields, keeps the line it starts on.

The whole text is parsed once to find any syntax error (with its line). The services are then
located by walking the parsed text with the decoder's own `raw_decode`, member by member,
rather than by searching the text for `"services"`: that word inside a record's text, or a
second "services" member, must not move anyone's lines or records.

Numbers are kept as written (`Number`), never converted: no field of a feed holds one, and
converting a 5,000-digit integer costs time or fails. Objects keep the names they repeat, so a
field given twice is an error rather than a silent choice of the last.
"""

import json
import re
from bisect import bisect_left
from collections import Counter

from . import Feed, FeedError, Number, Problem, Record, check_count, kind, shown

SPACE = re.compile(r"[ \t\n\r]*")
# Strings skipped whole, so that brackets inside them are not counted.
BRACKETS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')
DEEP = 20
FEED_FIELDS = ("source", "publisher", "services")


class JSONObject(dict):
    """A JSON object that remembers the names it was given more than once."""

    repeated = frozenset()


def _object(pairs):
    result = JSONObject(pairs)
    if len(result) < len(pairs):  # the common case pays for one comparison
        result.repeated = frozenset(
            name for name, count in Counter(name for name, _ in pairs).items() if count > 1
        )
    return result


DECODER = json.JSONDecoder(
    object_pairs_hook=_object, parse_int=Number, parse_float=Number, parse_constant=Number
)


class Walk:
    """Positions in a text that is valid JSON: where each member or item starts, and its line."""

    def __init__(self, text):
        self.text = text
        self.newlines = [match.start() for match in re.finditer("\n", text)]

    def line(self, position):
        return bisect_left(self.newlines, position) + 1

    def skip(self, position):
        return SPACE.match(self.text, position).end()

    def members(self, start):
        """(name, value, position) of each member of the object at `start`, in order, repeats kept."""
        found, position = [], self.skip(start + 1)
        while self.text[position] != "}":
            name, position = DECODER.raw_decode(self.text, position)
            position = self.skip(self.skip(position) + 1)  # past the colon
            value, end = DECODER.raw_decode(self.text, position)
            found.append((name, value, position))
            position = self._next(end)
        return found

    def items(self, start):
        """(value, position) of each item of the list at `start`."""
        found, position = [], self.skip(start + 1)
        while self.text[position] != "]":
            value, end = DECODER.raw_decode(self.text, position)
            found.append((value, position))
            position = self._next(end)
        return found

    def _next(self, end):
        position = self.skip(end)
        return self.skip(position + 1) if self.text[position] == "," else position


def read(text):
    parsed = parse(text)
    if isinstance(parsed, dict) and isinstance(parsed.get("services"), list):
        check_count(len(parsed["services"]))  # before walking them, which costs as much again
    walk = Walk(text)
    start = walk.skip(0)
    if not isinstance(parsed, dict):
        message = f'the feed must be an object with "source", "publisher" and "services", not {kind(parsed)}'
        raise FeedError(Problem(walk.line(start), message))
    members = _feed_members(walk, start)
    services, position = members["services"]
    records = [_record(walk, number, value, at) for number, (value, at) in enumerate(walk.items(position), 1)]
    found = {name: value for name, (value, _at) in members.items()}
    lines = {name: walk.line(at) for name, (_value, at) in members.items()}
    return Feed(found.get("source"), found.get("publisher", ""), records, lines)


def parse(text):
    try:
        return DECODER.decode(text)
    except json.JSONDecodeError as error:
        raise FeedError(
            Problem(error.lineno, f"not valid JSON: {error.msg} (column {error.colno})")
        ) from None
    except RecursionError:
        raise FeedError(Problem(_too_deep(text), "lists or objects are nested too deeply")) from None


def _too_deep(text):
    depth = 0
    for match in BRACKETS.finditer(text):
        depth += {"[": 1, "{": 1, "]": -1, "}": -1}.get(match.group(), 0)
        if depth > DEEP:
            return text.count("\n", 0, match.start()) + 1
    return None


def _feed_members(walk, start):
    """{name: (value, position)} of the feed's own members; FeedError when they are not the format's."""
    members, problems = {}, []
    for name, value, position in walk.members(start):
        line = walk.line(position)
        if name in members:
            problems.append(Problem(line, f'"{name}" is given twice: give it once'))
        elif name not in FEED_FIELDS:
            problems.append(
                Problem(line, f"{shown(name)} is not part of the format: use {', '.join(FEED_FIELDS)}")
            )
        members[name] = (value, position)
    services = members.get("services")
    if services is None:
        problems.append(Problem(walk.line(start), 'the feed has no "services" list'))
    elif not isinstance(services[0], list):
        problems.append(
            Problem(walk.line(services[1]), f'"services" must be a list, not {kind(services[0])}')
        )
    if problems:
        raise FeedError(problems)
    return members


def _record(walk, number, value, position):
    record = Record(number, walk.line(position), value)
    if isinstance(value, dict):
        record.field_lines = {name: walk.line(at) for name, _value, at in walk.members(position)}
    return record
