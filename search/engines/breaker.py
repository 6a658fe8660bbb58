"""A circuit breaker: stop calling a service that keeps failing, and try it again later.

When Elasticsearch hangs, every search would wait for its timeout before failing, and a
busy site would soon have every worker waiting. After `threshold` failures in a row the
breaker opens: calls fail at once for `cool_off` seconds. Then it lets one call through
(half-open) to test the service: success closes it, failure opens it for another cool-off,
and other calls keep failing at once while that one is under way.

One breaker is shared by the threads of a process (the engine is one instance per process);
each process keeps its own, so every worker finds out for itself, after `threshold` failures.
"""

import threading
import time

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half-open"


class CircuitOpen(RuntimeError):
    """The breaker refuses the call: the service failed recently and is not tested again yet."""


class CircuitBreaker:
    def __init__(self, threshold=3, cool_off=30.0, clock=time.monotonic):
        self.threshold = max(1, int(threshold))
        self.cool_off = float(cool_off)
        self.clock = clock
        self.state = CLOSED
        self.failures = 0
        self.opened_at = 0.0
        self._lock = threading.Lock()

    def before_call(self):
        """Raise CircuitOpen unless the call may go to the service."""
        with self._lock:
            if self.state == CLOSED:
                return
            if self.state == OPEN and self.clock() - self.opened_at >= self.cool_off:
                self.state = HALF_OPEN  # this call is the probe; others wait for its outcome
                return
            raise CircuitOpen(self.describe())

    def succeeded(self):
        with self._lock:
            self.state, self.failures = CLOSED, 0

    def failed(self):
        with self._lock:
            self.failures += 1
            if self.state == HALF_OPEN or self.failures >= self.threshold:
                self.state, self.opened_at = OPEN, self.clock()

    def describe(self):
        return (
            f"it failed {self.failures} times in a row, so calls fail at once "
            f"for {self.cool_off:g} s before one is let through to test it"
        )
