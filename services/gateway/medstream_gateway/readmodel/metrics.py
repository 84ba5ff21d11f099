"""The read model's metrics: sessions by status, how long each took to its answer, and
open surveillance alerts.

:func:`background_samplers` keeps the gauges fresh that no request updates: sessions by
status in the read model, open alerts (an alert closes as newer data arrives, with no
event of its own) and the health of Kafka, MongoDB and Redis as the gateway sees it.
"""

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import date
from typing import TYPE_CHECKING

from medstream_shared.constants import FINAL_STATUSES
from medstream_shared.health import mongo_check, redis_check
from medstream_shared.logging import get_logger
from medstream_shared.metrics import OPEN_ALERTS, SESSION_SECONDS, SESSIONS
from medstream_shared.monitoring import SAMPLE_SECONDS, check_dependencies, every
from pymongo.asynchronous.collection import AsyncCollection

from medstream_gateway.readmodel.alerts import AlertStore, reference_day
from medstream_gateway.readmodel.documents import SessionDocument
from medstream_gateway.readmodel.sessions import ACTIVE

if TYPE_CHECKING:
    from medstream_gateway.state import GatewayState

log = get_logger(__name__)

_FINAL = frozenset(status.value for status in FINAL_STATUSES)


def record_time_to_final(session: SessionDocument | None) -> None:
    """Observe how long a session took to reach its final status, once, at that moment.

    Called with the document a final transition returned (None when the transition did
    not apply, e.g. a redelivered event), so each answer is counted exactly once. The
    clock starts at the session's creation or, for a follow-up question in the same
    session, at that question's arrival in the history.
    """
    if session is None or session.status not in _FINAL:
        return
    seconds = max((session.updated_at - session.question_started()).total_seconds(), 0.0)
    SESSION_SECONDS.labels(status=session.status.value).observe(seconds)


async def count_sessions(sessions: AsyncCollection) -> None:
    """Set ``medstream_sessions{status}`` for every non-final status from the read model."""
    counts = dict.fromkeys(ACTIVE, 0)
    cursor = await sessions.aggregate(
        [
            {"$match": {"status": {"$in": ACTIVE}}},
            {"$group": {"_id": "$status", "count": {"$sum": 1}}},
        ]
    )
    async for row in cursor:
        counts[row["_id"]] = int(row["count"])
    for status, count in counts.items():
        SESSIONS.labels(status=status).set(count)


class OpenAlertsGauge:
    """``medstream_surveillance_open_alerts{city, group}`` from the read model.

    Every (city, group) with an alert in the read model has a series, 0 once its alerts
    have closed, so a graph shows the alert ending; pairs never alerted on have none (cities
    come from the data, so the series stay as few as the places that ever had an alert).
    """

    def __init__(self, alerts: AlertStore, catalog_last_date: Callable[[], date | None]) -> None:
        self.alerts = alerts
        self.catalog_last_date = catalog_last_date
        self._seen: set[tuple[str, str]] = set()
        self._task: asyncio.Task[None] | None = None
        self._dirty = False

    async def changed(self) -> None:
        """An alert was stored: refresh soon, off the projection's path.

        Refreshes are coalesced: while one runs, any number of changes cause one more. A
        backlog of thousands of alerts (a consumer catching up) then costs a few scans of
        the collection, not one per alert.
        """
        self._dirty = True
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._refresh_while_dirty(), name="open-alerts")

    async def _refresh_while_dirty(self) -> None:
        while self._dirty:
            self._dirty = False
            try:
                await self.refresh()
            except Exception as exc:  # the 15 s sampler tries again
                log.warning("open alerts not counted", error=str(exc))
                return

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def refresh(self) -> None:
        as_of = reference_day(await self.alerts.newest_window_end(), self.catalog_last_date())
        counts = await self.alerts.open_counts(as_of)
        for city, group in self._seen - counts.keys():
            OPEN_ALERTS.labels(city=city, group=group).set(0)
        for (city, group), count in counts.items():
            OPEN_ALERTS.labels(city=city, group=group).set(count)
        self._seen |= counts.keys()


@asynccontextmanager
async def background_samplers(state: "GatewayState") -> AsyncIterator[None]:
    """Sample sessions by status and the gateway's dependencies while the app runs."""
    for final in FINAL_STATUSES:
        SESSION_SECONDS.labels(status=final.value)
    for status in ACTIVE:
        SESSIONS.labels(status=status)

    async def kafka() -> None:
        await state.lag.admin.describe_cluster()

    async def sample() -> None:
        await check_dependencies(
            {"kafka": kafka, "mongodb": mongo_check(state.mongo), "redis": redis_check(state.redis)}
        )
        await count_sessions(state.store.sessions)
        await state.open_alerts.refresh()

    async with every(SAMPLE_SECONDS, sample, "gateway-samplers"):
        yield
