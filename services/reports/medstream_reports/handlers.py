"""The reports handler: a report request in, a generated (or failed) report out.

Idempotent by request id: a redelivered request re-emits the stored report. An identical
clinical input seen within the input-cache TTL is answered from the earlier report
without generating again.
"""

import asyncio
import json
from collections.abc import Sequence
from datetime import UTC, datetime

from aiokafka import ConsumerRecord
from medstream_shared.constants import EventType
from medstream_shared.events import models
from medstream_shared.events.envelope import Envelope
from medstream_shared.events.models import EventData, ReportGenerated, report_id_for
from medstream_shared.kafka.consumer import Subscription
from medstream_shared.logging import get_logger

from medstream_reports.engine.offline import OfflineReportEngine
from medstream_reports.llm_report import LlmReportWriter
from medstream_reports.store import ReportStore, input_digest

log = get_logger(__name__)


class ReportHandlers:
    def __init__(
        self,
        store: ReportStore,
        engine: OfflineReportEngine,
        *,
        timeout_seconds: float,
        llm: LlmReportWriter | None = None,
    ) -> None:
        self.store = store
        self.engine = engine
        self.timeout_seconds = timeout_seconds
        self.llm = llm

    def subscriptions(self) -> list[Subscription]:
        return [
            Subscription(
                EventType.REPORT_REQUESTED,
                self.on_requested,
                give_up=self.on_give_up,
                reject=reject_invalid_request,
            )
        ]

    async def on_requested(self, envelope: Envelope) -> Sequence[EventData]:
        request = envelope.data_as(models.ReportRequested)
        existing = await self.store.by_request(request.user_id, request.request_id)
        if existing is not None:
            return [existing]
        digest = input_digest(request)
        report_id = report_id_for(request.user_id, request.request_id)
        await self.store.ensure_user(request.user_id)
        report, cached_from = await self._from_cache(digest, request, report_id)
        if report is None:
            report = await asyncio.wait_for(
                self._generate(request, report_id), self.timeout_seconds
            )
        await self.store.save(report, input_digest=digest, cached_from=cached_from)
        await self.store.cache(report, digest)
        log.info("report ready", report_id=report_id, from_cache=cached_from is not None)
        return [report]

    async def _generate(self, request: models.ReportRequested, report_id: str) -> ReportGenerated:
        """The offline report, rewritten by the LLM when one is configured (offline as floor)."""
        offline = await asyncio.to_thread(
            self.engine.generate, request, report_id=report_id, created_at=datetime.now(UTC)
        )
        return await self.llm.write(request, offline) if self.llm is not None else offline

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


async def reject_invalid_request(record: ConsumerRecord, error: str) -> Sequence[EventData]:
    """Tell the sender of an invalid request why, when it says who it is and what it asked."""
    try:
        payload = json.loads(record.value or b"")
    except ValueError:
        return []
    if not isinstance(payload, dict):
        return []
    request_id, user_id = payload.get("request_id"), payload.get("user_id", "")
    if not isinstance(request_id, str) or not request_id.strip() or len(request_id) > 200:
        return []
    return [
        models.ReportFailed(
            request_id=request_id,
            user_id=user_id if isinstance(user_id, str) else "",
            reason=f"invalid report request: {error}"[:2000],
        )
    ]
