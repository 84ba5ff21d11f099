"""Refuses new questions while the pipeline is too far behind, instead of queueing forever.

The router's and analytics' consumer lag is read from Kafka (committed offsets against
end offsets) at most every ``refresh_seconds``; above ``max_lag`` a new question gets 503
with Retry-After.
"""

import time

from medstream_shared.kafka.lag import LagReader
from medstream_shared.logging import get_logger

log = get_logger(__name__)

WATCHED_SERVICES = ("router", "analytics")


class Backpressure:
    def __init__(self, lag: LagReader, *, max_lag: int, refresh_seconds: float = 2.0) -> None:
        self.lag = lag
        self.max_lag = max_lag
        self.refresh_seconds = refresh_seconds
        self._checked_at = 0.0
        self._behind: dict[str, int] = {}

    async def overloaded(self) -> dict[str, int]:
        """The services whose lag is past the bound (empty when all is well)."""
        if time.monotonic() - self._checked_at > self.refresh_seconds:
            try:
                lags = await self.lag.services_lag(WATCHED_SERVICES)
                self._behind = {service: sum(topics.values()) for service, topics in lags.items()}
            except Exception as exc:  # a lag read must never block submissions
                log.warning("consumer lag unavailable", error=str(exc))
            self._checked_at = time.monotonic()
        return {s: lag for s, lag in self._behind.items() if lag > self.max_lag}
