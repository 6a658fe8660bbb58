"""Hostile feeds, generated rather than hand-picked: each is refused with a message that names its
line, or imported exactly as written. None leaves a trace: no traceback, no changed service, no
changed search index.

The cases: every field of a valid service set to every wrong JSON type; any JSON value (Hypothesis)
at any field; hostile text (controls, surrogates, direction overrides, characters that NFKC makes
longer) in every text field; random bytes; random byte edits and every truncation of valid JSON
and CSV feeds; other encodings; NUL bytes; deep nesting; repeated ids and names; rows of the wrong
length.
"""

import csv
import io
import json
import re

import pytest
from django.db import transaction
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context

from search.feeds import schema
from search.importer import Pruning, import_feed
from search.indexing import services_indexed_together
from search.models import ExternalService, IndexedDocument

from .feeds import PUBLISHER, command, feed_text, service, services, snapshot, write_feed

pytestmark = pytest.mark.django_db
GENERATED = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# Where a value can sit in a service, and the JSON type the format gives it there.
PATHS = {
    ("id",): str,
    ("title",): dict,
    ("title", "ca"): str,
    ("description",): dict,
    ("description", "ca"): str,
    ("keywords",): dict,
    ("keywords", "ca"): list,
    ("keywords", "ca", 0): str,
    ("url",): str,
    ("organisation",): str,
    ("administration",): str,
    ("channels",): list,
    ("channels", 0): str,
    ("life_events",): list,
    ("life_events", 0): str,
    ("publisher",): str,
}
# One value of every JSON type, as JSON text (a number of 5,000 digits cannot be a Python int here).
EVERY_TYPE = {
    "null": (type(None), "null"),
    "true": (bool, "true"),
    "zero": (int, "0"),
    "negative": (int, "-1"),
    "decimal": (float, "1.5"),
    "exponent": (float, "1e999"),
    "huge": (int, "9" * 5000),
    "nan": (float, "NaN"),
    "text": (str, '"text"'),
    "empty list": (list, "[]"),
    "list": (list, '["online"]'),
    "nested list": (list, "[[[]]]"),
    "empty object": (dict, "{}"),
    "object": (dict, '{"ca": "text"}'),
}
CONTROL = "".join(map(chr, [*range(0, 32), 127, *range(128, 160)]))
SNEAKY = "\u202e\u2066\u200b\ufeff\u00ad\u2028\ud800\udfff\ufdfa\u0301 ß"  # NFKC: \ufdfa is 18 letters
HOSTILE_TEXT = st.text(st.sampled_from(CONTROL + SNEAKY + "ab- "), max_size=30) | st.text(
    st.characters(exclude_categories=()), max_size=30
)
LONG_TEXT = st.builds(
    lambda char, count: char * count,
    st.sampled_from(["a", "ß", "\ufdfa", "e\u0301", " "]),
    st.integers(0, 6000),
)
# What no stored text may hold: control characters but line breaks and tabs, lone surrogates,
# direction overrides and isolates.
UNSHOWABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | HOSTILE_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(HOSTILE_TEXT, inner, max_size=3),
    max_leaves=8,
)


@pytest.fixture
def original(tmp_path):
    """Three services stored and indexed from a valid feed; hostile feeds must leave them so."""
    path = write_feed(tmp_path, services(3), name="original.json")
    import_feed(path)
    return path, snapshot()


def refused(path, before, *options):
    """The import's messages, having checked it failed cleanly and named a line."""
    code, out, err = command(path, *options)
    assert code == 1, (out, err)
    assert "Traceback" not in err
    assert re.search(rf"^{re.escape(str(path))}, line \d+: ", err, re.MULTILINE), err
    assert f"{path}: nothing imported." in err
    assert snapshot() == before
    return err


def refused_or_imported_as_written(path, expected, original):
    """A feed that may be valid: refused cleanly, or its services stored and indexed as written."""
    original_path, before = original
    code, out, err = command(path)
    if currently_in_test_context():  # --hypothesis-show-statistics shows the mix
        event("refused" if code else "imported")
    if code:
        refused(path, before)
        return
    assert "Traceback" not in err
    for (source, identifier), values in expected().items():
        assert stored_values(source, identifier) == values
    for stored_service in ExternalService.objects.all():
        for text in texts([getattr(stored_service, field.name) for field in ExternalService._meta.fields]):
            assert not UNSHOWABLE.search(text), text
    assert (
        IndexedDocument.objects.filter(key__startswith="service:").count()
        == 4 * ExternalService.objects.count()
    )
    restore(original_path)
    assert snapshot() == before


def restore(original_path):
    """Back to the original feed's services alone, for the next example."""
    with transaction.atomic(), services_indexed_together():
        ExternalService.objects.exclude(source="transit").delete()
    import_feed(original_path, pruning=Pruning(prune=True, force=True))


def stored_values(source, identifier):
    service = ExternalService.objects.get(source=source, identifier=identifier)
    return {name: getattr(service, name) for name in ("url", "title", "organisation", "channels", "keywords")}


def as_written(records, source="transit"):
    """What the records say, as the portal should store it: text trimmed, defaults filled."""

    def trimmed(value):
        if isinstance(value, dict):
            return {key: trimmed(one) for key, one in value.items()}
        return [trimmed(one) for one in value] if isinstance(value, list) else value.strip()

    def values(record):
        record = trimmed(record)
        publisher = record.get("publisher") or PUBLISHER
        return {
            "url": record["url"],
            "title": record["title"],
            "organisation": record.get("organisation") or publisher,
            "channels": record.get("channels", []),
            "keywords": record.get("keywords", {}),
        }

    return lambda: {(source, record["id"].strip()): values(record) for record in records}


def texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict | list):
        for one in value.values() if isinstance(value, dict) else value:
            yield from texts(one)


def with_value(path, value):
    record = service("servei-0")
    target = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return record


# Wrong types, everywhere ------------------------------------------------------------------------


@pytest.mark.parametrize("path", list(PATHS), ids=lambda path: "/".join(map(str, path)))
def test_every_field_set_to_every_wrong_json_type_is_refused_at_its_line(tmp_path, original, path):
    for name, (python_type, text) in EVERY_TYPE.items():
        if python_type is PATHS[path]:
            continue
        placeholder = "@@value@@"
        raw = feed_text([with_value(path, placeholder), *services(3)[1:]]).replace(f'"{placeholder}"', text)
        feed = tmp_path / "hostile.json"
        feed.write_text(raw, encoding="utf-8")
        err = refused(feed, original[1])
        line = int(re.search(rf'line (\d+): service 1\b[^\n]*"{path[0]}" ', err).group(1))
        assert raw.splitlines()[line - 1].strip().startswith(f'"{path[0]}"'), (name, err)


@pytest.mark.parametrize("replacement", [text for _type, text in EVERY_TYPE.values()])
def test_a_feed_services_list_or_record_of_another_type_is_refused_at_its_line(
    tmp_path, original, replacement
):
    shapes = [
        replacement,
        f'{{"source": "transit", "publisher": "DGT", "services": {replacement}}}',
        f'{{"source": "transit", "publisher": "DGT", "services": [{replacement}]}}',
    ]
    for number, raw in enumerate(shapes):
        if number == 1 and replacement.startswith("["):
            continue  # a list is what "services" must be
        feed = tmp_path / "hostile.json"
        feed.write_text(raw, encoding="utf-8")
        refused(feed, original[1], "--prune")


# Any value, anywhere --------------------------------------------------------------------------------


@GENERATED
@given(path=st.sampled_from(list(PATHS)), value=JSON_VALUES)
def test_any_json_value_at_any_field_is_refused_or_imported_as_written(tmp_path, original, path, value):
    records = [with_value(path, value), *services(3)[1:]]
    refused_or_imported_as_written(write_feed(tmp_path, records), as_written(records), original)


@GENERATED
@given(
    path=st.sampled_from([path for path, kind in PATHS.items() if kind is str]),
    value=HOSTILE_TEXT | LONG_TEXT,
    escaped=st.booleans(),
)
def test_hostile_text_in_any_text_field_is_refused_or_imported_as_written(
    tmp_path, original, path, value, escaped
):
    """Written as UTF-8 (lone surrogates then make bytes that are not), or escaped as \\uXXXX."""
    records = [with_value(path, value), *services(3)[1:]]
    feed = tmp_path / "text.json"
    feed.write_bytes(feed_text(records, ensure_ascii=escaped).encode("utf-8", "surrogatepass"))
    refused_or_imported_as_written(feed, as_written(records), original)


@GENERATED
@given(name=HOSTILE_TEXT, value=JSON_VALUES)
def test_a_field_the_format_does_not_have_is_refused(tmp_path, original, name, value):
    record = service("servei-0")
    if name in record:
        return
    record[name] = value
    refused(write_feed(tmp_path, [record, *services(3)[1:]]), original[1])


def test_texts_are_measured_after_normalisation(tmp_path, original):
    limit = schema.MAX_TITLE
    at_limit = write_feed(tmp_path, [with_value(("title", "ca"), "a" * limit)])
    assert command(at_limit)[0] == 0
    # 28 characters as written, 504 once NFKC spells out each ligature.
    expanding = write_feed(tmp_path, [with_value(("title", "ca"), "\ufdfa" * 28)])
    assert "is longer than 500 characters" in refused(expanding, snapshot())


# Bytes --------------------------------------------------------------------------------------------


@GENERATED
@given(content=st.binary(max_size=2000), suffix=st.sampled_from([".json", ".csv"]))
def test_random_bytes_are_refused(tmp_path, original, content, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(content)
    refused(path, original[1], "--prune", "--force")


@GENERATED
@given(
    edits=st.lists(
        st.tuples(st.integers(0, 10**6), st.binary(max_size=3), st.integers(0, 3)), min_size=1, max_size=4
    )
)
def test_random_byte_edits_of_a_json_feed_are_refused_or_imported_as_written(tmp_path, original, edits):
    path = tmp_path / "edited.json"
    path.write_bytes(edited(feed_text(services(3)).encode(), edits))
    refused_or_imported_as_written(path, lambda: json_says(path), original)


@GENERATED
@given(
    edits=st.lists(
        st.tuples(st.integers(0, 10**6), st.binary(max_size=3), st.integers(0, 3)), min_size=1, max_size=4
    )
)
def test_random_byte_edits_of_a_csv_feed_are_refused_or_imported_as_written(tmp_path, original, edits):
    path = tmp_path / "edited.csv"
    path.write_bytes(edited(csv_feed(services(3)).encode(), edits))
    refused_or_imported_as_written(path, lambda: csv_says(path), original)


def test_a_json_feed_cut_short_anywhere_is_refused(tmp_path, original):
    data = feed_text(services(2)).encode()
    path = tmp_path / "truncated.json"
    for end in range(len(data)):
        path.write_bytes(data[:end])
        refused(path, original[1])


def test_a_csv_feed_cut_short_anywhere_is_refused_or_imported_as_written(tmp_path, original):
    data = csv_feed(services(3)).encode()
    path = tmp_path / "truncated.csv"
    for end in range(0, len(data), 7):
        path.write_bytes(data[:end])
        refused_or_imported_as_written(path, lambda: csv_says(path), original)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252"])
def test_a_feed_in_another_encoding_is_refused_at_its_line(tmp_path, original, encoding):
    path = tmp_path / "encoded.json"
    text = feed_text(services(3))
    path.write_bytes(text.encode(encoding))
    err = refused(path, original[1])
    if encoding.startswith("latin") or encoding.startswith("cp"):
        first_accent = next(
            number for number, line in enumerate(text.splitlines(), 1) if "à" in line or "í" in line
        )
        assert f"line {first_accent}: byte 0x" in err


def test_a_utf8_feed_with_a_byte_order_mark_is_imported(tmp_path, original):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + feed_text(services(3)).encode())
    assert command(path)[0] == 0
    assert snapshot() == original[1]


@GENERATED
@given(position=st.integers(0, 10**6), suffix=st.sampled_from([".json", ".csv"]))
def test_a_nul_byte_anywhere_is_refused_at_its_line(tmp_path, original, position, suffix):
    data = (feed_text(services(3)) if suffix == ".json" else csv_feed(services(3))).encode()
    position %= len(data) + 1
    path = tmp_path / f"nul{suffix}"
    path.write_bytes(data[:position] + b"\x00" + data[position:])
    line = data.count(b"\n", 0, position) + 1
    assert f"line {line}: the file holds a NUL byte" in refused(path, original[1])


@GENERATED
@given(depth=st.integers(21, 100_000), path=st.sampled_from(list(PATHS)))
def test_deep_nesting_is_refused_at_its_line(tmp_path, original, depth, path):
    raw = feed_text([with_value(path, "@@value@@"), *services(3)[1:]])
    raw = raw.replace('"@@value@@"', "[" * depth + "]" * depth)
    feed = tmp_path / "deep.json"
    feed.write_text(raw, encoding="utf-8")
    err = refused(feed, original[1])
    text = raw.splitlines()[int(re.search(r"line (\d+)", err).group(1)) - 1]
    assert "[" * 21 in text or text.strip().startswith(f'"{path[0]}"')  # the brackets', or the field's


# Repeats and shapes ----------------------------------------------------------------------------------


@GENERATED
@given(count=st.integers(2, 6), data=st.data())
def test_an_id_used_twice_is_refused_with_both_lines(tmp_path, original, count, data):
    records = services(count)
    first, second = sorted(
        data.draw(st.lists(st.integers(0, count - 1), min_size=2, max_size=2, unique=True))
    )
    records[second]["id"] = records[first]["id"]
    path = write_feed(tmp_path, records)
    err = refused(path, original[1])
    lines = path.read_text().splitlines()
    id_lines = [
        number for number, line in enumerate(lines, 1) if line.strip() == f'"id": "{records[first]["id"]}",'
    ]
    assert (
        f"line {id_lines[1]}: service {second + 1} " in err and f"already used on line {id_lines[0]}" in err
    )


@pytest.mark.parametrize("name", ["url", "title", "id", "channels"])
def test_a_field_given_twice_in_a_service_is_refused(tmp_path, original, name):
    raw = feed_text(services(3))
    value = json.dumps(service("servei-0")[name], ensure_ascii=False)
    raw = raw.replace('"id": "servei-0",', f'"{name}": {value},\n      "id": "servei-0",', 1)
    path = tmp_path / "twice.json"
    path.write_text(raw, encoding="utf-8")
    assert f'"{name}" is given twice' in refused(path, original[1])


def test_a_language_given_twice_is_refused(tmp_path, original):
    raw = feed_text(services(3)).replace('"ca": "Servei servei-1",', '"ca": "A", "ca": "B",', 1)
    path = tmp_path / "twice.json"
    path.write_text(raw, encoding="utf-8")
    assert "gives the language 'ca' twice" in refused(path, original[1])


@GENERATED
@given(lengths=st.lists(st.integers(0, 20), min_size=1, max_size=5))
def test_csv_rows_with_missing_or_extra_values_are_refused_at_their_lines(tmp_path, original, lengths):
    text = csv_feed(services(len(lengths)))
    header, *rows = text.splitlines()
    columns = len(header.split(","))
    rows = [
        ",".join(row.split(",")[:length] + ["x"] * max(0, length - columns))
        for row, length in zip(rows, lengths, strict=True)
    ]
    path = tmp_path / "uneven.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    wrong = [number for number, length in enumerate(lengths, 2) if length not in (0, columns)]
    if not wrong:
        return
    err = refused(path, original[1])
    for line in wrong:
        assert f"line {line}: this row has" in err


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_too_many_services_are_refused_before_they_are_checked(tmp_path, original, monkeypatch, suffix):
    monkeypatch.setattr("search.feeds.MAX_SERVICES", 2)
    path = tmp_path / f"many{suffix}"
    path.write_text(feed_text(services(3)) if suffix == ".json" else csv_feed(services(3)), encoding="utf-8")
    code, _out, err = command(path)
    assert code == 1 and "the feed has more than 2 services: split it" in err and snapshot() == original[1]


# Helpers ----------------------------------------------------------------------------------------------


def edited(data, edits):
    """`data` with each (position, bytes, deleted count) edit applied: a careless copy, a bad disk."""
    for position, inserted, deleted in edits:
        position %= len(data) + 1
        data = data[:position] + inserted + data[position + deleted :]
    return data


CSV_COLUMNS = [
    "source",
    "publisher",
    "id",
    "url",
    "organisation",
    "administration",
    "channels",
    "title_ca",
    "keywords_ca",
]


def csv_feed(records):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for record in records:
        writer.writerow(
            [
                "transit",
                PUBLISHER,
                record["id"],
                record["url"],
                record["organisation"],
                record["administration"],
                "|".join(record["channels"]),
                record["title"]["ca"],
                "|".join(record["keywords"]["ca"]),
            ]
        )
    return out.getvalue()


def json_says(path):
    feed = json.loads(path.read_bytes().decode("utf-8-sig"))
    return as_written(feed["services"], feed["source"].strip())()


def csv_says(path):
    """What each row of an imported CSV file says, read by the standard library on its own."""
    rows = csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""))

    def words(value):
        return [part.strip() for part in value.split("|") if part.strip()]

    return {
        (row["source"].strip(), row["id"].strip()): {
            "url": row["url"].strip(),
            "title": {"ca": row["title_ca"].strip()},
            "organisation": row["organisation"].strip() or row["publisher"].strip(),
            "channels": words(row["channels"]),
            "keywords": {"ca": words(row["keywords_ca"])} if row["keywords_ca"].strip() else {},
        }
        for row in rows
    }
