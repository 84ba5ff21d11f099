"""The analytics handler answers a routed plan (or a bare question) from the warehouse."""

import itertools
from typing import Any

import pytest
from medstream_analytics.executor import Warehouse
from medstream_analytics.guard import SqlGuard
from medstream_analytics.handlers import AnalyticsHandlers
from medstream_analytics.llm_answer import FALLBACK_NOTE
from medstream_questions.plan import QueryPlan
from medstream_questions.understanding import Understanding
from medstream_shared.constants import EventType
from medstream_shared.events import models
from medstream_shared.events.envelope import Envelope
from medstream_shared.events.models import ChartData
from medstream_shared.llm.errors import LlmUnavailable

from tests.bus import envelope
from tests.catalog import synthetic_catalog

_ids = itertools.count(1)
UNDERSTANDING = Understanding(synthetic_catalog())
GUARD = SqlGuard(max_limit=10_000)


def routed(question: str, *, plan: bool = True, **fields: Any) -> Envelope:
    language = "ru" if any("а" <= ch <= "я" for ch in question.lower()) else "en"
    event = models.QueryRouted(
        session_id="s-1",
        user_id="alice",
        question=question,
        language=language,
        plan=UNDERSTANDING.plan(question).model_dump(mode="json") if plan else None,
        **fields,
    )
    return envelope(event)


@pytest.fixture
def handlers(eval_warehouse: Warehouse) -> AnalyticsHandlers:
    return AnalyticsHandlers(eval_warehouse, UNDERSTANDING, validate_sql=GUARD.validate)


async def test_the_done_question_is_answered_with_rows_and_sql(
    handlers: AnalyticsHandlers, eval_warehouse: Warehouse
) -> None:
    [completed] = await handlers.on_routed(routed("Топ-5 заболеваний в СПб за 2025 год?"))

    assert isinstance(completed, models.QueryCompleted)
    assert completed.columns == ["icd10_code", "diagnosis", "visits"]
    assert len(completed.rows) == 5
    assert completed.sql is not None and "'Saint Petersburg'" in completed.sql
    assert completed.answer.startswith("Топ-5 диагнозов по числу визитов (Санкт-Петербург")
    code, title, visits = completed.rows[0]
    assert isinstance(code, str) and isinstance(title, str) and isinstance(visits, int)


async def test_a_question_without_a_plan_is_planned_here(handlers: AnalyticsHandlers) -> None:
    [completed] = await handlers.on_routed(
        routed("How many flu visits in Moscow in 2024?", plan=False)
    )

    assert isinstance(completed, models.QueryCompleted)
    assert completed.columns == ["visits"]
    assert f"{completed.rows[0][0]:,}" in completed.answer


async def test_router_assumptions_are_stated_once(handlers: AnalyticsHandlers) -> None:
    note = "The question did not say what to compute; the commonest diagnoses are shown."
    [completed] = await handlers.on_routed(
        routed("Top diagnoses in Kazan in 2025", assumptions=[note, note])
    )

    assert isinstance(completed, models.QueryCompleted)
    assert completed.answer.count(note) == 1


async def test_costs_are_json_numbers(handlers: AnalyticsHandlers) -> None:
    [completed] = await handlers.on_routed(routed("Total cost of visits in Kazan in 2025"))

    assert isinstance(completed, models.QueryCompleted)
    assert isinstance(completed.rows[0][0], float)


async def test_an_invalid_plan_fails_with_a_reason(handlers: AnalyticsHandlers) -> None:
    envelope = routed("x", plan=False)
    event = envelope.data_as(models.QueryRouted).model_copy(
        update={"plan": {"family": "count", "filters": {"codes": ["NOPE"]}}}
    )
    bad = Envelope("e-bad", EventType.QUERY_ROUTED, "/tests", "s-1", None, event)

    [failed] = await handlers.on_routed(bad)

    assert isinstance(failed, models.QueryFailed)
    assert "plan is invalid" in failed.reason


async def test_out_of_scope_without_a_plan_is_answered_politely(
    handlers: AnalyticsHandlers,
) -> None:
    [completed] = await handlers.on_routed(routed("tell me a joke", plan=False))

    assert isinstance(completed, models.QueryCompleted)
    assert completed.sql is None


async def test_the_guard_and_chart_seams_are_used(eval_warehouse: Warehouse) -> None:
    seen: list[str] = []

    def guard(sql: str) -> str:
        seen.append(sql)
        return sql

    def refuse(sql: str) -> str:
        raise ValueError("only one statement is allowed")

    def chart(
        plan: QueryPlan, columns: list[str], rows: list[list[Any]], chart_id: str
    ) -> ChartData:
        return ChartData(id=f"{chart_id}-{len(rows)}", png_base64="iVBORw0KGgo=")

    guarded = AnalyticsHandlers(eval_warehouse, UNDERSTANDING, validate_sql=guard, make_chart=chart)
    [completed] = await guarded.on_routed(routed("Visits by age group in Kazan in 2025"))
    refusing = AnalyticsHandlers(eval_warehouse, UNDERSTANDING, validate_sql=refuse)
    [failed] = await refusing.on_routed(routed("Visits by age group in Kazan in 2025"))

    assert isinstance(completed, models.QueryCompleted)
    assert seen == [completed.sql]
    [chart_id] = [c.id for c in completed.charts]
    assert chart_id.endswith("-4")
    again = await guarded.on_routed(routed("Visits by age group in Kazan in 2025"))
    assert [c.id for c in again[0].charts] == [chart_id]  # stable across redeliveries
    assert isinstance(failed, models.QueryFailed)
    assert failed.reason == "the SQL was refused: only one statement is allowed"


@pytest.mark.parametrize(
    "question",
    [
        "Top-5 diagnoses in Saint Petersburg in 2025",
        "Топ-5 заболеваний в СПб за 2025 год?",
        "Visits by age group in Kazan in 2025",
        "Сколько визитов было в Казани в 2025 году?",
    ],
)
async def test_the_guards_checked_sql_answers_as_its_text_does(
    eval_warehouse: Warehouse, question: str
) -> None:
    """The service hands the guard's CheckedSql on (the privacy check reads its tree); a
    validator returning text makes the privacy check parse it again, to the same answer."""
    by_tree = AnalyticsHandlers(eval_warehouse, UNDERSTANDING, validate_sql=GUARD.check)
    by_text = AnalyticsHandlers(eval_warehouse, UNDERSTANDING, validate_sql=GUARD.validate)

    [checked] = await by_tree.on_routed(routed(question))
    [validated] = await by_text.on_routed(routed(question))

    assert isinstance(checked, models.QueryCompleted)
    assert checked == validated


class FailingLlm:
    """An LLM path that is down: the offline engine must answer and say so."""

    async def answer(self, event: models.QueryRouted, chart_id: str) -> models.QueryCompleted:
        raise LlmUnavailable("circuit open")


class AnsweringLlm:
    async def answer(self, event: models.QueryRouted, chart_id: str) -> models.QueryCompleted:
        return models.QueryCompleted(
            session_id=event.session_id,
            user_id=event.user_id,
            answer="from the llm",
            engine="llm:m",
        )


async def test_when_the_llm_fails_the_offline_engine_answers_and_says_so(
    eval_warehouse: Warehouse,
) -> None:
    handlers = AnalyticsHandlers(
        eval_warehouse, UNDERSTANDING, validate_sql=GUARD.validate, llm=FailingLlm()
    )  # type: ignore[arg-type]

    [completed] = await handlers.on_routed(routed("Top-5 diagnoses in Kazan in 2025"))

    assert isinstance(completed, models.QueryCompleted)
    assert completed.engine == "offline"
    assert completed.rows
    assert completed.answer.endswith(FALLBACK_NOTE["en"])


async def test_a_configured_llm_answers_first(eval_warehouse: Warehouse) -> None:
    handlers = AnalyticsHandlers(
        eval_warehouse, UNDERSTANDING, validate_sql=GUARD.validate, llm=AnsweringLlm()
    )  # type: ignore[arg-type]

    [completed] = await handlers.on_routed(routed("Top-5 diagnoses in Kazan in 2025"))

    assert isinstance(completed, models.QueryCompleted)
    assert (completed.answer, completed.engine) == ("from the llm", "llm:m")
