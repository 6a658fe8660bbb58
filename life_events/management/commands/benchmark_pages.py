import statistics
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from life_events.models import HomePage, LifeEventPage, ProcedurePage


class Command(BaseCommand):
    help = "Time the full render (middleware, routing, templates) of the hot pages: median and p95."

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=200, help="Requests per page (default 200).")
        parser.add_argument("--url", action="append", default=[], help="Time this path instead (repeatable).")

    def handle(self, *args, **options):
        urls = options["url"] or self.default_urls()
        client = Client(HTTP_HOST="localhost")
        self.stdout.write(f"{'page':<55} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
        for url in urls:
            median, p95, queries = self.measure(client, url, options["requests"])
            self.stdout.write(f"{url:<55} {median:>10.1f} {p95:>8.1f} {queries:>8}")

    def default_urls(self):
        locale = Locale.get_default()
        pages = [
            HomePage.objects.live().filter(locale=locale).first(),
            LifeEventPage.objects.live().filter(locale=locale).order_by("path").first(),
            ProcedurePage.objects.live().filter(locale=locale).order_by("path").first(),
        ]
        if None in pages:
            raise CommandError("Load the demo content first: manage.py load_demo_content")
        return [page.url for page in pages]

    def measure(self, client, url, requests):
        for _ in range(5):  # warm caches and lazy imports
            response = client.get(url)
        if response.status_code != 200:
            raise CommandError(f"{url} answered {response.status_code}")
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        query_count = len(queries)  # read now: the next request clears the query log
        timings = []
        for _ in range(requests):
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        p95 = statistics.quantiles(timings, n=20)[-1]
        return statistics.median(timings), p95, query_count
