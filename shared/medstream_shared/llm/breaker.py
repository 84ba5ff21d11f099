"""A circuit breaker: stop calling an endpoint that keeps failing, and probe it later.

Without it, every question during an outage would wait for the full timeout and retries
before falling back. Open after ``failure_threshold`` consecutive failed calls; after
``cooldown_seconds`` let exactly one probe through (half-open): its success closes the
circuit, its failure opens it for another cool-down.
"""

import threading
import time
from collections.abc import Callable
from typing import Literal

BreakerState = Literal["closed", "open", "half_open"]


class CircuitBreaker:
    def __init__(
        self,
        failure_threshold: int = 5,
        cooldown_seconds: float = 30.0,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if failure_threshold < 1:
            raise ValueError("failure_threshold must be at least 1")
        if cooldown_seconds <= 0:
            raise ValueError("cooldown_seconds must be positive")
        self.failure_threshold = failure_threshold
        self.cooldown_seconds = cooldown_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._failures = 0
        self._opened_at: float | None = None
        self._probe_started_at: float | None = None

    @property
    def state(self) -> BreakerState:
        with self._lock:
            return self._state()

    @property
    def consecutive_failures(self) -> int:
        return self._failures

    def allow(self) -> bool:
        """Whether a call may go ahead now; in half-open state only one probe at a time.

        A probe that never reports (its task was cancelled) stops blocking others after a
        cool-down, so the breaker cannot stay stuck half-open.
        """
        with self._lock:
            state = self._state()
            if state == "closed":
                return True
            if state == "open":
                return False
            now = self._clock()
            if self._probe_started_at is not None and (
                now - self._probe_started_at < self.cooldown_seconds
            ):
                return False
            self._probe_started_at = now
            return True

    def record_success(self) -> None:
        with self._lock:
            self._failures = 0
            self._opened_at = None
            self._probe_started_at = None

    def record_failure(self) -> None:
        with self._lock:
            self._failures += 1
            if self._opened_at is not None or self._failures >= self.failure_threshold:
                self._opened_at = self._clock()
                self._probe_started_at = None

    def abandon(self) -> None:
        """A call that was let through ended without a verdict (cancelled): free its slot."""
        with self._lock:
            self._probe_started_at = None

    def _state(self) -> BreakerState:
        if self._opened_at is None:
            return "closed"
        if self._clock() - self._opened_at < self.cooldown_seconds:
            return "open"
        return "half_open"
