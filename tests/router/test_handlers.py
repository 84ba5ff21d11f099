"""The router's dialogue: route clear questions, ask about unclear ones, merge answers."""

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from medstream_questions.plan import Family, Place, QueryPlan
from medstream_questions.understanding import Understanding
from medstream_router.config import RouterSettings
from medstream_router.conversations import ConversationStore
from medstream_router.handlers import RouterHandlers
from medstream_shared.events import models
from medstream_shared.events.models import EventData

from tests.bus import envelope
from tests.router.conftest import MemoryConversations, RecordingProducer

SESSION, USER = "session-1", "alice"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def router(
    store: MemoryConversations, understanding: Understanding, clock: Clock, **settings: Any
) -> RouterHandlers:
    typed_store: ConversationStore = store  # type: ignore[assignment]
    return RouterHandlers(RouterSettings(**settings), typed_store, understanding, now=clock)


async def ask(handlers: RouterHandlers, question: str) -> EventData:
    submitted = models.QuerySubmitted(session_id=SESSION, user_id=USER, question=question)
    [output] = await handlers.on_submitted(envelope(submitted))
    return output


async def answer(handlers: RouterHandlers, text: str, iteration: int) -> list[EventData]:
    feedback = models.FeedbackSubmitted(
        session_id=SESSION, user_id=USER, answer=text, iteration=iteration
    )
    return list(await handlers.on_feedback(envelope(feedback)))


async def test_a_clear_question_is_routed_with_its_plan(
    store: MemoryConversations, understanding: Understanding, clock: Clock
) -> None:
    routed = await ask(router(store, understanding, clock), "Топ-5 заболеваний в СПб за 2025 год?")

    assert isinstance(routed, models.QueryRouted)
    assert (routed.intent, routed.language, routed.iteration) == ("top", "ru", 0)
    assert routed.plan is not None
    plan = QueryPlan.model_validate(routed.plan.model_dump())
    assert plan.limit == 5
    assert plan.filters.places == [Place(city="Saint Petersburg")]


async def test_a_redelivered_question_re_emits_the_stored_decision(
    store: MemoryConversations, understanding: Understanding, clock: Clock
) -> None:
    handlers = router(store, understanding, clock)
    submitted = envelope(
        models.QuerySubmitted(session_id=SESSION, user_id=USER, question="Saint Petersburg 2025")
    )

    first = await handlers.on_submitted(submitted)
    again = await handlers.on_submitted(submitted)

    assert first == again
    assert store.docs[SESSION]["rounds"] == 1


async def test_an_unclear_question_is_asked_about_and_the_answer_completes_it(
    store: MemoryConversations, understanding: Understanding, clock: Clock
) -> None:
    handlers = router(store, understanding, clock)

    asked = await ask(handlers, "Saint Petersburg 2025")

    assert isinstance(asked, models.ClarificationRequested)
    assert (asked.kind, asked.iteration) == ("clarification", 1)
    assert "Saint Petersburg, 2025" in asked.question
    assert asked.options[0] == "Top 10 diagnoses: Saint Petersburg, 2025"
    [routed] = await answer(handlers, "top 5 diagnoses", iteration=1)
    assert isinstance(routed, models.QueryRouted)
    assert routed.question == "Saint Petersburg 2025 (top 5 diagnoses)"
    assert routed.iteration == 1
    plan = QueryPlan.model_validate(routed.plan.model_dump())
    assert (plan.family, plan.limit) == (Family.TOP, 5)
    assert plan.filters.places == [Place(city="Saint Petersburg")]


async def test_an_option_sent_back_verbatim_is_applied(
    store: MemoryConversations, understanding: Understanding, clock: Clock
) -> None:
    handlers = router(store, understanding, clock)

    asked = await ask(handlers, "Сколько визитов в Кировском районе в 2025 году?")

    assert isinstance(asked, models.ClarificationRequested)
    assert asked.options[2] == "Кировский район, Екатеринбург"
    [routed] = await answer(handlers, "  кировский район,  екатеринбург ", iteration=1)
    assert isinstance(routed, models.QueryRouted)
    plan = QueryPlan.model_validate(routed.plan.model_dump())
    assert plan.filters.places == [Place(city="Yekaterinburg", district="Kirovsky")]


async def test_after_the_last_round_it_answers_with_stated_assumptions(
    store: MemoryConversations, understanding: Understanding, clock: Clock
) -> None:
    handlers = router(store, understanding, clock, max_clarification_rounds=3)
    outputs: list[EventData] = [await ask(handlers, "Moscow 2024")]
    for iteration in (1, 2, 3):
        outputs += await answer(handlers, "hmm, not sure", iteration=iteration)

    assert [type(o).__name__ for o in outputs] == [
        "ClarificationRequested",
        "ClarificationRequested",
        "ClarificationRequested",
        "QueryRouted",
    ]
    routed = outputs[-1]
    assert isinstance(routed, models.QueryRouted)
    assert routed.iteration == 3
    assert any("commonest diagnoses" in a for a in routed.assumptions)


async def test_an_out_of_scope_question_gets_a_polite_answer(
    store: MemoryConversations, understanding: Understanding, clock: Clock
) -> None:
    completed = await ask(router(store, understanding, clock), "What's the weather like?")

    assert isinstance(completed, models.QueryCompleted)
    assert "I can only answer questions about the medical visits" in completed.answer
    assert (completed.sql, completed.rows) == (None, [])


async def test_an_answer_to_a_closed_question_is_ignored(
    store: MemoryConversations, understanding: Understanding, clock: Clock
) -> None:
    handlers = router(store, understanding, clock)
    await ask(handlers, "Saint Petersburg 2025")

    assert await answer(handlers, "top 5 diagnoses", iteration=7) == []


async def test_an_answer_for_an_unknown_session_fails_it(
    store: MemoryConversations, understanding: Understanding, clock: Clock
) -> None:
    [failed] = await answer(router(store, understanding, clock), "top 5", iteration=1)

    assert isinstance(failed, models.QueryFailed)


# Plan approval ---------------------------------------------------------------------------


async def ask_for_approval(handlers: RouterHandlers) -> models.ClarificationRequested:
    asked = await ask(handlers, "How many flu visits in Moscow in 2024?")
    assert isinstance(asked, models.ClarificationRequested)
    return asked


async def test_approval_shows_the_sql_and_approve_routes_the_plan(
    store: MemoryConversations, understanding: Understanding, clock: Clock
) -> None:
    handlers = router(store, understanding, clock, require_approval=True)

    asked = await ask_for_approval(handlers)

    assert (asked.kind, asked.options, asked.iteration) == ("approval", ["approve", "reject"], 1)
    assert "SELECT COUNT(*) AS visits FROM visits AS v" in asked.question
    [routed] = await answer(handlers, "approve", iteration=1)
    assert isinstance(routed, models.QueryRouted)
    assert QueryPlan.model_validate(routed.plan.model_dump()).filters.codes == ["J09", "J10", "J11"]


async def test_reject_ends_the_session_with_a_reason(
    store: MemoryConversations, understanding: Understanding, clock: Clock
) -> None:
    handlers = router(store, understanding, clock, require_approval=True)
    await ask_for_approval(handlers)

    [failed] = await answer(handlers, "Reject", iteration=1)

    assert isinstance(failed, models.QueryFailed)
    assert "rejected" in failed.reason
    assert store.docs[SESSION]["state"] == "rejected"


async def test_a_change_instead_of_a_verdict_asks_to_approve_the_new_sql(
    store: MemoryConversations, understanding: Understanding, clock: Clock
) -> None:
    handlers = router(store, understanding, clock, require_approval=True)
    await ask_for_approval(handlers)

    [asked] = await answer(handlers, "in Kazan", iteration=1)

    assert isinstance(asked, models.ClarificationRequested)
    assert (asked.kind, asked.iteration) == ("approval", 2)
    assert "'Kazan'" in asked.question


async def test_an_approval_given_too_late_fails(
    store: MemoryConversations, understanding: Understanding, clock: Clock
) -> None:
    handlers = router(
        store, understanding, clock, require_approval=True, approval_timeout_seconds=60
    )
    await ask_for_approval(handlers)
    clock.now += timedelta(seconds=61)

    [failed] = await answer(handlers, "approve", iteration=1)

    assert isinstance(failed, models.QueryFailed)
    assert "expired" in failed.reason


async def test_the_sweep_fails_overdue_approvals_once(
    store: MemoryConversations, understanding: Understanding, clock: Clock
) -> None:
    handlers = router(
        store, understanding, clock, require_approval=True, approval_timeout_seconds=60
    )
    await ask_for_approval(handlers)
    producer = RecordingProducer()

    assert await handlers.expire_overdue_approvals(producer) == 0  # type: ignore[arg-type]
    clock.now += timedelta(minutes=2)
    assert await handlers.expire_overdue_approvals(producer) == 1  # type: ignore[arg-type]
    assert await handlers.expire_overdue_approvals(producer) == 0  # type: ignore[arg-type]

    [(failed, event_id)] = producer.published
    assert isinstance(failed, models.QueryFailed)
    assert (failed.session_id, failed.iteration) == (SESSION, 1)
    assert event_id is not None
    assert await answer(handlers, "approve", iteration=1) == []


async def test_a_follow_up_in_the_session_changes_only_what_it_names(
    store: MemoryConversations, understanding: Understanding, clock: Clock
) -> None:
    handlers = router(store, understanding, clock)
    first = await ask(handlers, "Сколько визитов с гриппом было в Казани в 2023 году?")
    follow = await ask(handlers, "А в Москве?")

    assert isinstance(first, models.QueryRouted) and isinstance(follow, models.QueryRouted)
    before, after = (QueryPlan.model_validate(e.plan.model_dump()) for e in (first, follow))
    assert after.filters.places == [Place(city="Moscow")]
    assert after.filters.codes == before.filters.codes
    assert after.filters.period == before.filters.period


async def test_a_new_full_question_in_the_session_stands_alone(
    store: MemoryConversations, understanding: Understanding, clock: Clock
) -> None:
    handlers = router(store, understanding, clock)
    await ask(handlers, "Сколько визитов с гриппом было в Казани в 2023 году?")
    fresh = await ask(handlers, "Top 5 diagnoses in Moscow in 2024")

    assert isinstance(fresh, models.QueryRouted)
    plan = QueryPlan.model_validate(fresh.plan.model_dump())
    assert plan.filters.codes == [] and plan.filters.places == [Place(city="Moscow")]
