import time

from django.core.management.base import BaseCommand, CommandError

from search.engines import get_engine
from search.indexing import rebuild


class Command(BaseCommand):
    help = (
        "Build the unified search index again from every live page and external service, beside "
        "the live one, and put it in place at once: searches never see a half-built index."
    )

    def handle(self, *args, **options):
        engine = get_engine()
        started = time.perf_counter()
        try:
            count = rebuild(engine)
        except Exception as error:  # an engine that cannot be reached, a document it refuses...
            raise CommandError(
                f"Could not rebuild the search index with the {engine.name} engine: {error}. "
                "Searches still use the index as it was before."
            ) from error
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"Indexed {count} documents in {seconds:.1f} s ({count / max(seconds, 1e-9):.0f} documents/s)."
        )
        self.stdout.write(engine.status())
