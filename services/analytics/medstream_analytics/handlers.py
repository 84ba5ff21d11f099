"""The analytics handler: a routed question in, a completed (or failed) result out.

The plan normally arrives in the event, made by the router from the same shared parser;
events from other backends may carry only the question, which is then planned here with
no clarifications (open issues become stated assumptions). Two seams are constructor
arguments: ``validate_sql`` (the SQL guard; raises ``ValueError`` to refuse a query),
required so that nothing runs unguarded by default, and ``make_chart`` (a chart for the
result, or None; by default there is none). Every result passes the ``privacy`` policy:
identifying columns need a role, small counts are suppressed (see ``privacy``).

The service passes ``SqlGuard.check``, whose :class:`CheckedSql` carries the tree the guard
qualified on to the privacy check, so the SQL is parsed once; a validator returning text
(a test's stand-in) works too, at the cost of the privacy check parsing it again.
"""

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from medstream_questions.capabilities import capabilities
from medstream_questions.compile import compile_plan
from medstream_questions.plan import QueryPlan
from medstream_shared.constants import EventType
from medstream_shared.events import models
from medstream_shared.events.envelope import Envelope, derived_event_id
from medstream_shared.events.models import ChartData, EventData
from medstream_shared.kafka.consumer import Subscription
from medstream_shared.language import Language
from medstream_shared.llm.errors import LlmError
from medstream_shared.logging import get_logger
from pydantic import ValidationError

from medstream_analytics.answer import write_answer
from medstream_analytics.executor import QueryAborted, Warehouse
from medstream_analytics.guard import CheckedSql
from medstream_analytics.llm_answer import FALLBACK_NOTE, LlmAnswerer
from medstream_analytics.privacy import PrivacyPolicy

log = get_logger(__name__)


class _OutOfScope(Exception):
    """The planner found the question out of scope: answered with what can be asked."""


SqlValidator = Callable[[str], CheckedSql | str]


class QuestionPlanner(Protocol):
    """Plans a question that arrived without a plan: ``Understanding``, or the service's
    ``UnderstandingOnDemand`` (which builds it on the first such question)."""

    def plan(self, question: str, language: Language | None = None) -> QueryPlan: ...


ChartMaker = Callable[[QueryPlan, list[str], list[list[Any]], str], ChartData | None]


def no_chart(
    plan: QueryPlan, columns: list[str], rows: list[list[Any]], chart_id: str
) -> ChartData | None:
    return None


class AnalyticsHandlers:
    def __init__(
        self,
        warehouse: Warehouse,
        understanding: QuestionPlanner,
        *,
        validate_sql: SqlValidator,
        make_chart: ChartMaker = no_chart,
        llm: LlmAnswerer | None = None,
        privacy: PrivacyPolicy | None = None,
    ) -> None:
        self.llm = llm
        self.privacy = privacy or PrivacyPolicy()
        self.warehouse = warehouse
        self.understanding = understanding
        self.validate_sql = validate_sql
        self.make_chart = make_chart

    def subscriptions(self) -> list[Subscription]:
        return [Subscription(EventType.QUERY_ROUTED, self.on_routed, self.on_give_up)]

    async def on_routed(self, envelope: Envelope) -> Sequence[EventData]:
        event = envelope.data_as(models.QueryRouted)
        chart_id = derived_event_id(f"{event.session_id}/{event.iteration}", 0, "chart")
        note = None
        if self.llm is not None:
            try:
                return [await self.llm.answer(event, chart_id)]
            except (LlmError, QueryAborted, ValueError) as exc:
                log.warning("llm path failed, answering offline", error=f"{type(exc).__name__}")
                note = FALLBACK_NOTE[event.language]
        answers = await self._offline(event, chart_id)
        if note is not None and isinstance(answers[0], models.QueryCompleted):
            answers = [answers[0].model_copy(update={"answer": f"{answers[0].answer} {note}"})]
        return answers

    async def _offline(self, event: models.QueryRouted, chart_id: str) -> Sequence[EventData]:
        try:
            plan = self._plan(event)
        except ValidationError as exc:
            return [self._failed(event, f"the query plan is invalid: {exc.errors()[0]['msg']}")]
        except _OutOfScope:
            return [self._completed(event, capabilities(event.language))]
        try:
            checked = self.validate_sql(compile_plan(plan))
            kinds = self.privacy.check(checked, event.roles)
        except ValueError as exc:
            return [self._failed(event, f"the SQL was refused: {exc}")]
        sql = checked.sql if isinstance(checked, CheckedSql) else checked
        try:
            columns, rows = await self.warehouse.run(sql)
        except QueryAborted as exc:
            return [self._failed(event, str(exc))]
        shown = self.privacy.suppress(rows, kinds, event.roles)
        chart = self.make_chart(plan, columns, shown.for_chart, chart_id)  # a spec: microseconds
        answer = write_answer(plan, columns, shown.rows)
        if shown.cells:
            answer = f"{answer} {self.privacy.note(plan.language)}"
        log.info("query answered", family=plan.family.value, rows=len(rows))
        return [
            self._completed(
                event,
                answer,
                sql=sql,
                columns=columns,
                rows=shown.rows,
                charts=[chart] if chart is not None else [],
            )
        ]

    async def on_give_up(self, envelope: Envelope, error: str) -> Sequence[EventData]:
        event = envelope.data_as(models.QueryRouted)
        return [self._failed(event, "the analytics query could not be completed")]

    def _plan(self, event: models.QueryRouted) -> QueryPlan:
        if event.plan is not None:
            sent = event.plan
            plan = QueryPlan.model_validate(
                sent if isinstance(sent, dict) else sent.model_dump(mode="json")
            )
        else:
            # The question engine's modules only for a question without a plan (#21).
            from medstream_questions.understanding import OutOfScopeQuestion

            try:
                plan = self.understanding.plan(event.question, event.language)
            except OutOfScopeQuestion as exc:
                raise _OutOfScope from exc
        stated = list(dict.fromkeys([*plan.assumptions, *event.assumptions]))
        return plan.model_copy(update={"assumptions": stated})

    @staticmethod
    def _completed(event: models.QueryRouted, answer: str, **result: Any) -> models.QueryCompleted:
        return models.QueryCompleted(
            session_id=event.session_id,
            user_id=event.user_id,
            iteration=event.iteration,
            answer=answer,
            **result,
        )

    @staticmethod
    def _failed(event: models.QueryRouted, reason: str) -> models.QueryFailed:
        return models.QueryFailed(
            session_id=event.session_id,
            user_id=event.user_id,
            iteration=event.iteration,
            reason=reason,
        )
