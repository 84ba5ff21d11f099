"""When a failed handler is tried again, and when it is given up.

Two kinds of failure are told apart. A *transient* one (MongoDB, Redis or the broker out
of reach, a timeout) says nothing about the message: it is retried with exponential
backoff and jitter for up to ``transient_retry_seconds``, so a database restart loses
nothing. Any other failure is retried ``handler_attempts`` times, then the message is
dead-lettered so one bad message cannot stall its partition.
"""

import asyncio
import time
from dataclasses import dataclass, field

from aiokafka.errors import KafkaConnectionError, KafkaTimeoutError, NotLeaderForPartitionError
from pymongo.errors import (
    AutoReconnect,
    ConnectionFailure,
    NetworkTimeout,
    ServerSelectionTimeoutError,
)
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from medstream_shared.backoff import backoff_delay

TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (
    AutoReconnect,
    ConnectionFailure,
    NetworkTimeout,
    ServerSelectionTimeoutError,
    RedisConnectionError,
    RedisTimeoutError,
    KafkaConnectionError,
    KafkaTimeoutError,
    NotLeaderForPartitionError,
    ConnectionError,
    TimeoutError,
)


def is_transient(exc: BaseException) -> bool:
    return isinstance(exc, TRANSIENT_ERRORS)


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
