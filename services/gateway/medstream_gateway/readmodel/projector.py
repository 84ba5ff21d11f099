"""Projects the events of the pipeline onto the gateway's sessions in MongoDB.

The gateway consumes its own submissions too, so sessions submitted by other backends
straight to Kafka appear here, and replaying the topics rebuilds the read model.
"""

import base64
import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from medstream_shared.constants import EventType
from medstream_shared.events import models
from medstream_shared.events.envelope import Envelope, event_time
from medstream_shared.events.models import EventData, report_id_for
from medstream_shared.kafka.consumer import Subscription
from medstream_shared.lifecycle import TRANSITIONS, may_restart

from medstream_gateway.readmodel.alerts import AlertStore
from medstream_gateway.readmodel.documents import SessionDocument
from medstream_gateway.readmodel.metrics import record_time_to_final
from medstream_gateway.readmodel.reports import ReportReadModel
from medstream_gateway.readmodel.sessions import Guard, SessionStore

NO_OUTPUT: Sequence[EventData] = ()


def moves(event_type: EventType, also: Guard | None = None) -> tuple[Guard, str]:
    """The guard and the new status of ``event_type``, from the lifecycle table."""
    transition = TRANSITIONS[event_type]

    def guard(session: SessionDocument) -> bool:
        return transition.applies(session.status) and (also is None or also(session))

    return guard, transition.to.value


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
        session = await self.store.current(event.session_id)
        if session is None:
            await self.store.create(event.session_id, event.user_id, event.question, at)
        elif not session.question:  # created by a later event read first
            await self.store.fill_question(event.session_id, event.question, at)
        elif may_restart(session.status, session.updated_at, at):
            await self.store.restart(event.session_id, event.user_id, event.question, at)
        applies, status = moves(EventType.QUERY_SUBMITTED)
        await self.store.project(
            event.session_id,
            at=at,
            applies=applies,
            changes={"status": status},
            message={"role": "user", "kind": "question", "text": event.question},
            event_id=envelope.id,
            user_id=event.user_id,
        )
        return NO_OUTPUT

    async def on_feedback(self, envelope: Envelope) -> Sequence[EventData]:
        event = envelope.data_as(models.FeedbackSubmitted)
        applies, status = moves(
            EventType.FEEDBACK_SUBMITTED, lambda session: session.iteration == event.iteration
        )
        await self.store.project(
            event.session_id,
            at=when(envelope),
            applies=applies,
            changes={"status": status, "clarification": None},
            message={"role": "user", "kind": "feedback", "text": event.answer},
            event_id=envelope.id,
            user_id=event.user_id,
        )
        return NO_OUTPUT

    async def on_clarification(self, envelope: Envelope) -> Sequence[EventData]:
        event = envelope.data_as(models.ClarificationRequested)
        clarification = {"question": event.question, "options": event.options, "kind": event.kind}
        applies, status = moves(
            EventType.CLARIFICATION_REQUESTED,
            lambda session: session.iteration <= event.iteration,
        )
        await self.store.project(
            event.session_id,
            at=when(envelope),
            applies=applies,
            changes={
                "status": status,
                "clarification": clarification,
                "iteration": event.iteration,
            },
            message={"role": "assistant", "kind": "clarification", **clarification},
            event_id=envelope.id,
            user_id=event.user_id,
        )
        return NO_OUTPUT

    async def on_routed(self, envelope: Envelope) -> Sequence[EventData]:
        event = envelope.data_as(models.QueryRouted)
        applies, status = moves(EventType.QUERY_ROUTED)
        await self.store.project(
            event.session_id,
            at=when(envelope),
            applies=applies,
            changes={"status": status, "iteration": event.iteration},
            event_id=envelope.id,
            user_id=event.user_id,
            question=event.question,
        )
        return NO_OUTPUT

    async def on_completed(self, envelope: Envelope) -> Sequence[EventData]:
        event = envelope.data_as(models.QueryCompleted)
        for chart in event.charts:
            await self.store.save_chart(
                {
                    "_id": chart.id,
                    "session_id": event.session_id,
                    "user_id": event.user_id,
                    "media_type": chart.media_type,
                    "title": chart.title,
                    "data": base64.b64decode(chart.png_base64) if chart.png_base64 else None,
                    "vega_lite_json": (
                        json.dumps(chart.vega_lite, ensure_ascii=False)
                        if chart.vega_lite is not None
                        else None
                    ),
                }
            )
        result: dict[str, Any] = {
            "answer": event.answer,
            "sql": event.sql,
            "columns": event.columns,
            "rows_json": json.dumps(event.rows, ensure_ascii=False),
            "charts": [
                {"id": c.id, "media_type": c.media_type, "vega_lite": c.vega_lite is not None}
                for c in event.charts
            ],
            "engine": event.engine,
            "llm_usage": event.llm_usage.model_dump() if event.llm_usage else None,
        }
        applies, status = moves(EventType.QUERY_COMPLETED)
        done = await self.store.project(
            event.session_id,
            at=when(envelope),
            applies=applies,
            changes={
                "status": status,
                "result": result,
                "clarification": None,
            },
            message={"role": "assistant", "kind": "answer", "text": event.answer},
            event_id=envelope.id,
            user_id=event.user_id,
        )
        record_time_to_final(done)
        return NO_OUTPUT

    async def on_failed(self, envelope: Envelope) -> Sequence[EventData]:
        event = envelope.data_as(models.QueryFailed)
        applies, status = moves(EventType.QUERY_FAILED)
        failed = await self.store.project(
            event.session_id,
            at=when(envelope),
            applies=applies,
            changes={
                "status": status,
                "error": event.reason,
                "clarification": None,
            },
            message={"role": "assistant", "kind": "error", "text": event.reason},
            event_id=envelope.id,
            user_id=event.user_id,
        )
        record_time_to_final(failed)
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


class AlertProjector:
    """Projects surveillance alerts (``medstream.alerts``) onto the gateway's alerts."""

    def __init__(self, alerts: AlertStore) -> None:
        self.alerts = alerts

    def subscriptions(self) -> list[Subscription]:
        return [Subscription(EventType.SURVEILLANCE_ALERT, self.on_alert)]

    async def on_alert(self, envelope: Envelope) -> Sequence[EventData]:
        alert = envelope.data_as(models.SurveillanceAlert)
        await self.alerts.record(alert, when(envelope), envelope.id)
        return NO_OUTPUT
