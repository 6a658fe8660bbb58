"""Building catalogue feeds for tests, running the import command, and reading what it stored."""

import json
from io import StringIO

from django.core.management import call_command
from django.core.management.base import CommandError

from search.models import ExternalService, IndexedDocument

PUBLISHER = "DGT"


def service(identifier, **extra):
    return {
        "id": identifier,
        "title": {"ca": f"Servei {identifier}", "es": f"Servicio {identifier}"},
        "description": {"ca": "Pots demanar-ho en línia."},
        "url": f"https://sede.example.gob.es/{identifier}",
        "organisation": "Direcció General de Trànsit",
        "administration": "state",
        "channels": ["online"],
        "life_events": ["canviar-de-domicili"],
        "keywords": {"ca": ["DGT"]},
        **extra,
    }


def services(count, prefix="servei"):
    return [service(f"{prefix}-{number}") for number in range(count)]


def feed_text(records, source="transit", ensure_ascii=False):
    feed = {"source": source, "publisher": PUBLISHER, "services": records}
    return json.dumps(feed, ensure_ascii=ensure_ascii, indent=2)


def write_feed(tmp_path, records, source="transit", name="feed.json"):
    path = tmp_path / name
    # "surrogatepass": a lone surrogate a test puts in a value reaches the file as the bytes a
    # careless exporter would write, which are not UTF-8.
    path.write_bytes(feed_text(records, source).encode("utf-8", "surrogatepass"))
    return path


def command(*args):
    """(exit code, stdout, stderr) of import_services, as a shell would see them."""
    out, err = StringIO(), StringIO()
    try:
        call_command("import_services", *map(str, args), stdout=out, stderr=err)
    except CommandError as error:
        return error.returncode, out.getvalue(), err.getvalue() + str(error)
    return 0, out.getvalue(), err.getvalue()


def stored():
    return sorted(ExternalService.objects.values_list("source", "identifier", "url"))


def snapshot():
    """Everything an import may change: every service's fields and the search index."""
    fields = [field.name for field in ExternalService._meta.fields if field.name != "updated_at"]
    return (
        sorted(map(repr, ExternalService.objects.values_list(*fields))),
        sorted(IndexedDocument.objects.values_list("key", "title", "url", "summary")),
    )
