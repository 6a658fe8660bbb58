"""Import external service records from a catalogue feed (JSON or CSV; see demo_services/README.md).

Records are upserted by (source, id); records of that source missing from the feed are removed.
A bad record is reported with its line and skipped, and never removes the record it would
have replaced; the rest of the feed is imported.
"""

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction

from directory.models import Administration, ChannelKind

from .indexing import services_in_bulk
from .models import ExternalService

LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
FIELDS = ("publisher", "organisation", "administration", "url", "title", "description", "keywords")
FIELDS += ("channels", "life_events")


class FeedError(ValueError):
    """The whole feed cannot be read: nothing is imported from it."""


@dataclass
class Record:
    line: int
    data: dict


@dataclass
class ImportResult:
    source: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    errors: list = field(default_factory=list)  # (line, message)

    def summary(self):
        return (
            f"{self.source}: {self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.removed} removed, {len(self.errors)} bad records skipped"
        )


def line_of(text, position):
    return text.count("\n", 0, position) + 1


def read_json(text):
    """(source, publisher, records), each record with the line where it starts."""
    try:
        feed = json.loads(text)
    except json.JSONDecodeError as error:
        raise FeedError(
            f"Not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}."
        ) from None
    if not isinstance(feed, dict) or not isinstance(feed.get("services"), list):
        raise FeedError('The feed must be an object with "source", "publisher" and a "services" list.')
    start = re.search(r'"services"\s*:\s*\[', text).end()
    decoder, records, position = json.JSONDecoder(), [], start
    for _service in feed["services"]:
        while text[position] in " \t\r\n,":
            position += 1
        data, end = decoder.raw_decode(text, position)
        records.append(Record(line_of(text, position), data))
        position = end
    return feed.get("source", ""), feed.get("publisher", ""), records


def read_csv(text):
    """One row per service: source, publisher, id, ...; title_ca, title_es... ; lists split on '|'."""
    rows = list(csv.DictReader(io.StringIO(text)))
    if not rows:
        raise FeedError("The CSV file has no rows under its header.")
    missing = {"source", "id", "url"} - set(rows[0])
    if missing:
        raise FeedError(f"The CSV header lacks the columns: {', '.join(sorted(missing))}.")
    sources = {row["source"] for row in rows}
    if len(sources) != 1:
        raise FeedError(
            f"A CSV file holds one source; this one has {len(sources)}: {', '.join(sorted(sources))}."
        )
    records = []
    for number, row in enumerate(rows, start=2):  # line 1 is the header
        data = {key: row.get(key, "") for key in ("id", "url", "organisation", "administration")}
        for name in ("title", "description"):
            data[name] = {code: row[f"{name}_{code}"] for code in LANGUAGES if row.get(f"{name}_{code}")}
        data["keywords"] = {
            code: split(row[f"keywords_{code}"]) for code in LANGUAGES if row.get(f"keywords_{code}")
        }
        data["channels"], data["life_events"] = (
            split(row.get("channels", "")),
            split(row.get("life_events", "")),
        )
        data["publisher"] = row.get("publisher", "")
        records.append(Record(number, data))
    return sources.pop(), rows[0].get("publisher", ""), records


def split(value):
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def clean(data, publisher):
    """The model fields of a record, or ValueError saying what is wrong with it."""
    if not isinstance(data, dict):
        raise ValueError("a record must be an object")
    identifier = str(data.get("id", "")).strip()
    if not SLUG.match(identifier):
        raise ValueError(f"'id' must be a lowercase slug (a-z, 0-9, -), not {identifier!r}")
    values = {"identifier": identifier, "publisher": data.get("publisher") or publisher}
    for name in ("title", "description", "keywords"):
        value = data.get(name) or {}
        if not isinstance(value, dict) or set(value) - set(LANGUAGES):
            raise ValueError(f"'{name}' must map language codes ({', '.join(LANGUAGES)}) to text")
        values[name] = value
    if not any(isinstance(text, str) and text.strip() for text in values["title"].values()):
        raise ValueError("'title' is missing: give it in at least one language")
    url = str(data.get("url", ""))
    if not url.startswith(("https://", "http://")) or len(url) > 1000:
        raise ValueError(f"'url' must be a web address (https://...), not {url!r}")
    administration = data.get("administration", "")
    if administration not in Administration.values:
        raise ValueError(f"'administration' must be one of {', '.join(Administration.values)}")
    channels, life_events = data.get("channels") or [], data.get("life_events") or []
    if not isinstance(channels, list) or set(channels) - set(ChannelKind.values):
        raise ValueError(f"'channels' must be a list of: {', '.join(ChannelKind.values)}")
    if not isinstance(life_events, list) or not all(SLUG.match(str(slug)) for slug in life_events):
        raise ValueError("'life_events' must be a list of life event slugs (tenir-un-fill...)")
    if not values["publisher"]:
        raise ValueError("'publisher' is missing (in the feed or in the record)")
    organisation = data.get("organisation") or values["publisher"]
    return {
        **values,
        "organisation": organisation,
        "administration": administration,
        "url": url,
        "channels": channels,
        "life_events": life_events,
    }


def import_feed(path, dry_run=False):
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise FeedError(f"Cannot read {path}: {error}") from None
    source, publisher, records = (read_csv if path.suffix.lower() == ".csv" else read_json)(text)
    if not SLUG.match(str(source or "")):
        raise FeedError(f"'source' must be a lowercase slug naming the feed, not {source!r}.")
    result = ImportResult(source)
    keep = set()
    with transaction.atomic(), services_in_bulk():
        existing = {service.identifier: service for service in ExternalService.objects.filter(source=source)}
        seen = set()
        for record in records:
            identifier = record.data.get("id") if isinstance(record.data, dict) else None
            try:
                values = clean(record.data, publisher)
                if values["identifier"] in seen:
                    raise ValueError(f"'id' {values['identifier']!r} appears twice in the feed")
            except ValueError as error:
                result.errors.append((record.line, str(error)))
                keep.add(identifier)  # a bad record never removes the service it would replace
                continue
            seen.add(values["identifier"])
            service = existing.get(values["identifier"])
            if service is None:
                ExternalService.objects.create(source=source, **values)
                result.created += 1
            elif any(getattr(service, name) != values[name] for name in FIELDS):
                for name in FIELDS:
                    setattr(service, name, values[name])
                service.save()
                result.updated += 1
            else:
                result.unchanged += 1
        gone = set(existing) - seen - keep
        # Count the services only: their entries in Wagtail's search index go with them.
        _total, by_model = ExternalService.objects.filter(source=source, identifier__in=gone).delete()
        result.removed = by_model.get(ExternalService._meta.label, 0)
        if dry_run:
            transaction.set_rollback(True)
    return result
