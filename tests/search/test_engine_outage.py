"""When Elasticsearch hangs or refuses, searches fail in seconds, then at once, and recover by themselves.

A hung cluster once held each search for 10.7 s before its 503. Now a call waits at most the
short timeouts, and after a few failures the circuit breaker answers "unavailable" at once
until a probe finds the server well again.
"""

import threading
import time

import pytest
from elasticsearch import exceptions as es_errors

from search.engines import engine_from
from search.engines.breaker import CLOSED, OPEN
from search.engines.elasticsearch import EngineUnavailable
from tests.fake_servers import FullBacklogServer, HangingServer, JSONServer, refused_url

ELASTIC = {"X-Elastic-Product": "Elasticsearch"}
FAST = 0.05  # seconds: what "at once" means


class Clock:
    """A monotonic clock the test moves by hand, so the cool-off takes no real time."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


def engine(url, clock=None, **options):
    options = {"connect_timeout": 0.5, "read_timeout": 0.5, "breaker_threshold": 2, **options}
    config = {"ENGINE": "search.engines.elasticsearch.ElasticsearchEngine", "URL": url, **options}
    built = engine_from(config)
    if clock:
        built.breaker.clock = clock
    return built


def timed_failure(call):
    started = time.monotonic()
    with pytest.raises(EngineUnavailable) as error:
        call()
    return time.monotonic() - started, str(error.value)


def test_timeouts_come_from_the_engine_options_with_short_defaults():
    default = engine_from(
        {"ENGINE": "search.engines.elasticsearch.ElasticsearchEngine", "URL": "http://es:9200"}
    )
    [node] = default.client.transport.node_pool.all()
    assert (node.pool.timeout.connect_timeout, node.pool.timeout.read_timeout) == (2.0, 3.0)
    tuned = engine("http://es:9200", connect_timeout=1, read_timeout=4)
    [node] = tuned.client.transport.node_pool.all()
    assert (node.pool.timeout.connect_timeout, node.pool.timeout.read_timeout) == (1, 4)


def test_a_server_that_accepts_and_never_answers_fails_in_about_the_read_timeout():
    with HangingServer() as server:
        elapsed, message = timed_failure(engine(server.url, read_timeout=0.5, connect_timeout=5).count)
    assert 0.4 < elapsed < 1.5
    assert "timed out" in message


def test_a_server_that_never_completes_the_connection_fails_in_the_connect_timeout():
    with FullBacklogServer() as server:
        elapsed, message = timed_failure(engine(server.url, connect_timeout=0.3, read_timeout=5).count)
    assert 0.2 < elapsed < 1.5
    assert "timed out" in message


def test_after_repeated_timeouts_calls_fail_at_once_until_the_cool_off_ends():
    clock = Clock()
    with HangingServer() as server:
        hung = engine(server.url, clock, breaker_cool_off=30)
        for _attempt in range(2):
            elapsed, _message = timed_failure(hung.count)
            assert elapsed > 0.4
        assert hung.breaker.state == OPEN
        clock.advance(29)
        elapsed, message = timed_failure(hung.count)
    assert elapsed < FAST
    assert "fail at once for 30 s" in message


def test_after_the_cool_off_one_probe_goes_through_and_a_healthy_answer_closes_the_breaker():
    clock = Clock()
    with JSONServer({"count": 7}, ELASTIC) as server:
        server.hanging = True
        flaky = engine(server.url, clock, breaker_cool_off=30)
        timed_failure(flaky.count)
        timed_failure(flaky.count)
        server.hanging = False
        assert timed_failure(flaky.count)[0] < FAST  # still open: the server is not asked
        asked = len(server.requests)
        clock.advance(30)
        assert flaky.count() == 7
        assert len(server.requests) == asked + 1
        assert flaky.breaker.state == CLOSED
        assert flaky.count() == 7


def test_while_the_probe_is_under_way_other_calls_fail_at_once_and_a_failed_probe_reopens():
    clock = Clock()
    with HangingServer() as server:
        hung = engine(server.url, clock, breaker_threshold=1, breaker_cool_off=30)
        timed_failure(hung.count)
        clock.advance(30)
        probe = threading.Thread(target=lambda: pytest.raises(EngineUnavailable, hung.count))
        probe.start()
        time.sleep(0.1)  # the probe is waiting on the hung server
        elapsed, _message = timed_failure(hung.count)
        probe.join()
        assert elapsed < FAST
        assert hung.breaker.state == OPEN
        assert timed_failure(hung.count)[0] < FAST


def test_a_refused_connection_counts_as_a_failure_too():
    refused = engine(refused_url())
    timed_failure(refused.count)
    timed_failure(refused.count)
    assert refused.breaker.state == OPEN
    assert "fail at once" in timed_failure(refused.count)[1]


def test_an_error_of_ours_that_the_server_answers_does_not_open_the_breaker():
    error = {"error": {"type": "parsing_exception", "reason": "bad query"}, "status": 400}
    with JSONServer(error, ELASTIC, status=400) as server:
        answered = engine(server.url)
        for _attempt in range(3):
            with pytest.raises(es_errors.BadRequestError):
                answered.count()
        assert answered.breaker.state == CLOSED


@pytest.fixture
def hung_engine(settings):
    from search.engines import get_engine

    with HangingServer() as server:
        settings.SEARCH_ENGINE = {
            "ENGINE": "search.engines.elasticsearch.ElasticsearchEngine",
            "URL": server.url,
            "READ_TIMEOUT": 0.5,
            "BREAKER_THRESHOLD": 1,
        }
        get_engine.cache_clear()
        yield server
        get_engine.cache_clear()


def test_citizens_get_the_503_page_with_help_channels_in_seconds_not_minutes(client, site_tree, hung_engine):
    started = time.monotonic()
    first = client.get("/ca/search/", {"q": "atur"})
    assert time.monotonic() - started < 2
    assert first.status_code == 503
    assert b"help-channel" in first.content
    started = time.monotonic()
    again = client.get("/api/search/", {"q": "atur"})
    assert time.monotonic() - started < 0.5  # the breaker is open: no waiting at all
    assert again.status_code == 503 and "not available" in again.json()["error"]
    assert client.get("/api/search/autocomplete/", {"q": "atu"}).json()["results"] == []
