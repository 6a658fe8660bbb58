import statistics
import time
from urllib.parse import urlencode

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from life_events.models import LifeEventPage
from plans.audit import sample_answers
from plans.structure import PlanStructure

TARGETS = {"plan page": 30.0, "calendar file": 10.0}


class Command(BaseCommand):
    help = (
        "Time the plan page and its calendar file on the demo data (full request: middleware, "
        "routing, templates): median, p95 and queries, against their targets (30 ms and 10 ms p95)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=200, help="Requests per address (default 200).")

    def handle(self, *args, **options):
        page, answers = self.demo_life_event()
        query = urlencode(answers)
        client = Client(HTTP_HOST="localhost")
        self.stdout.write(f"{'address':<75} {'median ms':>10} {'p95 ms':>8} {'target':>7} {'queries':>8}")
        for name, url in (
            ("plan page", f"{page.url}plan/?{query}"),
            ("calendar file", f"{page.url}plan.ics?{query}"),
        ):
            median, p95, queries = self.measure(client, url, options["requests"])
            verdict = "ok" if p95 < TARGETS[name] else "SLOW"
            figures = f"{median:>10.2f} {p95:>8.2f} {TARGETS[name]:>7.0f} {queries:>8}"
            self.stdout.write(f"{url[:75]:<75} {figures}  {name}: {verdict}")

    def demo_life_event(self):
        """The demo life event with the most questions, answered as the accessibility audit does."""
        best = None
        for page in LifeEventPage.objects.live().filter(locale__language_code="ca").order_by("path"):
            questions = PlanStructure.from_raw(page.questions.raw_data, []).questions
            if questions and (best is None or len(questions) > len(best[1])):
                best = (page, questions)
        if best is None:
            raise CommandError("Load the demo content first: manage.py load_demo_content")
        return best[0], sample_answers(best[1])

    def measure(self, client, url, requests):
        for _ in range(5):  # warm the caches and lazy imports
            response = client.get(url)
        if response.status_code != 200:
            raise CommandError(f"{url} answered {response.status_code}")
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        query_count = len(queries)
        timings = []
        for _ in range(requests):
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        return statistics.median(timings), statistics.quantiles(timings, n=20)[-1], query_count
