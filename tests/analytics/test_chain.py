"""Router and analytics chained on the in-memory bus: a question to its answer, no broker."""

import pytest
from medstream_analytics.executor import Warehouse
from medstream_analytics.guard import SqlGuard
from medstream_analytics.handlers import AnalyticsHandlers
from medstream_questions.understanding import Understanding
from medstream_router.config import RouterSettings
from medstream_router.handlers import RouterHandlers
from medstream_shared.events import models

from tests.bus import InMemoryBus
from tests.catalog import synthetic_catalog
from tests.router.conftest import MemoryConversations

UNDERSTANDING = Understanding(synthetic_catalog())
GUARD = SqlGuard(max_limit=10_000)


@pytest.fixture
def bus(eval_warehouse: Warehouse) -> InMemoryBus:
    router = RouterHandlers(RouterSettings(), MemoryConversations(), UNDERSTANDING)  # type: ignore[arg-type]
    analytics = AnalyticsHandlers(eval_warehouse, UNDERSTANDING, validate_sql=GUARD.validate)
    return InMemoryBus(router.subscriptions(), analytics.subscriptions())


def ask(question: str, session_id: str = "s-1") -> models.QuerySubmitted:
    return models.QuerySubmitted(session_id=session_id, user_id="alice", question=question)


async def test_a_clear_question_is_routed_then_answered(bus: InMemoryBus) -> None:
    await bus.publish(ask("How many visits in Kazan in 2024?"))

    kinds = [type(e.data).__name__ for e in bus.delivered]
    assert kinds == ["QuerySubmitted", "QueryRouted", "QueryCompleted"]
    [completed] = bus.events(models.QueryCompleted)
    assert isinstance(completed, models.QueryCompleted)
    assert completed.answer.startswith("Visits (Kazan; 2024):")


async def test_an_unclear_question_stops_at_the_question_back(bus: InMemoryBus) -> None:
    await bus.publish(ask("Top 5 in Novosibirsk for 2023"))

    assert [type(e.data).__name__ for e in bus.delivered] == [
        "QuerySubmitted",
        "ClarificationRequested",
    ]


async def test_the_answer_completes_the_same_session(bus: InMemoryBus) -> None:
    await bus.publish(ask("Top 5 in Novosibirsk for 2023"))
    await bus.publish(
        models.FeedbackSubmitted(
            session_id="s-1", user_id="alice", answer="Departments", iteration=1
        )
    )

    [completed] = bus.events(models.QueryCompleted)
    assert isinstance(completed, models.QueryCompleted)
    assert completed.columns[0] == "department" and len(completed.rows) == 5


async def test_a_follow_up_goes_through_the_chain(bus: InMemoryBus) -> None:
    await bus.publish(ask("How many flu visits were there in Kazan in 2023?"))
    await bus.publish(ask("And in Moscow?"))

    first, follow = bus.events(models.QueryCompleted)
    assert isinstance(first, models.QueryCompleted) and isinstance(follow, models.QueryCompleted)
    assert follow.sql is not None and "Moscow" in follow.sql and "J10" in follow.sql
