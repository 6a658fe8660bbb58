"""Loads the demo content of `demo_content/` into the page tree, idempotently.

Each organisation, office and help channel gets a translation key derived from its slug,
and each page is found by its slug under its parent, so loading again updates in place.
A page is published again only when its content changed.
"""

import json
import uuid
from datetime import date
from pathlib import Path

from django.db import transaction
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site

from content.models import ContentPage
from directory.models import HelpChannel, Office, Organisation
from portal import languages

from .models import (
    HomePage,
    LifeEventIndexPage,
    LifeEventPage,
    ProcedureIndexPage,
    ProcedurePage,
)

REVIEWED = date(2026, 11, 1)
DEMO_DIR = Path(__file__).resolve().parent / "demo_content"
KEY_NAMESPACE = uuid.UUID("6f4c8a52-3f7e-4d5e-9a57-1c3b2f0e8d41")


def stable_uuid(*parts):
    return uuid.uuid5(KEY_NAMESPACE, ":".join(str(part) for part in parts))


def read_json(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def read_all(directory):
    return [read_json(path) for path in sorted(Path(directory).glob("*.json"))]


class DemoContentError(Exception):
    pass


class DemoContentLoader:
    def __init__(self, language_code="ca", directory=None, log=print):
        self.directory = Path(directory or DEMO_DIR / language_code)
        self.log = log
        self.locale = self.home = None
        self.organisations = {}
        self.offices = {}
        self.procedures = {}
        self.created = self.updated = 0

    @transaction.atomic
    def load(self):
        self.locale = self.ensure_locales()
        site_data = read_json(self.directory / "site.json")
        home = self.home = self.load_home(site_data["home"])
        self.load_organisations(read_json(self.directory / "organisations.json"))
        self.load_offices([office for group in read_all(self.directory / "offices") for office in group])
        self.load_help_channels(site_data["help_channels"])
        procedure_index = self.upsert_page(home, ProcedureIndexPage, **site_data["procedure_index"])
        for data in read_all(self.directory / "procedures"):
            self.procedures[data["slug"]] = self.load_procedure(procedure_index, data)
        life_event_index = self.upsert_page(home, LifeEventIndexPage, **site_data["life_event_index"])
        life_events_data = sorted(read_all(self.directory / "life-events"), key=lambda d: d["order"])
        life_events = {
            data["slug"]: self.load_life_event(life_event_index, data) for data in life_events_data
        }
        for data in life_events_data:
            self.link_related(life_events[data["slug"]], data.get("related", []), life_events)
        for data in site_data["content_pages"]:
            self.load_content_page(home, data)
        return self

    # Locales and site -------------------------------------------------------------

    def ensure_locales(self):
        for code in languages.codes():
            Locale.objects.get_or_create(language_code=code)
        return Locale.objects.get(language_code=self.directory.name)

    def load_home(self, data):
        home = HomePage.objects.filter(locale=self.locale, depth=2).first()
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
        if home is None:
            # Wagtail's first migration creates a placeholder "Welcome" page at /home/.
            Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
            home = root.add_child(instance=HomePage(slug="home", locale=self.locale, **data))
            home.save_revision().publish()
            self.created += 1
        else:
            self.publish_if_changed(home, data)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": data["title"]},
        )
        return home

    # Snippets ---------------------------------------------------------------------

    def upsert_snippet(self, model, kind, slug, fields):
        # The directory is moderated: the demo's own entries are published as they are loaded.
        obj, created = model.objects.update_or_create(
            translation_key=stable_uuid(kind, slug), locale=self.locale, defaults={**fields, "live": True}
        )
        return obj

    def load_organisations(self, items):
        for item in items:
            fields = {
                key: item.get(key, "")
                for key in ("name", "short_name", "administration", "website", "description")
            }
            self.organisations[item["slug"]] = self.upsert_snippet(
                Organisation, "organisation", item["slug"], fields
            )

    def load_offices(self, items):
        for item in items:
            fields = {
                key: item.get(key) or ""
                for key in (
                    "name",
                    "address",
                    "postcode",
                    "town",
                    "phone",
                    "opening_hours",
                    "accessibility",
                    "appointment_url",
                )
            }
            fields["organisation"] = self.organisation(item["organisation"], item["slug"])
            self.offices[item["slug"]] = self.upsert_snippet(Office, "office", item["slug"], fields)

    def load_help_channels(self, items):
        for position, item in enumerate(items):
            fields = {**item, "sort_order": position}
            self.upsert_snippet(HelpChannel, "help-channel", item["kind"], fields)

    def organisation(self, slug, where):
        if not slug:
            return None
        try:
            return self.organisations[slug]
        except KeyError:
            raise DemoContentError(f"{where}: unknown organisation '{slug}'") from None

    # Pages ------------------------------------------------------------------------

    def upsert_page(self, parent, model, slug, **fields):
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = parent.add_child(instance=model(slug=slug, locale=self.locale, **fields))
            page.save_revision().publish()
            self.created += 1
            return page
        self.publish_if_changed(page, fields)
        return page

    def publish_if_changed(self, page, fields):
        before = self.snapshot(page, fields)
        for name, value in fields.items():
            setattr(page, name, value)
        if before != self.snapshot(page, fields) or not page.live or page.has_unpublished_changes:
            page.save_revision().publish()
            self.updated += 1

    @staticmethod
    def snapshot(page, fields):
        data = page.serializable_data()
        values = {name: data.get(name, data.get(f"{name}_id")) for name in fields}
        # StreamFields serialise to JSON text whose key order depends on the database
        # (PostgreSQL's jsonb reorders keys): compare them parsed.
        for name, value in values.items():
            if isinstance(page._meta.get_field(name), StreamField) and value:
                values[name] = json.loads(value)
        return json.dumps(values, sort_keys=True, default=str)

    def load_procedure(self, parent, data):
        where = f"procedure {data['slug']}"
        fields = {
            "title": data["title"],
            "summary": data["summary"],
            "organisation": self.organisation(data["organisation"], where),
            "what_it_is": data["what_it_is_html"],
            "who_can_apply": data.get("who_can_apply_html", ""),
            "what_you_need": data.get("what_you_need_html", ""),
            "cost": data.get("cost", ""),
            "deadline": data.get("deadline", ""),
            "what_happens_next": data.get("what_happens_next_html", ""),
            "channels": self.channels_stream(data["slug"], data["channels"]),
            "content_owner": self.organisations.get("atencio-ciutadana"),
            "last_reviewed": date.fromisoformat(data["last_reviewed"])
            if "last_reviewed" in data
            else REVIEWED,
        }
        return self.upsert_page(parent, ProcedurePage, data["slug"], **fields)

    def channels_stream(self, slug, channels):
        stream = []
        for position, channel in enumerate(channels):
            kind = channel["type"]
            value = {key: item for key, item in channel.items() if key != "type"}
            if kind == "in_person":
                value["offices"] = [
                    self.list_item(slug, position, index, self.office(office_slug, slug).pk)
                    for index, office_slug in enumerate(channel.get("offices", []))
                ]
            stream.append({"type": kind, "value": value, "id": str(stable_uuid(slug, "channel", position))})
        return stream

    def office(self, slug, where):
        try:
            return self.offices[slug]
        except KeyError:
            raise DemoContentError(f"procedure {where}: unknown office '{slug}'") from None

    @staticmethod
    def list_item(*key_and_value):
        *key, value = key_and_value
        return {"type": "item", "value": value, "id": str(stable_uuid(*key))}

    def load_life_event(self, parent, data):
        slug = data["slug"]
        fields = {
            "title": data["title"],
            "summary": data["summary"],
            "audience": data.get("audience", ""),
            "intro": data.get("intro_html", ""),
            "questions": [
                self.question_block(slug, position, q) for position, q in enumerate(data.get("questions", []))
            ],
            "journey": [self.step_block(slug, position, step) for position, step in enumerate(data["steps"])],
            "content_owner": self.organisations.get("atencio-ciutadana"),
            "last_reviewed": date.fromisoformat(data["last_reviewed"])
            if "last_reviewed" in data
            else REVIEWED,
        }
        return self.upsert_page(parent, LifeEventPage, slug, **fields)

    def step_block(self, slug, position, step):
        procedures = []
        for index, procedure_slug in enumerate(step.get("procedures", [])):
            procedures.append(
                self.list_item(slug, position, "procedure", index, self.procedure(slug, procedure_slug).pk)
            )
        links = [
            self.list_item(
                slug,
                position,
                "link",
                index,
                {
                    "title": link["title"],
                    "url": link["url"],
                    "organisation": getattr(self.organisation(link.get("organisation"), slug), "pk", None),
                },
            )
            for index, link in enumerate(step.get("links", []))
        ]
        due = step.get("due") or {}
        procedure_conditions = [
            self.list_item(
                slug,
                position,
                "procedure-condition",
                index,
                {**condition, "procedure": self.procedure(slug, condition["procedure"]).pk},
            )
            for index, condition in enumerate(step.get("procedure_conditions", []))
        ]
        value = {
            "title": step["title"],
            "relation": step.get("relation", ""),
            "timing": step.get("timing", ""),
            "due_amount": due.get("amount"),
            "due_unit": due.get("unit", ""),
            "due_from": due.get("from", "event"),
            "conditions": [
                self.list_item(slug, position, "condition", index, condition)
                for index, condition in enumerate(step.get("conditions", []))
            ],
            "procedure_conditions": procedure_conditions,
            "optional": bool(step.get("optional")),
            "body": step.get("body_html", ""),
            "choice": step.get("choice", "all"),
            "procedures": procedures,
            "links": links,
        }
        return {"type": "step", "value": value, "id": str(stable_uuid(slug, "step", position))}

    def procedure(self, slug, procedure_slug):
        try:
            return self.procedures[procedure_slug]
        except KeyError:
            raise DemoContentError(f"life event {slug}: unknown procedure '{procedure_slug}'") from None

    def question_block(self, slug, position, question):
        """A question of the personal plan: {"type": "yes_no" | "choice" | "number" | "event_date", ...}."""
        kind = question["type"]
        value = {"help_text": "", **{key: item for key, item in question.items() if key != "type"}}
        if "options" in value:
            value["options"] = [
                self.list_item(slug, "question", position, index, option)
                for index, option in enumerate(value["options"])
            ]
        return {"type": kind, "value": value, "id": str(stable_uuid(slug, "question", position))}

    def link_related(self, page, slugs, life_events):
        related = [
            {
                "type": "life_event",
                "value": life_events[slug].pk,
                "id": str(stable_uuid(page.slug, "related", slug)),
            }
            for slug in slugs
            if slug in life_events
        ]
        self.publish_if_changed(page, {"related_life_events": related})

    def load_content_page(self, parent, data):
        body = [
            {**block, "id": str(stable_uuid(data["slug"], "body", position))}
            for position, block in enumerate(data["body"])
        ]
        fields = {
            "title": data["title"],
            "summary": data["summary"],
            "body": body,
            "content_owner": self.organisations.get("atencio-ciutadana"),
            "last_reviewed": REVIEWED,
        }
        return self.upsert_page(parent, ContentPage, data["slug"], **fields)
