import statistics
import time

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from wagtail.search.backends import get_search_backend

from portal.languages import codes
from search.benchmark import Corpus
from search.engines import get_engine
from search.engines.base import COUNTED
from search.models import ExternalService, IndexedDocument
from search.query import parse
from search.searching import run_search


class Rollback(Exception):
    pass


def percentiles(seconds):
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return statistics.median(ordered) * 1000, p95 * 1000


class Command(BaseCommand):
    help = (
        "Index a synthetic corpus of N documents in four languages and print the indexing rate and the "
        "query latency (median, p95) of the portal's engine and of Wagtail's stock backend. "
        "On SQLite everything runs in a transaction that is rolled back. On PostgreSQL the corpus is "
        "committed and vacuumed first, as a live index is (inside the inserting transaction every "
        "search would wade through GIN's pending list and unvacuumed rows), and deleted at the end: "
        "run it on a scratch database."
    )

    def add_arguments(self, parser):
        parser.add_argument("--docs", type=int, default=10_000)
        parser.add_argument("--queries", type=int, default=200)
        parser.add_argument("--no-stock", action="store_true", help="Skip Wagtail's stock backend.")
        parser.add_argument(
            "--stock-queries",
            type=int,
            help="Queries for Wagtail's stock backend (default: as many as --queries; it is slow at scale).",
        )

    def handle(self, *args, docs, queries, no_stock, stock_queries, **options):
        corpus = Corpus()
        engine = get_engine()
        query_list = corpus.queries(queries)
        self.stdout.write(f"Synthetic corpus: {docs} documents in {', '.join(codes())}; {queries} queries.")
        committed = connection.vendor == "postgresql"
        try:
            if committed:
                self.run_engine(engine, corpus, docs, query_list, committed=True)
            with transaction.atomic():
                if not committed:
                    self.run_engine(engine, corpus, docs, query_list)
                if not no_stock:
                    self.run_stock(corpus, docs, query_list[: stock_queries or queries])
                raise Rollback
        except Rollback:
            pass
        finally:
            if committed:
                IndexedDocument.objects.filter(key__startswith="bench:").delete()

    def run_engine(self, engine, corpus, docs, query_list, committed=False):
        # Made before the clock starts: the rate is the engine's, not the random text generator's.
        documents = list(corpus.documents(docs))
        started = time.perf_counter()
        engine.index(documents)
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"{engine.name} engine: indexed {docs} documents in {seconds:.1f} s "
            f"({docs / seconds:.0f} documents/s)"
        )
        if committed:
            started = time.perf_counter()
            with connection.cursor() as cursor:
                # What autovacuum does after a large import: flush GIN's pending lists, mark the
                # pages all-visible, and give the planner the table's statistics.
                cursor.execute("VACUUM ANALYZE search_indexeddocument")
            self.stdout.write(f"VACUUM ANALYZE after indexing: {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        for language in codes():  # the first query of a language loads its spelling vocabulary
            engine.search(parse("x", language, engine), language)
        self.stdout.write(
            f"{engine.name} engine: first query of each language (loads the spelling vocabularies) "
            f"{time.perf_counter() - started:.1f} s"
        )
        timings, filtered, exact, pipeline = [], [], [], []
        for language, text in query_list:
            started = time.perf_counter()
            result = engine.search(parse(text, language, engine), language)
            timings.append(time.perf_counter() - started)
            exact.append(result.total_exact)
            started = time.perf_counter()
            engine.search(
                parse(text, language, engine), language, {"administration": "local", "channel": "online"}
            )
            filtered.append(time.perf_counter() - started)
            started = time.perf_counter()
            run_search(text, language, record=False, engine=engine)
            pipeline.append(time.perf_counter() - started)
        median, p95 = percentiles(timings)
        self.stdout.write(
            f"{engine.name} engine: query with facets median {median:.1f} ms, p95 {p95:.1f} ms "
            f"({exact.count(False)} of {len(exact)} queries matched more than {COUNTED} documents)"
        )
        median, p95 = percentiles(filtered)
        self.stdout.write(
            f"{engine.name} engine: query with two filters and facets "
            f"median {median:.1f} ms, p95 {p95:.1f} ms"
        )
        median, p95 = percentiles(pipeline)
        self.stdout.write(
            "the whole search (synonyms, spelling, other languages, facets, snippets, best bets): "
            f"median {median:.1f} ms, p95 {p95:.1f} ms"
        )

    def run_stock(self, corpus, docs, query_list):
        """Wagtail's backend indexes one service record holding all four languages: N/4 records."""
        backend = get_search_backend()
        records = []
        documents = corpus.documents(docs)
        for number in range(docs // len(codes())):
            texts = {language: next(documents) for language in codes()}
            records.append(
                ExternalService(
                    source="benchmark",
                    identifier=str(number),
                    publisher="benchmark",
                    organisation=texts["ca"].organisation,
                    administration=texts["ca"].administration,
                    url=texts["ca"].url,
                    title={code: doc.title for code, doc in texts.items()},
                    description={code: f"{doc.summary} {doc.body}" for code, doc in texts.items()},
                    keywords={code: doc.keywords.split() for code, doc in texts.items()},
                )
            )
        ExternalService.objects.bulk_create(records, batch_size=1000)
        saved = list(ExternalService.objects.filter(source="benchmark"))
        started = time.perf_counter()
        backend.add_bulk(ExternalService, saved)
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"wagtail stock backend: indexed {len(saved)} records ({docs} language documents) "
            f"in {seconds:.1f} s "
            f"({docs / seconds:.0f} documents/s)"
        )
        timings = []
        for _language, text in query_list:
            started = time.perf_counter()
            list(backend.search(text, ExternalService.objects.all())[:10])
            timings.append(time.perf_counter() - started)
        median, p95 = percentiles(timings)
        self.stdout.write(
            f"wagtail stock backend: query (no facets) median {median:.1f} ms, p95 {p95:.1f} ms "
            f"({len(query_list)} queries)"
        )
