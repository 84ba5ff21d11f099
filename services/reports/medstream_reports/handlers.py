"""The reports handler: a report request in, a generated (or failed) report out.

Idempotent by request id: a redelivered request re-emits the stored report. An identical
clinical input seen within the input-cache TTL is answered from the earlier report
without generating again.
"""

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime

from medstream_reports.engine.offline import OfflineReportEngine
from medstream_reports.store import ReportStore, input_digest
from medstream_shared.constants import EventType
from medstream_shared.events import models
from medstream_shared.events.envelope import Envelope
from medstream_shared.events.models import EventData, report_id_for
from medstream_shared.kafka.consumer import Subscription
from medstream_shared.logging import get_logger

log = get_logger(__name__)


class ReportHandlers:
    def __init__(
        self, store: ReportStore, engine: OfflineReportEngine, *, timeout_seconds: float
    ) -> None:
        self.store = store
        self.engine = engine
        self.timeout_seconds = timeout_seconds

    def subscriptions(self) -> list[Subscription]:
        return [Subscription(EventType.REPORT_REQUESTED, self.on_requested, self.on_give_up)]

    async def on_requested(self, envelope: Envelope) -> Sequence[EventData]:
        request = envelope.data_as(models.ReportRequested)
        existing = await self.store.by_request(request.user_id, request.request_id)
        if existing is not None:
            return [existing]
        digest = input_digest(request)
        report_id = report_id_for(request.user_id, request.request_id)
        await self.store.ensure_user(request.user_id)
        cached, cached_from = await self._from_cache(digest, request, report_id)
        report = cached or await asyncio.wait_for(
            asyncio.to_thread(
                self.engine.generate, request, report_id=report_id, created_at=datetime.now(UTC)
            ),
            self.timeout_seconds,
        )
        await self.store.save(report, input_digest=digest, cached_from=cached_from)
        await self.store.cache(report, digest)
        log.info("report ready", report_id=report_id, from_cache=cached_from is not None)
        return [report]

    async def _from_cache(
        self, digest: str, request: models.ReportRequested, report_id: str
    ) -> tuple[models.ReportGenerated | None, str | None]:
        cached_id = await self.store.cached_report_id(digest)
        if cached_id is None:
            return None, None
        cached = await self.store.by_id(cached_id)
        if cached is None or cached.user_id != request.user_id:
            return None, None
        copy = cached.model_copy(update={"report_id": report_id, "request_id": request.request_id})
        return copy, cached_id

    async def on_give_up(self, envelope: Envelope, error: str) -> Sequence[EventData]:
        request = envelope.data_as(models.ReportRequested)
        return [
            models.ReportFailed(
                request_id=request.request_id,
                user_id=request.user_id,
                reason="the report could not be generated; please try again later",
            )
        ]
