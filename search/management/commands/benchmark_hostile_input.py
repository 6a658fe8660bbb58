import gc
import logging
import statistics
import time
from collections import Counter, namedtuple
from contextlib import contextmanager

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test import Client

from search.hostile import LANGUAGES, HostileInput

ENDPOINTS = ("search page", "search API", "autocomplete API")
WORST_SHOWN = 80  # characters of the worst input printed
# Wall-clock time is what a citizen waits; CPU time tells the input's own cost from a busy machine.
Timing = namedtuple("Timing", "seconds cpu_seconds query")


class Rollback(Exception):
    pass


def request_for(endpoint, query, params):
    """(path, GET parameters) of one request to `endpoint`."""
    language = params.get("lang", "ca")
    if endpoint == "search page":
        return f"/{language}/search/", {"q": query, **{k: v for k, v in params.items() if k != "lang"}}
    if endpoint == "search API":
        return "/api/search/", {"q": query, **params}
    return "/api/search/autocomplete/", {"q": query, "lang": language}


def percentile(ordered, share):
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


@contextmanager
def quiet_bad_requests():
    """Every 400 would be logged as a warning: only errors (a 500) are worth showing here."""
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


@contextmanager
def full_collections():
    """The CPU seconds of each full (generation 2) garbage collection while the block runs."""
    pauses, started = [], []

    def measure(phase, info):
        if info["generation"] == 2:
            if phase == "start":
                started[:] = [time.thread_time()]
            else:
                pauses.append(time.thread_time() - started[0])

    gc.callbacks.append(measure)
    try:
        yield pauses
    finally:
        gc.callbacks.remove(measure)


class Command(BaseCommand):
    help = (
        "Send generated hostile queries (search.hostile: characters that normalisation lengthens, long "
        "words, many words, combining marks, oversized input, hostile pages and filters) to the search "
        "page and both search APIs, served in this process, and print per endpoint the count, the "
        "answers by status, and the median, p99 and maximum server time, with the slowest input. "
        "Searches are counted for the analytics as usual, in a transaction rolled back at the end."
    )

    def add_arguments(self, parser):
        parser.add_argument("--queries", type=int, default=1000, help="Queries per endpoint (default 1000).")
        parser.add_argument("--seed", type=int, default=2024, help="Seed of the generator (default 2024).")
        parser.add_argument(
            "--fail-over", type=float, metavar="MS", help="Exit 1 when any request takes longer than MS."
        )

    def handle(self, *args, queries, seed, fail_over, **options):
        client = Client(HTTP_HOST="localhost", raise_request_exception=False)
        started = time.perf_counter()
        HostileInput(seed)  # the first one reads the Unicode database
        self.stdout.write(f"Generator ready in {time.perf_counter() - started:.1f} s (seed {seed}).")
        with quiet_bad_requests():
            self.warm_up(client)
            try:
                with transaction.atomic(), full_collections() as pauses:
                    measured = {
                        endpoint: self.measure(client, HostileInput(seed), endpoint, queries)
                        for endpoint in ENDPOINTS
                    }
                    raise Rollback
            except Rollback:
                pass
        self.report(measured, fail_over)
        longest = max(pauses, default=0) * 1000
        self.stdout.write(
            f"Full garbage collections during the run: {len(pauses)}, the longest {longest:.0f} ms of CPU "
            "(each pauses the request it falls in, whatever its input)."
        )

    def warm_up(self, client):
        """The first search of a process loads each language's spelling vocabulary: timed apart."""
        started = time.perf_counter()
        for language in LANGUAGES:
            for endpoint in ENDPOINTS:
                path, params = request_for(endpoint, "tramit", {"lang": language})
                if client.get(path, params).status_code != 200:
                    raise CommandError(f"{path} does not answer: load the demo content first (make demo)")
        self.stdout.write(
            f"Warm-up (one search per language and endpoint; loads the spelling vocabularies): "
            f"{time.perf_counter() - started:.1f} s"
        )

    def measure(self, client, generator, endpoint, count):
        timings, statuses = [], Counter()
        for query in generator.queries(count):
            path, params = request_for(endpoint, query, generator.params())
            started, cpu = time.perf_counter(), time.thread_time()
            response = client.get(path, params)
            timings.append(Timing(time.perf_counter() - started, time.thread_time() - cpu, query))
            statuses[response.status_code] += 1
        return timings, statuses

    def report(self, measured, fail_over):
        self.stdout.write(
            f"{'endpoint':<18} {'count':>6} {'answers':<22} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} "
            f"{'max CPU ms':>11}"
        )
        for endpoint, (timings, statuses) in measured.items():
            self.report_endpoint(endpoint, timings, statuses)
        if any(status >= 500 for _timings, statuses in measured.values() for status in statuses):
            raise CommandError("Some hostile input got a server error (5xx): see the log above.")
        slowest = max(timing.seconds for timings, _statuses in measured.values() for timing in timings) * 1000
        if fail_over is not None and slowest > fail_over:
            raise CommandError(f"The slowest request took {slowest:.0f} ms, more than {fail_over:.0f} ms.")

    def report_endpoint(self, endpoint, timings, statuses):
        ordered = sorted(timing.seconds * 1000 for timing in timings)
        worst = max(timings, key=lambda timing: timing.seconds)
        answers = ", ".join(f"{count}×{status}" for status, count in sorted(statuses.items()))
        cpu = max(timing.cpu_seconds for timing in timings) * 1000
        self.stdout.write(
            f"{endpoint:<18} {len(timings):>6} {answers:<22} {statistics.median(ordered):>8.1f} "
            f"{percentile(ordered, 0.99):>8.1f} {ordered[-1]:>8.1f} {cpu:>11.1f}"
        )
        self.stdout.write(f"  slowest input ({len(worst.query)} characters): {worst.query!r:.{WORST_SHOWN}}")
