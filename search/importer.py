"""Import external service records from a catalogue feed (JSON or CSV; see demo_services/README.md).

A feed is imported whole or not at all. Every record is checked first (`feeds.schema`) and
any problem rejects the feed; then, in one transaction, services are upserted by (source, id)
and indexed for search, so a search engine that fails rolls the database back too.

Services of the source that the feed no longer lists are kept unless the operator asks to
prune them, and even then a feed that would remove more than a share of its source (20% by
default), or an empty feed, is refused unless forced: a publisher's broken export must not
empty the portal's search of their services.
"""

from dataclasses import dataclass, field

from django.db import DatabaseError, transaction

from .feeds import FeedError, Problem, read_feed, shown
from .feeds.schema import (
    Invalid,
    RecordInvalid,
    clean_publisher,
    clean_record,
    clean_source,
)
from .indexing import IndexingFailed, restore_services, services_indexed_together
from .models import ExternalService

__all__ = ["FeedError", "ImportFailed", "Pruning", "import_feed"]

FIELDS = ("publisher", "organisation", "administration", "url", "title", "description", "keywords")
FIELDS += ("channels", "life_events")
# Problems listed per feed: past this many, the publisher has a broken export, not typos.
MAX_PROBLEMS = 50


class ImportFailed(FeedError):
    """The feed was readable but was not imported (refused or failed): nothing was changed."""


@dataclass(frozen=True)
class Pruning:
    """Whether services missing from the feed are removed, and how many may be at once."""

    prune: bool = False
    force: bool = False
    limit: float = 20.0  # percent of the source's stored services

    def check(self, plan):
        if not (self.prune and plan.missing) or self.force:
            return
        share = 100 * len(plan.missing) / plan.stored
        if not plan.services or share > self.limit:
            raise ImportFailed(Problem(None, self._refusal(plan, share)))

    def _refusal(self, plan, share):
        what = "the feed is empty" if not plan.services else f"that is more than {self.limit:g}%"
        return (
            f"it would remove {len(plan.missing)} of the {plan.stored} services of {plan.source} "
            f"({share:.0f}%) and {what}. Check the feed; if it is right, run again with --force."
        )


@dataclass
class Plan:
    """What importing a checked feed would do to the services stored for its source."""

    source: str
    services: list  # the model fields of each service in the feed
    stored: int = 0
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: int = 0
    missing: list = field(default_factory=list)  # stored services the feed no longer lists


@dataclass
class ImportResult:
    source: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    kept: int = 0  # missing from the feed, kept because pruning was not asked for
    dry_run: bool = False

    def summary(self):
        return (
            f"{self.source}: {self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.removed} removed{' (dry run: nothing was changed)' if self.dry_run else ''}."
        )

    def notes(self):
        if not self.kept:
            return []
        return [
            f"{self.kept} services of {self.source} are no longer in the feed and were kept; "
            "to remove them, run again with --prune."
        ]


def import_feed(path, dry_run=False, pruning=Pruning()):
    """Import the feed at `path`: an ImportResult, or FeedError (ImportFailed) and nothing changed."""
    source, services = checked_feed(path)
    touched = set()
    try:
        with transaction.atomic():
            plan = make_plan(source, services)
            pruning.check(plan)
            if not dry_run:
                with services_indexed_together(touched):
                    apply(plan, prune=pruning.prune)
    except IndexingFailed as error:
        raise ImportFailed(Problem(None, _indexing_failure(error, touched))) from error
    except DatabaseError as error:  # another import of the source at the same moment, a full disk...
        message = f"the database refused the import ({error}), so it was rolled back. Import the feed again."
        raise ImportFailed(Problem(None, message)) from error
    return _result(plan, pruning.prune, dry_run)


def checked_feed(path):
    """(source, the model fields of each service), or FeedError with every problem found."""
    feed = read_feed(path)
    source, publisher = _feed_header(feed)
    services, problems, id_lines = [], [], {}
    for record in feed.records:
        try:
            values = clean_record(record.data, publisher)
        except RecordInvalid as error:
            problems += _record_problems(record, error.problems)
            continue
        problems += _repeated_id(record, values["identifier"], id_lines)
        services.append(values)
    if problems:
        raise FeedError(_bounded(problems))
    return source, services


def _feed_header(feed):
    """The feed's source and publisher, or FeedError."""
    values, problems = {}, []
    for name, clean in (("source", clean_source), ("publisher", clean_publisher)):
        try:
            values[name] = clean(getattr(feed, name))
        except Invalid as error:
            problems.append(Problem(feed.lines.get(name, 1), str(error)))
    if problems:
        raise FeedError(problems)
    return values["source"], values["publisher"]


def _record_problems(record, problems):
    identifier = record.data.get("id") if isinstance(record.data, dict) else None
    which = f"service {record.index}" + (f" (id {shown(identifier)})" if isinstance(identifier, str) else "")
    return [Problem(record.line_of(name), f"{which}: {message}") for name, message in problems]


def _repeated_id(record, identifier, lines):
    if identifier not in lines:
        lines[identifier] = record.line_of("id")
        return []
    message = f'"id" is already used on line {lines[identifier]}: ids must be unique in a feed'
    return _record_problems(record, [("id", message)])


def _bounded(problems):
    if len(problems) <= MAX_PROBLEMS:
        return problems
    return [*problems[:MAX_PROBLEMS], Problem(None, f"and {len(problems) - MAX_PROBLEMS} more problems")]


def make_plan(source, services):
    stored = {service.identifier: service for service in ExternalService.objects.filter(source=source)}
    plan = Plan(source, services, stored=len(stored))
    for values in services:
        service = stored.pop(values["identifier"], None)
        if service is None:
            plan.created.append(values)
        elif any(getattr(service, name) != values[name] for name in FIELDS):
            plan.updated.append((service, values))
        else:
            plan.unchanged += 1
    plan.missing = list(stored.values())
    return plan


def apply(plan, prune):
    for values in plan.created:
        ExternalService.objects.create(source=plan.source, **values)
    for service, values in plan.updated:
        for name in FIELDS:
            setattr(service, name, values[name])
        service.save()
    if prune and plan.missing:
        ExternalService.objects.filter(pk__in=[service.pk for service in plan.missing]).delete()


def _result(plan, prune, dry_run):
    missing = len(plan.missing)
    return ImportResult(
        plan.source,
        created=len(plan.created),
        updated=len(plan.updated),
        unchanged=plan.unchanged,
        removed=missing if prune else 0,
        kept=0 if prune else missing,
        dry_run=dry_run,
    )


def _indexing_failure(error, touched):
    message = f"{error}; the import was rolled back"
    try:
        restore_services(touched)
    except Exception as restore_error:  # the engine is still failing: say how to recover
        message += (
            f", and putting the search index back failed too ({restore_error}): once the engine "
            "works, run manage.py rebuild_search_index"
        )
    return message + ". Import the feed again once the search engine works."
