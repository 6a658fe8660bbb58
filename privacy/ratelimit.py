"""A rate limit per client that never keeps the client's address.

A client is known by a hash of its address with a random salt of the day, kept only in the cache
and dropped after two days: yesterday's hashes cannot be tied to an address again, even by
someone who reads the cache and knows the secret key. Counters are fixed windows in the cache
(shared by every app server when it is Redis).

    limiter = RateLimit("feedback", limit=20, window=3600)
    if not limiter.allow(address):
        ...  # 429
"""

import hashlib
import secrets

from django.core.cache import caches
from django.utils import timezone

SALT_LIFETIME = 2 * 24 * 3600


def daily_salt(cache, day):
    key = f"ratelimit:salt:{day.isoformat()}"
    # `add` is atomic: of several processes starting the day, the first salt wins for all.
    cache.add(key, secrets.token_hex(16), SALT_LIFETIME)
    return cache.get(key, "")


def client_hash(address, scope, cache_alias="default"):
    """A name for the client that changes every day and cannot be turned back into `address`."""
    cache = caches[cache_alias]
    salt = daily_salt(cache, timezone.localdate())
    return hashlib.sha256(f"{salt}|{scope}|{address or ''}".encode()).hexdigest()[:32]


class RateLimit:
    def __init__(self, scope, limit, window, cache_alias="default"):
        self.scope, self.limit, self.window, self.cache_alias = scope, limit, window, cache_alias

    def allow(self, address):
        """Count one more request of the client at `address`; False when it is over the limit."""
        cache = caches[self.cache_alias]
        window = int(timezone.now().timestamp()) // self.window
        key = f"ratelimit:{self.scope}:{client_hash(address, self.scope, self.cache_alias)}:{window}"
        cache.add(key, 0, self.window)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, self.window)
            count = 1
        return count <= self.limit
