"""The gateway's read model of reports: a projection of ``medstream.reports`` in MongoDB,
with a read-through Redis cache.

Pending entries are written when a report is requested (through the API or by another
backend on Kafka), so a client can poll a report id straight away.
"""

import contextlib
from datetime import datetime
from typing import Any

from medstream_shared.events.models import ReportGenerated
from medstream_shared.logging import get_logger
from medstream_shared.metrics import CACHE_REQUESTS
from pymongo import ASCENDING, DESCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError
from redis.asyncio import Redis
from redis.exceptions import RedisError

from medstream_gateway.models import ReportView
from medstream_gateway.readmodel.pagination import NEWEST_FIRST, after_cursor, page_of

log = get_logger(__name__)

CACHE_KEY = "medstream:gateway:report:{report_id}"
CACHE_TTL_SECONDS = 24 * 3600


class ReportReadModel:
    def __init__(self, db: AsyncDatabase, redis: Redis, *, prefix: str = "") -> None:
        self.reports = db[f"{prefix}reports"]
        self.redis = redis

    async def ensure_indexes(self) -> None:
        await self.reports.create_index([("user_id", ASCENDING), ("created_at", DESCENDING)])

    async def pending(self, report_id: str, request_id: str, user_id: str, at: datetime) -> None:
        with contextlib.suppress(DuplicateKeyError):  # a racing upsert inserted it first
            await self.reports.update_one(
                {"_id": report_id},
                {
                    "$setOnInsert": {
                        "report_id": report_id,
                        "request_id": request_id,
                        "user_id": user_id,
                        "status": "pending",
                        "created_at": at,
                    }
                },
                upsert=True,
            )

    async def ready(self, report: ReportGenerated) -> None:
        doc = {**report.model_dump(mode="python"), "status": "ready", "reason": None}
        await self.reports.update_one({"_id": report.report_id}, {"$set": doc}, upsert=True)

    async def failed(
        self, report_id: str, request_id: str, user_id: str, reason: str, at: datetime
    ) -> None:
        await self.reports.update_one(
            {"_id": report_id, "status": {"$ne": "ready"}},
            {
                "$set": {"status": "failed", "reason": reason},
                "$setOnInsert": {
                    "report_id": report_id,
                    "request_id": request_id,
                    "user_id": user_id,
                    "created_at": at,
                },
            },
            upsert=True,
        )

    async def get(self, report_id: str, user_id: str) -> ReportView | None:
        cached = await self._cached(report_id)
        if cached is not None:
            return cached if cached.user_id == user_id else None
        doc = await self.reports.find_one({"_id": report_id})
        if doc is None or doc["user_id"] != user_id:
            return None
        view = _view(doc)
        if view.status == "ready":
            await self._store_in_cache(view)
        return view

    async def page(
        self, user_id: str, *, limit: int, cursor: str | None
    ) -> tuple[list[ReportView], str | None]:
        query: dict[str, Any] = {"user_id": user_id, **(after_cursor(cursor) if cursor else {})}
        docs = await self.reports.find(query).sort(NEWEST_FIRST).limit(limit + 1).to_list()
        page, next_cursor = page_of(docs, limit)
        return [_view(doc) for doc in page], next_cursor

    async def _cached(self, report_id: str) -> ReportView | None:
        try:
            raw = await self.redis.get(CACHE_KEY.format(report_id=report_id))
        except RedisError as exc:
            log.warning("report cache unavailable", error=str(exc))
            return None
        CACHE_REQUESTS.labels(cache="gateway_report", result="hit" if raw else "miss").inc()
        return ReportView.model_validate_json(raw) if raw else None

    async def _store_in_cache(self, view: ReportView) -> None:
        try:
            await self.redis.set(
                CACHE_KEY.format(report_id=view.report_id),
                view.model_dump_json(),
                ex=CACHE_TTL_SECONDS,
            )
        except RedisError as exc:
            log.warning("report cache unavailable", error=str(exc))


def _view(doc: dict[str, Any]) -> ReportView:
    return ReportView.model_validate({k: v for k, v in doc.items() if k in ReportView.model_fields})
