"""What /health/ checks: the database, the cache and the search engine, each briefly.

A load balancer asks every few seconds, so each check is one cheap round trip and all run at
once, each given `TIMEOUT` seconds: a service that hangs counts as down instead of holding the
probe (and a worker thread) until the balancer gives up. A check either passes or raises; why
it failed goes to the log, never into the answer.
"""

import logging
import uuid
from concurrent.futures import ThreadPoolExecutor, wait

from django.core.cache import cache
from django.db import connection, connections

from search.engines import get_engine

logger = logging.getLogger(__name__)
TIMEOUT = 2.0


def database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def cache_round_trip():
    key, value = f"health-{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, timeout=10)
    found = cache.get(key)
    cache.delete(key)
    if found != value:  # the Redis cache ignores its errors: a lost value is how it fails
        raise RuntimeError("the cache did not keep a value")


def search_engine():
    get_engine().count()


CHECKS = {"database": database, "cache": cache_round_trip, "search": search_engine}
_pool = ThreadPoolExecutor(max_workers=2 * len(CHECKS), thread_name_prefix="health")


def run_checks():
    """{name: True or False}; a check still running after `TIMEOUT` seconds is False."""
    futures = {name: _pool.submit(_in_thread, check) for name, check in CHECKS.items()}
    wait(futures.values(), timeout=TIMEOUT)
    return {name: _passed(name, future) for name, future in futures.items()}


def _in_thread(check):
    try:
        check()
    finally:
        connections.close_all()  # this thread's own: the pool must not hold database connections


def _passed(name, future):
    if not future.done():
        logger.warning("Health check %s: no answer within %s seconds", name, TIMEOUT)
        return False
    if error := future.exception():
        logger.warning("Health check %s failed: %s", name, type(error).__name__)
        return False
    return True
