"""Projects the events of the pipeline onto the gateway's sessions in MongoDB.

The gateway consumes its own submissions too, so sessions submitted by other backends
straight to Kafka appear here, and replaying the topics rebuilds the read model.
"""

import base64
import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from medstream_shared.constants import EventType, SessionStatus
from medstream_shared.events import models
from medstream_shared.events.envelope import Envelope, event_time
from medstream_shared.events.models import EventData, report_id_for
from medstream_shared.kafka.consumer import Subscription

from medstream_gateway.core.telemetry import record_time_to_final
from medstream_gateway.reports import ReportReadModel
from medstream_gateway.sessions import ACTIVE, SessionStore

NO_OUTPUT: Sequence[EventData] = ()


def when(envelope: Envelope) -> datetime:
    """The moment a change happened: its event's time (replays reproduce it exactly)."""
    return event_time(envelope.time)


class SessionProjector:
    def __init__(self, store: SessionStore) -> None:
        self.store = store

    def subscriptions(self) -> list[Subscription]:
        return [
            Subscription(EventType.QUERY_SUBMITTED, self.on_submitted),
            Subscription(EventType.FEEDBACK_SUBMITTED, self.on_feedback),
            Subscription(EventType.CLARIFICATION_REQUESTED, self.on_clarification),
            Subscription(EventType.QUERY_ROUTED, self.on_routed),
            Subscription(EventType.QUERY_COMPLETED, self.on_completed),
            Subscription(EventType.QUERY_FAILED, self.on_failed),
        ]

    async def on_submitted(self, envelope: Envelope) -> Sequence[EventData]:
        event = envelope.data_as(models.QuerySubmitted)
        at = when(envelope)
        await self.store.create(event.session_id, event.user_id, event.question, at)
        await self.store.restart(event.session_id, event.user_id, event.question, at)
        await self.store.transition(
            event.session_id,
            from_statuses=[SessionStatus.CREATED.value],
            at=at,
            changes={"status": SessionStatus.ROUTER_PROCESSING.value},
        )
        await self.store.add_message(
            event.session_id,
            envelope.id,
            {"role": "user", "kind": "question", "text": event.question},
            at,
        )
        return NO_OUTPUT

    async def on_feedback(self, envelope: Envelope) -> Sequence[EventData]:
        event = envelope.data_as(models.FeedbackSubmitted)
        at = when(envelope)
        await self.store.transition(
            event.session_id,
            from_statuses=[SessionStatus.WAITING_FEEDBACK.value],
            at=at,
            changes={"status": SessionStatus.ROUTER_PROCESSING.value, "clarification": None},
            extra_filter={"iteration": event.iteration},
        )
        await self.store.add_message(
            event.session_id,
            envelope.id,
            {"role": "user", "kind": "feedback", "text": event.answer},
            at,
        )
        return NO_OUTPUT

    async def on_clarification(self, envelope: Envelope) -> Sequence[EventData]:
        event = envelope.data_as(models.ClarificationRequested)
        at = when(envelope)
        clarification = {"question": event.question, "options": event.options, "kind": event.kind}
        await self.store.transition(
            event.session_id,
            from_statuses=ACTIVE,
            at=at,
            changes={
                "status": SessionStatus.WAITING_FEEDBACK.value,
                "clarification": clarification,
                "iteration": event.iteration,
            },
            extra_filter={"iteration": {"$lte": event.iteration}},
        )
        await self.store.add_message(
            event.session_id,
            envelope.id,
            {"role": "assistant", "kind": "clarification", **clarification},
            at,
        )
        return NO_OUTPUT

    async def on_routed(self, envelope: Envelope) -> Sequence[EventData]:
        event = envelope.data_as(models.QueryRouted)
        at = when(envelope)
        await self.store.transition(
            event.session_id,
            from_statuses=[SessionStatus.CREATED.value, SessionStatus.ROUTER_PROCESSING.value],
            at=at,
            changes={"status": SessionStatus.QUERY_PROCESSING.value, "iteration": event.iteration},
        )
        return NO_OUTPUT

    async def on_completed(self, envelope: Envelope) -> Sequence[EventData]:
        event = envelope.data_as(models.QueryCompleted)
        at = when(envelope)
        for chart in event.charts:
            await self.store.save_chart(
                {
                    "_id": chart.id,
                    "session_id": event.session_id,
                    "user_id": event.user_id,
                    "media_type": chart.media_type,
                    "title": chart.title,
                    "data": base64.b64decode(chart.png_base64),
                }
            )
        result: dict[str, Any] = {
            "answer": event.answer,
            "sql": event.sql,
            "columns": event.columns,
            "rows_json": json.dumps(event.rows, ensure_ascii=False),
            "charts": [{"id": c.id, "media_type": c.media_type} for c in event.charts],
            "engine": event.engine,
            "llm_usage": event.llm_usage.model_dump() if event.llm_usage else None,
        }
        done = await self.store.transition(
            event.session_id,
            from_statuses=ACTIVE,
            at=at,
            changes={
                "status": SessionStatus.COMPLETED.value,
                "result": result,
                "clarification": None,
            },
        )
        record_time_to_final(done)
        await self.store.add_message(
            event.session_id,
            envelope.id,
            {"role": "assistant", "kind": "answer", "text": event.answer},
            at,
        )
        return NO_OUTPUT

    async def on_failed(self, envelope: Envelope) -> Sequence[EventData]:
        event = envelope.data_as(models.QueryFailed)
        at = when(envelope)
        failed = await self.store.transition(
            event.session_id,
            from_statuses=ACTIVE,
            at=at,
            changes={
                "status": SessionStatus.ERROR.value,
                "error": event.reason,
                "clarification": None,
            },
        )
        record_time_to_final(failed)
        await self.store.add_message(
            event.session_id,
            envelope.id,
            {"role": "assistant", "kind": "error", "text": event.reason},
            at,
        )
        return NO_OUTPUT


class ReportProjector:
    """Projects report requests and outcomes onto the gateway's report read model."""

    def __init__(self, reports: ReportReadModel) -> None:
        self.reports = reports

    def subscriptions(self) -> list[Subscription]:
        return [
            Subscription(EventType.REPORT_REQUESTED, self.on_requested),
            Subscription(EventType.REPORT_GENERATED, self.on_generated),
            Subscription(EventType.REPORT_FAILED, self.on_failed),
        ]

    async def on_requested(self, envelope: Envelope) -> Sequence[EventData]:
        event = envelope.data_as(models.ReportRequested)
        at = when(envelope)
        report_id = report_id_for(event.user_id, event.request_id)
        await self.reports.pending(report_id, event.request_id, event.user_id, at)
        return NO_OUTPUT

    async def on_generated(self, envelope: Envelope) -> Sequence[EventData]:
        await self.reports.ready(envelope.data_as(models.ReportGenerated))
        return NO_OUTPUT

    async def on_failed(self, envelope: Envelope) -> Sequence[EventData]:
        event = envelope.data_as(models.ReportFailed)
        at = when(envelope)
        report_id = report_id_for(event.user_id, event.request_id)
        await self.reports.failed(report_id, event.request_id, event.user_id, event.reason, at)
        return NO_OUTPUT
