"""The gateway's read model of surveillance alerts: a projection of ``medstream.alerts``.

One document per alert id (the surveillance service derives it from the city, group,
window and method), so a redelivered or re-raised alert is one document. A newer event for
the same id (the counts of a window revised) replaces the stored one; an older one, read
late, does not: documents are stamped with their event's time, and a replay, which applies
events in event-time order, rebuilds the same documents.

**Open** is a matter of data time, not of the wall clock, so the same topics give the same
answer today, in a replay, and for a historical feed. ``as_of`` is the exclusive end of the
newest data the gateway knows of: the later of the newest alert's ``window_end`` and the day
after the served warehouse's ``last_date``. An alert is open while its window's last day is
one of the ``open_days`` (7) last days of data, i.e. ``window_end > as_of - open_days``: an
epidemiologist's "is this signal current?", which ends by itself once a week of newer data
has not renewed it. Older alerts are ``closed`` and stay listed as history.

Dates are stored as midnight-UTC datetimes (BSON has no date type); the filters the API
offers (city, group, window end) have indexes on real MongoDB; FerretDB v1 reads the whole
collection for them, which for a few thousand alerts is a millisecond matter.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal

from medstream_shared.events.models import SurveillanceAlert
from pymongo import ASCENDING, DESCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

OPEN_DAYS = 7
NEWEST_WINDOW_FIRST = [
    ("window_end", DESCENDING),
    ("window_start", DESCENDING),
    ("city", ASCENDING),
    ("group", ASCENDING),
    ("_id", ASCENDING),
]

AlertStatus = Literal["open", "closed"]
OnChange = Callable[[], Awaitable[None]]


def midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC)


def day_of(moment: datetime) -> date:
    return moment.astimezone(UTC).date() if moment.tzinfo else moment.date()


def reference_day(newest_window_end: date | None, catalog_last_date: date | None) -> date | None:
    """``as_of``: the exclusive end of the newest data known (None when there is none)."""
    candidates = [newest_window_end] if newest_window_end else []
    if catalog_last_date is not None:
        candidates.append(catalog_last_date + timedelta(days=1))
    return max(candidates, default=None)


def open_from(as_of: date, open_days: int = OPEN_DAYS) -> date:
    """The earliest ``window_end`` of an open alert: its last day is among the last
    ``open_days`` days of data before ``as_of``."""
    return as_of - timedelta(days=open_days - 1)


def status_of(window_end: date, as_of: date | None, open_days: int = OPEN_DAYS) -> AlertStatus:
    if as_of is None:
        return "closed"
    return "open" if window_end >= open_from(as_of, open_days) else "closed"


@dataclass(frozen=True)
class AlertFilter:
    city: str | None = None
    group: str | None = None
    since: date | None = None
    """Alerts whose window reaches ``since`` or later (``window_end > since``)."""
    status: AlertStatus | None = None
    limit: int = 100

    def query(self, as_of: date | None, open_days: int = OPEN_DAYS) -> dict[str, Any] | None:
        """The MongoDB filter; None when nothing can match (open alerts with no data)."""
        query: dict[str, Any] = {}
        if self.city is not None:
            query["city"] = self.city
        if self.group is not None:
            query["group"] = self.group
        if self.since is not None and self.since >= date.max:
            return None  # no window ends after the last day of the calendar
        # Window ends are whole days: window_end > since is window_end >= since + 1 day.
        lowest = [self.since + timedelta(days=1)] if self.since is not None else []
        highest: date | None = None
        if self.status == "open":
            if as_of is None:
                return None
            lowest.append(open_from(as_of, open_days))
        elif self.status == "closed" and as_of is not None:
            highest = open_from(as_of, open_days)
        window_end: dict[str, datetime] = {}
        if lowest:
            window_end["$gte"] = midnight(max(lowest))
        if highest is not None:
            window_end["$lt"] = midnight(highest)
        if window_end:
            query["window_end"] = window_end
        return query


def alert_document(alert: SurveillanceAlert, at: datetime, event_id: str) -> dict[str, Any]:
    return {
        "alert_id": alert.alert_id,
        "city": alert.city,
        "group": alert.group,
        "window_start": midnight(alert.window_start),
        "window_end": midnight(alert.window_end),
        "observed": alert.observed,
        "expected": alert.expected,
        "threshold": alert.threshold,
        "method": alert.method,
        "raised_at": alert.raised_at,
        "event_id": event_id,
        "updated_at": at,
    }


class AlertStore:
    """Alerts by id; ``on_change`` hears of every stored change (the open-alerts gauge).

    ``prefix`` names a parallel collection (a replay builds into it first).
    """

    def __init__(
        self, db: AsyncDatabase, on_change: OnChange | None = None, *, prefix: str = ""
    ) -> None:
        self.alerts = db[f"{prefix}alerts"]
        self._on_change = on_change

    async def ensure_indexes(self) -> None:
        await self.alerts.create_index(NEWEST_WINDOW_FIRST[:2])
        await self.alerts.create_index(
            [("city", ASCENDING), ("group", ASCENDING), ("window_end", DESCENDING)]
        )
        await self.alerts.create_index([("group", ASCENDING), ("window_end", DESCENDING)])

    async def record(self, alert: SurveillanceAlert, at: datetime, event_id: str) -> bool:
        """Store ``alert`` unless a newer event for it is stored; True when it changed.

        The same event again (a redelivery) rewrites the same values. An older event read
        after a newer one finds no document to update and its insert collides with the
        newer one's ``_id``: it is dropped, as it should be.
        """
        doc = alert_document(alert, at, event_id)
        stale = {"_id": alert.alert_id, "updated_at": {"$lte": at}}
        try:
            result = await self.alerts.update_one(
                stale,
                {"$set": doc, "$setOnInsert": {"first_seen_at": at}},
                upsert=True,
            )
        except DuplicateKeyError:  # a newer event for this alert is stored
            return False
        changed = result.upserted_id is not None or result.modified_count > 0
        if changed and self._on_change is not None:
            await self._on_change()
        return changed

    async def get(self, alert_id: str) -> dict[str, Any] | None:
        return await self.alerts.find_one({"_id": alert_id})

    async def newest_window_end(self) -> date | None:
        doc = await self.alerts.find_one({}, {"window_end": 1}, sort=[("window_end", DESCENDING)])
        return None if doc is None else day_of(doc["window_end"])

    async def find(
        self, where: AlertFilter, as_of: date | None, open_days: int = OPEN_DAYS
    ) -> list[dict[str, Any]]:
        query = where.query(as_of, open_days)
        if query is None:
            return []
        cursor = self.alerts.find(query).sort(NEWEST_WINDOW_FIRST).limit(where.limit)
        return await cursor.to_list()

    async def open_counts(
        self, as_of: date | None, open_days: int = OPEN_DAYS
    ) -> dict[tuple[str, str], int]:
        """Open alerts for every (city, group) that has any alert (0 when all are closed).

        Counted in code over a projection of the collection: alerts are few (a handful per
        city and group a season), and FerretDB v1's aggregation is limited.
        """
        boundary = midnight(open_from(as_of, open_days)) if as_of is not None else None
        counts: dict[tuple[str, str], int] = {}
        cursor = self.alerts.find({}, {"city": 1, "group": 1, "window_end": 1})
        async for doc in cursor:
            key = (doc["city"], doc["group"])
            is_open = boundary is not None and doc["window_end"] >= boundary
            counts[key] = counts.get(key, 0) + int(is_open)
        return counts
