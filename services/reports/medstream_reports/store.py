"""The reports service's own data: users and medical reports in MongoDB, caches in Redis."""

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from medstream_shared.events.models import ReportGenerated, ReportRequested
from medstream_shared.logging import get_logger
from medstream_shared.metrics import CACHE_REQUESTS
from pymongo import ASCENDING, DESCENDING
from pymongo.asynchronous.database import AsyncDatabase
from redis.asyncio import Redis
from redis.exceptions import RedisError

log = get_logger(__name__)

INPUT_KEY = "medstream:reports:input:{digest}"
REPORT_KEY = "medstream:reports:report:{report_id}"


def input_digest(request: ReportRequested) -> str:
    """Hash of the normalised clinical input: the same patient data gives the same digest."""
    normalised = request.model_dump(mode="json", exclude={"request_id"})
    for field in ("complaints", "history", "medications", "allergies"):
        normalised[field] = sorted(item.strip().lower() for item in normalised[field])
    normalised["labs"] = sorted(normalised["labs"], key=lambda lab: json.dumps(lab, sort_keys=True))
    canonical = json.dumps(normalised, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


class ReportStore:
    def __init__(self, db: AsyncDatabase, redis: Redis, *, input_ttl: int, report_ttl: int) -> None:
        self.users = db["users"]
        self.reports = db["medical_reports"]
        self.redis = redis
        self.input_ttl = input_ttl
        self.report_ttl = report_ttl

    async def ensure_indexes(self) -> None:
        await self.users.create_index("user_id", unique=True)
        await self.reports.create_index("report_id", unique=True)
        await self.reports.create_index([("user_id", ASCENDING), ("created_at", DESCENDING)])
        await self.reports.create_index("request_id")

    async def ensure_user(self, user_id: str) -> None:
        now = datetime.now(UTC)
        await self.users.update_one(
            {"user_id": user_id},
            {
                "$setOnInsert": {"user_id": user_id, "created_at": now},
                "$set": {"last_seen_at": now},
            },
            upsert=True,
        )

    async def by_request(self, user_id: str, request_id: str) -> ReportGenerated | None:
        doc = await self.reports.find_one({"user_id": user_id, "request_id": request_id})
        return _report(doc)

    async def by_id(self, report_id: str) -> ReportGenerated | None:
        return _report(await self.reports.find_one({"report_id": report_id}))

    async def save(
        self, report: ReportGenerated, *, input_digest: str, cached_from: str | None
    ) -> None:
        doc = report.model_dump(mode="python")
        doc.update(input_digest=input_digest, cached_from=cached_from)
        await self.reports.replace_one({"report_id": report.report_id}, doc, upsert=True)

    async def cached_report_id(self, digest: str) -> str | None:
        try:
            value = await self.redis.get(INPUT_KEY.format(digest=digest))
        except RedisError as exc:
            log.warning("input cache unavailable", error=str(exc))
            return None
        CACHE_REQUESTS.labels(cache="reports_input", result="hit" if value else "miss").inc()
        return value.decode() if isinstance(value, bytes) else value

    async def cache(self, report: ReportGenerated, digest: str) -> None:
        try:
            async with self.redis.pipeline(transaction=False) as pipe:
                pipe.set(
                    INPUT_KEY.format(digest=digest), report.report_id, ex=self.input_ttl, nx=True
                )
                pipe.set(
                    REPORT_KEY.format(report_id=report.report_id),
                    report.model_dump_json(),
                    ex=self.report_ttl,
                )
                await pipe.execute()
        except RedisError as exc:
            log.warning("report cache unavailable", error=str(exc))


def _report(doc: dict[str, Any] | None) -> ReportGenerated | None:
    if doc is None:
        return None
    fields = {k: doc[k] for k in ReportGenerated.model_fields if k in doc}
    return ReportGenerated.model_validate(fields)
