"""`manage.py benchmark_content_data`: the speed of listening at the sizes of a busy year.

Builds synthetic data over the live pages (100,000 feedback rows and 1,000,000 page-view days by
default) inside a transaction that is rolled back at the end, then prints: the render time of
Reports > Content data and of one page's content data (targets: under 1 s), the 95th percentile
of a feedback POST (target: under 20 ms) and what counting a view adds to a page (under 1 ms).
"""

import datetime
import random
import statistics
import time

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test import Client, RequestFactory
from django.utils import timezone
from wagtail.models import Page

from ...counting import count_view, counter_cache, counter_key
from ...models import PageFeedback, PageViewDay

BATCH = 20_000


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Synthetic feedback and page views; prints report render time, feedback POST p95 and counting cost."
    )

    def add_arguments(self, parser):
        parser.add_argument("--feedback", type=int, default=100_000)
        parser.add_argument("--view-days", type=int, default=1_000_000)
        parser.add_argument("--requests", type=int, default=200)

    def handle(self, *args, **options):
        pages = list(Page.objects.live().filter(depth__gt=2).values_list("pk", flat=True))
        if not pages:
            raise CommandError("Load the demo content first: manage.py load_demo_content")
        try:
            with transaction.atomic():
                self.build(pages, options["feedback"], options["view_days"])
                self.measure_report(pages)
                raise Rollback
        except Rollback:
            pass
        # Outside the transaction, so each POST commits as it does when served.
        self.measure_post(pages, options["requests"])
        self.measure_counting()

    def build(self, pages, feedback, view_days):
        rng = random.Random(19)
        today = timezone.localdate()
        started = time.perf_counter()
        days_per_page = -(-view_days // len(pages))
        rows = (
            PageViewDay(page_id=page, date=today - datetime.timedelta(days=day), views=rng.randint(0, 500))
            for page in pages
            for day in range(days_per_page)
        )
        self.bulk(PageViewDay, rows, view_days)
        comments = ["No trobo el formulari", "On és l'oficina?", ""]
        rows = (
            PageFeedback(
                page_id=rng.choice(pages),
                language="ca",
                useful=rng.random() < 0.7,
                wrong=rng.choice(comments),
                date=today - datetime.timedelta(days=rng.randint(0, 395)),
            )
            for _ in range(feedback)
        )
        self.bulk(PageFeedback, rows, feedback)
        self.stdout.write(
            f"Synthetic data: {feedback:,} feedback rows, {view_days:,} page-view days over "
            f"{len(pages)} pages ({days_per_page} days each), built in {time.perf_counter() - started:.1f} s."
        )

    def bulk(self, model, rows, total):
        batch = []
        for count, row in enumerate(rows, start=1):
            if count > total:
                break
            batch.append(row)
            if len(batch) == BATCH:
                model.objects.bulk_create(batch)
                batch = []
        model.objects.bulk_create(batch)

    def measure_report(self, pages):
        user = get_user_model().objects.create_superuser("benchmark-content-data", password=None)
        client = Client(HTTP_HOST="localhost")
        client.force_login(user)
        most_viewed = PageViewDay.objects.order_by("-views").values_list("page_id", flat=True).first()
        today = timezone.localdate()
        year = f"?date_from={today - datetime.timedelta(days=364)}&date_to={today}"
        urls = {
            "Reports > Content data (the list)": "/admin/reports/content-data/",
            "Content data of one page": f"/admin/reports/content-data/page/{most_viewed}/",
            "Content data of one page, a year": f"/admin/reports/content-data/page/{most_viewed}/{year}",
        }
        for name, url in urls.items():
            timings = []
            for _ in range(6):
                started = time.perf_counter()
                response = client.get(url)
                timings.append(time.perf_counter() - started)
                if response.status_code != 200:
                    raise CommandError(f"{url} answered {response.status_code}.")
            self.stdout.write(
                f"{name}: median {statistics.median(timings[1:]) * 1000:.0f} ms, "
                f"slowest {max(timings[1:]) * 1000:.0f} ms (target < 1000 ms)"
            )

    def measure_post(self, pages, requests):
        """Over 20 pages (their language and address cached after their first POST), then over every
        page once (the cache empty: a page query each)."""
        cache.delete_many([f"feedback:target:{page}" for page in pages])
        self.post_timings("to 20 pages, warm", [pages[number % 20] for number in range(requests)])
        cache.delete_many([f"feedback:target:{page}" for page in pages])
        self.post_timings("each page once, cold", pages[:requests])

    def post_timings(self, name, targets):
        client = Client(HTTP_HOST="localhost", HTTP_ORIGIN="http://localhost")
        last = PageFeedback.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        timings = []
        for number, page in enumerate(targets):
            data = {"page": page, "useful": "no", "wrong": "No trobo el formulari 612345678"}
            started = time.perf_counter()
            response = client.post("/feedback/", data, REMOTE_ADDR=f"10.0.{number // 250}.{number % 250}")
            timings.append(time.perf_counter() - started)
            if response.status_code != 303:
                raise CommandError(f"The feedback POST answered {response.status_code}.")
        PageFeedback.objects.filter(pk__gt=last).delete()
        timings.sort()
        p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
        self.stdout.write(
            f"Feedback POST ({name}): median {statistics.median(timings) * 1000:.1f} ms, "
            f"p95 {p95 * 1000:.1f} ms over {len(timings)} requests (target p95 < 20 ms)"
        )

    def measure_counting(self):
        request = RequestFactory().get("/", HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0")
        page = Page(pk=0)  # no page has it: the counters of real pages are left alone
        calls = 20_000
        started = time.perf_counter()
        for _ in range(calls):
            count_view(page, request)
        per_view = (time.perf_counter() - started) / calls
        counter_cache().delete(counter_key(page.pk, timezone.localdate()))
        self.stdout.write(f"Counting a view: {per_view * 1000:.3f} ms per page view (target < 1 ms)")
