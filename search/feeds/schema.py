"""What a feed's services must hold: types, lengths, characters and links, checked before anything
is stored.

A value of the wrong type, once stored, breaks the search index: the service is missing from
search while the import said it went well. So every field is checked for the exact type the
format gives it; text is measured after NFKC normalisation and case folding (what
the index analyses, and they can make a text longer); control characters, broken Unicode and
direction overrides are refused; and a link must be a web address (`portal.links`). A record's
problems are all reported at once, so the publisher can fix them in one go.
"""

import re
import unicodedata
from functools import partial

from directory.models import Administration, ChannelKind
from portal.languages import codes
from portal.links import is_safe_link

from . import kind, shown

SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")
# Limits: the model's columns (identifier 200, publisher and organisation 255, url 1000) and the
# index's (a title of 500); a description is a summary, not a page.
MAX_SOURCE, MAX_ID, MAX_NAME, MAX_URL, MAX_SLUG = 100, 200, 255, 1000, 100
MAX_TITLE, MAX_DESCRIPTION, MAX_KEYWORD, MAX_KEYWORDS, MAX_LIFE_EVENTS = 500, 5000, 100, 50, 50
# Control characters (but tab and line breaks in long text), lone surrogates (not text at all) and
# the bidirectional overrides and isolates, which make text read otherwise than it is stored.
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
LINE_BREAKS = re.compile("[\t\n\r]")


class Invalid(ValueError):
    """A value is wrong; the message completes a sentence that starts with the field's name."""


class RecordInvalid(ValueError):
    """A service is wrong: `problems` is a list of (field name or None, message)."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__("; ".join(message for _name, message in problems))


def measured(value):
    return len(unicodedata.normalize("NFKC", value).casefold())


def text(value, max_length, multiline=False):
    if not isinstance(value, str):
        raise Invalid(f"must be text, not {kind(value)}")
    bad = FORBIDDEN.search(value)
    if bad:
        raise Invalid(f"holds a character that is not allowed (U+{ord(bad.group()):04X})")
    if not multiline and LINE_BREAKS.search(value):
        raise Invalid("holds a line break or a tab: keep it on one line")
    value = value.strip()
    if not value:
        raise Invalid("is empty: give the text, or leave it out")
    # Normalising can only shrink a text to a third (Hangul syllables): past that, it is too long.
    if len(value) > 3 * max_length or measured(value) > max_length:
        raise Invalid(f"is longer than {max_length} characters")
    return value


def slug(value, max_length=MAX_SLUG):
    value = text(value, max_length)
    if not SLUG.fullmatch(value):
        raise Invalid(f"must be a lowercase slug (a-z, 0-9 and -), not {shown(value)}")
    return value


def choice(value, choices):
    if not isinstance(value, str) or value not in choices:
        given = shown(value) if isinstance(value, str) else kind(value)
        raise Invalid(f"must be one of {', '.join(choices)}, not {given}")
    return value


WEB_SCHEMES = ("https://", "http://")


def link(value):
    """A service's own address: a web address, by the portal's link rules (portal/links.py)."""
    value = text(value, MAX_URL).strip()
    if not value.lower().startswith(WEB_SCHEMES) or not is_safe_link(value):
        raise Invalid(
            f"is not a link we accept: it must be a web address that starts with https:// or http://, "
            f"with no spaces, control or invisible characters (it is {shown(value)})"
        )
    return value


def listed(value, item, max_items):
    if not isinstance(value, list):
        raise Invalid(f"must be a list, not {kind(value)}")
    if len(value) > max_items:
        raise Invalid(f"has more than {max_items} items")
    values = []
    for number, one in enumerate(value, 1):
        try:
            values.append(item(one))
        except Invalid as error:
            raise Invalid(f"item {number} {error}") from None
    repeated = sorted({one for one in values if values.count(one) > 1})
    if repeated:
        raise Invalid(f"lists {shown(repeated[0])} twice")
    return values


def per_language(value, item, required=False):
    if not isinstance(value, dict):
        raise Invalid(f"must be an object of language codes ({', '.join(codes())}), not {kind(value)}")
    unknown = [code for code in value if code not in codes()]
    if unknown:
        raise Invalid(f"has {shown(unknown[0])}, which is not a language code: use {', '.join(codes())}")
    if getattr(value, "repeated", None):
        raise Invalid(f"gives the language {shown(min(value.repeated))} twice")
    if required and not value:
        raise Invalid("needs at least one language")
    cleaned = {}
    for code, one in value.items():
        try:
            cleaned[code] = item(one)
        except Invalid as error:
            raise Invalid(f'"{code}" {error}') from None
    return cleaned


def words(value):
    return listed(value, partial(text, max_length=MAX_KEYWORD), MAX_KEYWORDS)


# Each field: (required, the function that returns its clean value or raises Invalid).
FIELDS = {
    "id": (True, partial(slug, max_length=MAX_ID)),
    "title": (True, partial(per_language, item=partial(text, max_length=MAX_TITLE), required=True)),
    "description": (
        False,
        partial(per_language, item=partial(text, max_length=MAX_DESCRIPTION, multiline=True)),
    ),
    "keywords": (False, partial(per_language, item=words)),
    "url": (True, link),
    "organisation": (False, partial(text, max_length=MAX_NAME)),
    "administration": (True, partial(choice, choices=Administration.values)),
    "channels": (
        False,
        partial(listed, item=partial(choice, choices=ChannelKind.values), max_items=len(ChannelKind.values)),
    ),
    "life_events": (False, partial(listed, item=slug, max_items=MAX_LIFE_EVENTS)),
    "publisher": (False, partial(text, max_length=MAX_NAME)),
}


def clean_record(data, feed_publisher):
    """The ExternalService fields of a record, or RecordInvalid with every problem it has."""
    if not isinstance(data, dict):
        raise RecordInvalid([(None, f"a service must be an object, not {kind(data)}")])
    problems = [
        (name, f'"{name}" is given twice: give it once') for name in sorted(getattr(data, "repeated", ()))
    ]
    problems += [
        (None, f"{shown(name)} is not a field of a service: the fields are {', '.join(FIELDS)}")
        for name in data
        if name not in FIELDS
    ]
    values = {}
    for name, (required, clean) in FIELDS.items():
        if name not in data:
            if required:
                problems.append((None, f'"{name}" is missing'))
            continue
        try:
            values[name] = clean(data[name])
        except Invalid as error:
            problems.append((name, f'"{name}" {error}'))
    if problems:
        raise RecordInvalid(problems)
    return _model_fields(values, feed_publisher)


def _model_fields(values, feed_publisher):
    publisher = values.get("publisher") or feed_publisher
    if not publisher:
        raise RecordInvalid([(None, '"publisher" is missing: give it in the feed or in the service')])
    return {
        "identifier": values["id"],
        "publisher": publisher,
        "organisation": values.get("organisation") or publisher,
        "administration": values["administration"],
        "url": values["url"],
        "title": values["title"],
        "description": values.get("description", {}),
        "keywords": values.get("keywords", {}),
        "channels": values.get("channels", []),
        "life_events": values.get("life_events", []),
    }


def clean_source(value):
    if value is None:
        raise Invalid('"source", the name of the feed, is missing')
    try:
        return slug(value, MAX_SOURCE)
    except Invalid as error:
        raise Invalid(f'"source", the name of the feed, {error}') from None


def clean_publisher(value):
    if value == "":
        return ""
    try:
        return text(value, MAX_NAME)
    except Invalid as error:
        raise Invalid(f'"publisher" {error}') from None
