"""Contacts on other channels (the 012 line, offices, chat), imported from a CSV file.

Columns, with a header line: `date` (YYYY-MM-DD), `channel` (phone, in_person, chat, video_call,
assisted, online), `procedure` (the slug of a procedure page in the source language), `count`
(a whole number) and `resolved` (yes or no). Every line is checked first and every error reported
with its line number; one bad line and nothing is imported. Importing a day again replaces its
counts, so a corrected file can be imported over the old one.
"""

import csv
import datetime
import io
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from directory.models import ChannelKind
from life_events.models import ProcedurePage
from portal import languages

from .models import ContactRecord

COLUMNS = ["date", "channel", "procedure", "count", "resolved"]
YES, NO = {"yes", "true", "1", "sí", "si"}, {"no", "false", "0"}
MAX_LINES = 1_000_000
MAX_COUNT = 1_000_000
MAX_FIELD = 200


@dataclass
class ImportResult:
    errors: list = field(default_factory=list)
    records: dict = field(default_factory=dict)

    def error(self, line, message):
        if len(self.errors) < 100:
            self.errors.append(f"Line {line}: {message}")


def read_contacts(text):
    """Check every line of the CSV `text`; an ImportResult with the records or the errors."""
    result = ImportResult()
    csv.field_size_limit(MAX_FIELD * 10)
    reader = csv.DictReader(io.StringIO(text))
    try:
        header = [name.strip().lower() for name in (reader.fieldnames or [])]
    except csv.Error as error:
        result.error(1, f"not a CSV file ({error}).")
        return result
    if header != COLUMNS:
        result.error(1, f"the header must be {','.join(COLUMNS)}.")
        return result
    reader.fieldnames = header
    procedures = dict(
        ProcedurePage.objects.filter(locale__language_code=languages.source()).values_list("slug", "pk")
    )
    try:
        for number, row in enumerate(reader, start=2):
            if number > MAX_LINES + 1:
                result.error(number, f"a file may have at most {MAX_LINES} lines.")
                break
            _read_line(row, number, procedures, result)
    except csv.Error as error:
        result.error(reader.line_num, f"not a CSV line ({error}).")
    return result


def _read_line(row, number, procedures, result):
    if None in row or any(value is None for value in row.values()):
        result.error(number, f"it must have {len(COLUMNS)} fields.")
        return
    values = {name: value.strip()[:MAX_FIELD] for name, value in row.items()}
    problems = []
    try:
        date = datetime.date.fromisoformat(values["date"])
    except ValueError:
        problems.append(f"the date {values['date']!r} is not a date as YYYY-MM-DD")
    if values["channel"] not in ChannelKind.values:
        problems.append(f"the channel {values['channel']!r} is not one of {', '.join(ChannelKind.values)}")
    procedure = procedures.get(values["procedure"])
    if procedure is None:
        problems.append(f"no procedure page has the slug {values['procedure']!r}")
    count = int(values["count"]) if values["count"].isdigit() and len(values["count"]) <= 7 else -1
    if not 0 <= count <= MAX_COUNT:
        problems.append(f"the count {values['count']!r} is not a whole number from 0 to {MAX_COUNT}")
    resolved = values["resolved"].lower()
    if resolved not in YES | NO:
        problems.append(f"resolved must be yes or no, not {values['resolved']!r}")
    if problems:
        result.error(number, "; ".join(problems) + ".")
        return
    key = (date, values["channel"], procedure, resolved in YES)
    result.records[key] = result.records.get(key, 0) + count


def save_contacts(records):
    """Replace the counts of every day, channel and procedure in `records`, in one transaction."""
    with transaction.atomic():
        for (date, channel, procedure, resolved), count in records.items():
            ContactRecord.objects.update_or_create(
                date=date,
                channel=channel,
                procedure_id=procedure,
                resolved=resolved,
                defaults={"count": count},
            )
    return len(records)


def moved_to_today(records):
    """`records` with every date moved by the same days, so that the last one is today."""
    if not records:
        return records
    shift = timezone.localdate() - max(date for date, *_rest in records)
    return {(date + shift, *rest): count for (date, *rest), count in records.items()}
