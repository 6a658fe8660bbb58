"""CSV feeds: one source per file, one service per row, lists separated by "|".

Spreadsheets export rows of uneven length and headers with typos; a row read as a dict would
quietly lose its extra values or fill missing ones with nothing. So the header must name only
columns of the format, once each, and every row must have exactly as many values as the header.
Rows become records shaped as the JSON format's, for the same schema; a row's line is where it
starts (a quoted value may span lines).
"""

import csv
import io

from portal.languages import codes

from . import Feed, FeedError, Problem, Record, check_count, shown

PLAIN = ("source", "publisher", "id", "url", "organisation", "administration")
LISTS = ("channels", "life_events")
PER_LANGUAGE = ("title", "description", "keywords")
COLUMNS = (*PLAIN, *LISTS, *(f"{name}_{code}" for name in PER_LANGUAGE for code in codes()))
REQUIRED = ("source", "id", "url", "administration")


def read(text):
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header = _header(_next_row(reader))
    rows = []
    while True:
        start = reader.line_num + 1
        row = _next_row(reader)
        if row is None:
            break
        if row:  # not a blank line
            check_count(len(rows) + 1)
            rows.append((start, dict(zip(header, row, strict=True)) if len(row) == len(header) else row))
    if not rows:
        raise FeedError(Problem(2, "the CSV file has no rows under its header"))
    return _feed(len(header), rows)


def _next_row(reader):
    try:
        return next(reader)
    except StopIteration:
        return None
    except csv.Error as error:
        raise FeedError(Problem(reader.line_num, f"the CSV cannot be read here: {error}")) from None


def _header(row):
    if row is None:
        raise FeedError(Problem(1, "the CSV file is empty: it needs a header and one row per service"))
    names = [name.strip() for name in row]
    problems = [
        Problem(1, f"column {number} of the header, {shown(name)}, is not a column of the format")
        for number, name in enumerate(names, 1)
        if name not in COLUMNS
    ]
    repeated = _repeated(names)
    problems += [Problem(1, f"the column {shown(name)} appears twice in the header") for name in repeated]
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        problems.append(Problem(1, f"the header lacks the columns: {', '.join(missing)}"))
    if problems:
        raise FeedError(problems)
    return names


def _repeated(names):
    return sorted({name for name in names if names.count(name) > 1})


def _feed(columns, rows):
    """The Feed of the rows: a dict each, or the list of values of a row of the wrong length."""
    problems, records, source = [], [], None
    for number, (line, row) in enumerate(rows, 1):
        if isinstance(row, list):
            problems.append(Problem(line, f"this row has {len(row)} values but the header {columns} columns"))
            continue
        source = row["source"] if source is None else source
        if row["source"] != source:
            given = shown(row["source"])
            message = f"a CSV file holds one source: this row's is {given}, not {shown(source)}"
            problems.append(Problem(line, message))
            continue
        records.append(_record(number, line, row))
    if problems:
        raise FeedError(problems)
    first = rows[0][0]
    return Feed(source, records[0].data.get("publisher", ""), records, {"source": first, "publisher": first})


def _record(number, line, row):
    data = {name: row[name] for name in PLAIN if row.get(name, "") != ""}
    for name in LISTS:
        if row.get(name):
            data[name] = split(row[name])
    for name in PER_LANGUAGE:
        values = {code: row[f"{name}_{code}"] for code in codes() if row.get(f"{name}_{code}")}
        if name == "keywords":
            values = {code: split(value) for code, value in values.items()}
        if values:
            data[name] = values
    data.pop("source", None)
    return Record(number, line, data)


def split(value):
    return [part.strip() for part in value.split("|") if part.strip()]
