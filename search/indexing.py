"""Keeping the index in step with what is published.

Publishing a page indexes it; unpublishing, deleting or making it unreachable removes it;
moving it re-indexes it and its descendants (their addresses changed); publishing or
unpublishing an organisation re-indexes the procedures it runs (filed under its name). A draft
save never touches the index. That work runs once the database transaction commits, and an
engine that fails is logged, never fatal to the editor.

An import is stricter: its services are indexed together inside its transaction
(`services_indexed_together`), so an engine that fails rolls the import back rather than
leave services stored but missing from search. A rebuild replaces the whole index at once
(`SearchEngine.rebuild`): searches see the old index until the new one is complete.
"""

import logging
import threading
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from directory.models import Organisation
from life_events.models import LifeEventPage, ProcedurePage

from .documents import (
    all_documents,
    page_document,
    page_key,
    searchable_pages,
    service_documents,
    service_keys,
)
from .engines import get_engine
from .models import ExternalService

logger = logging.getLogger(__name__)
# Services saved or deleted inside `services_indexed_together`, per thread.
_bulk = threading.local()


class IndexingFailed(RuntimeError):
    """The engine could not write the index; the message says which engine and why."""


def rebuild(engine=None):
    """Replace the index with every live page and service, at once. Returns the count."""
    engine = engine or get_engine()
    return engine.rebuild(all_documents())


def update_pages(page_ids):
    """Index the pages that are live and public; remove the others."""
    engine = get_engine()
    page_ids = set(page_ids)
    live = list(searchable_pages().filter(pk__in=page_ids))
    places = LifeEventPage.slugs_by_procedure() if live else {}
    engine.index(page_document(page, places) for page in live)
    gone = page_ids - {page.pk for page in live}
    if gone:
        engine.remove(page_key(pk) for pk in gone)


def _affected_pages(page):
    """The page, and when a life event changes, the procedures its journey lists (their life events)."""
    ids = {page.pk}
    specific = page.specific
    if hasattr(specific, "get_journey"):
        ids |= set(specific.get_journey().procedure_ids())
    return ids


def _safely(function, *args):
    def run():
        try:
            function(*args)
        except Exception:
            logger.exception("The search index could not be updated; run manage.py rebuild_search_index")

    transaction.on_commit(run)


def on_published(sender, instance, **kwargs):
    _safely(update_pages, _affected_pages(instance))


def on_unpublished(sender, instance, **kwargs):
    ids = set(Page.objects.descendant_of(instance, inclusive=True).values_list("pk", flat=True))
    _safely(update_pages, ids | _affected_pages(instance))


def on_moved(sender, instance, **kwargs):
    _safely(update_pages, Page.objects.descendant_of(instance, inclusive=True).values_list("pk", flat=True))


def on_organisation_published_or_not(sender, instance, **kwargs):
    _safely(update_pages, ProcedurePage.objects.filter(organisation=instance).values_list("pk", flat=True))


def on_page_deleted(sender, instance, **kwargs):
    _safely(get_engine().remove, [page_key(instance.pk)])


def sync_services(service_ids):
    """Make the index hold what the database holds for these services: their documents, or none."""
    engine = get_engine()
    ids = set(service_ids)
    services = list(ExternalService.objects.filter(pk__in=ids))
    engine.index(document for service in services for document in service_documents(service))
    gone = ids - {service.pk for service in services}
    if gone:
        engine.remove(key for pk in sorted(gone) for key in service_keys(pk))


@contextmanager
def services_indexed_together(touched=None):
    """Index the services saved or deleted inside the block together, when it ends.

    Use it inside the caller's `transaction.atomic()`: the index is written before the
    transaction commits, and an engine that fails raises IndexingFailed, so the transaction
    rolls back with it. An engine whose index lives outside the database may have written part
    of it: `restore_services(touched)` after the rollback puts it back. `touched` (a set)
    collects the services' ids; a block that raises indexes nothing.
    """
    if getattr(_bulk, "ids", None) is not None:  # nested: the outer block indexes
        yield _bulk.ids
        return
    _bulk.ids = ids = set() if touched is None else touched
    try:
        yield ids
    finally:
        _bulk.ids = None
    try:
        sync_services(ids)
    except Exception as error:  # any engine, any failure: the caller must roll back
        raise IndexingFailed(f"the {get_engine().name} search engine failed: {error}") from error


def restore_services(service_ids):
    """After a rolled-back import, put an index that lives outside the database back in step."""
    if not get_engine().rolls_back_with_database:
        sync_services(service_ids)


def on_service_saved(sender, instance, **kwargs):
    if getattr(_bulk, "ids", None) is not None:
        _bulk.ids.add(instance.pk)
        return
    _safely(get_engine().index, service_documents(instance))


def on_service_deleted(sender, instance, **kwargs):
    if getattr(_bulk, "ids", None) is not None:
        _bulk.ids.add(instance.pk)
        return
    _safely(get_engine().remove, service_keys(instance.pk))


def connect():
    page_published.connect(on_published, dispatch_uid="search-published")
    page_unpublished.connect(on_unpublished, dispatch_uid="search-unpublished")
    post_page_move.connect(on_moved, dispatch_uid="search-moved")
    for signal, name in ((published, "published"), (unpublished, "unpublished")):
        signal.connect(
            on_organisation_published_or_not, sender=Organisation, dispatch_uid=f"search-organisation-{name}"
        )
    # Deleting any page deletes its row in wagtailcore_page, so the Page sender sees them all.
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="search-page-deleted")
    post_save.connect(on_service_saved, sender=ExternalService, dispatch_uid="search-service-saved")
    post_delete.connect(on_service_deleted, sender=ExternalService, dispatch_uid="search-service-deleted")
