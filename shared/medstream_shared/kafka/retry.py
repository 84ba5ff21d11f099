"""When a failed handler is tried again, and when it is given up.

Two kinds of failure are told apart. A *transient* one (MongoDB, Redis or the broker out
of reach, a timeout) says nothing about the message: it is retried with exponential
backoff and jitter for up to ``transient_retry_seconds``, so a database restart loses
nothing. Any other failure is retried ``handler_attempts`` times, then the message is
dead-lettered so one bad message cannot stall its partition.

Redis' and MongoDB's errors count as transient without this module importing redis-py
(~20 MB of RSS) or pymongo (~7 MB), which workers without them never load: an exception of
a client library can only be raised once something imported it, so :func:`transient_errors`
adds its errors only then. The gateway's ``TRANSIENT_ERRORS`` (a tuple for ``except``)
imports both when first read (PEP 562).
"""

import asyncio
import sys
import time
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING

from aiokafka.errors import KafkaConnectionError, KafkaTimeoutError, NotLeaderForPartitionError

from medstream_shared.backoff import backoff_delay

_ALWAYS: tuple[type[BaseException], ...] = (
    KafkaConnectionError,
    KafkaTimeoutError,
    NotLeaderForPartitionError,
    ConnectionError,
    TimeoutError,
)

if TYPE_CHECKING:
    TRANSIENT_ERRORS: tuple[type[BaseException], ...]


def _redis_errors(exceptions: ModuleType) -> tuple[type[BaseException], ...]:
    return (exceptions.ConnectionError, exceptions.TimeoutError)


def _mongo_errors(errors: ModuleType) -> tuple[type[BaseException], ...]:
    return (
        errors.AutoReconnect,
        errors.ConnectionFailure,
        errors.NetworkTimeout,
        errors.ServerSelectionTimeoutError,
    )


def transient_errors() -> tuple[type[BaseException], ...]:
    """The transient errors, MongoDB's and Redis' among them once their client is loaded."""
    found = _ALWAYS
    mongo_errors = sys.modules.get("pymongo.errors")
    if mongo_errors is not None:
        found += _mongo_errors(mongo_errors)
    redis_exceptions = sys.modules.get("redis.exceptions")
    if redis_exceptions is not None:
        found += _redis_errors(redis_exceptions)
    return found


def __getattr__(name: str) -> tuple[type[BaseException], ...]:
    if name == "TRANSIENT_ERRORS":  # for code that uses both anyway: import their errors
        import pymongo.errors
        import redis.exceptions

        return _ALWAYS + _mongo_errors(pymongo.errors) + _redis_errors(redis.exceptions)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def is_transient(exc: BaseException) -> bool:
    return isinstance(exc, transient_errors())


@dataclass
class RetryBudget:
    """The retry state of one message."""

    attempts: int
    transient_seconds: float
    base_delay: float
    max_delay: float = 5.0
    tries: int = 0
    transient_tries: int = 0
    started: float = field(default_factory=time.monotonic)

    def should_retry(self, exc: BaseException) -> bool:
        """Record a failure; True when the message deserves another try."""
        if is_transient(exc):
            self.transient_tries += 1
            return time.monotonic() - self.started < self.transient_seconds
        self.tries += 1
        return self.tries < self.attempts

    async def wait(self) -> None:
        failures = self.tries + self.transient_tries
        await asyncio.sleep(backoff_delay(failures, self.base_delay, self.max_delay))
