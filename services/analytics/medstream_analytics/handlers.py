"""The analytics handler: a routed question in, a completed (or failed) result out."""

from collections.abc import Sequence

from medstream_shared.constants import EventType
from medstream_shared.events import models
from medstream_shared.events.envelope import Envelope
from medstream_shared.events.models import EventData
from medstream_shared.kafka.consumer import Subscription
from medstream_shared.logging import get_logger

from medstream_analytics.answer import write_answer
from medstream_analytics.executor import QueryTimeout, Warehouse
from medstream_analytics.planner import Planner
from medstream_analytics.sql import compile_plan

log = get_logger(__name__)


class AnalyticsHandlers:
    def __init__(self, warehouse: Warehouse, planner: Planner) -> None:
        self.warehouse = warehouse
        self.planner = planner

    def subscriptions(self) -> list[Subscription]:
        return [Subscription(EventType.QUERY_ROUTED, self.on_routed, self.on_give_up)]

    async def on_routed(self, envelope: Envelope) -> Sequence[EventData]:
        event = envelope.data_as(models.QueryRouted)
        plan = self.planner.plan(event.question, event.language)
        sql = compile_plan(plan)
        try:
            columns, rows = await self.warehouse.run(sql)
        except QueryTimeout as exc:
            return [self._failed(event, str(exc))]
        answer = write_answer(plan, columns, rows)
        if event.assumptions:
            answer = " ".join([answer, *event.assumptions])
        log.info("query answered", rows=len(rows))
        return [
            models.QueryCompleted(
                session_id=event.session_id,
                user_id=event.user_id,
                iteration=event.iteration,
                answer=answer,
                sql=sql,
                columns=columns,
                rows=rows,
            )
        ]

    async def on_give_up(self, envelope: Envelope, error: str) -> Sequence[EventData]:
        event = envelope.data_as(models.QueryRouted)
        return [self._failed(event, "the analytics query could not be completed")]

    @staticmethod
    def _failed(event: models.QueryRouted, reason: str) -> models.QueryFailed:
        return models.QueryFailed(
            session_id=event.session_id,
            user_id=event.user_id,
            iteration=event.iteration,
            reason=reason,
        )
