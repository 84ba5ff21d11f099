"""With an LLM configured, its first reading can answer, ask back or rewrite; failure is offline."""

from collections.abc import Sequence

from medstream_questions.plan import Place, QueryPlan
from medstream_questions.understanding import Understanding
from medstream_router.config import RouterSettings
from medstream_router.conversations import ConversationStore
from medstream_router.handlers import RouterHandlers
from medstream_router.llm_intent import ClarificationTurn, IntentAssessment
from medstream_shared.events import models
from medstream_shared.llm.errors import LlmUnavailable

from tests.bus import envelope
from tests.router.conftest import MemoryConversations


class ScriptedReader:
    """Stands in for the LLM reader: returns one scripted assessment, or fails."""

    model = "scripted-model"

    def __init__(self, assessment: IntentAssessment | None) -> None:
        self.assessment = assessment
        self.questions: list[str] = []

    async def assess(
        self,
        question: str,
        clarifications: Sequence[ClarificationTurn] = (),
        *,
        may_ask: bool = True,
    ) -> IntentAssessment:
        self.questions.append(question)
        if self.assessment is None:
            raise LlmUnavailable("circuit open")
        return self.assessment


async def first_reply(
    store: MemoryConversations, understanding: Understanding, reader: ScriptedReader, text: str
) -> models.EventData:
    typed_store: ConversationStore = store  # type: ignore[assignment]
    handlers = RouterHandlers(RouterSettings(), typed_store, understanding, llm=reader)
    submitted = models.QuerySubmitted(session_id="s-llm", user_id="alice", question=text)
    [output] = await handlers.on_submitted(envelope(submitted))
    return output


async def test_out_of_scope_is_answered_politely(
    store: MemoryConversations, understanding: Understanding
) -> None:
    reader = ScriptedReader(
        IntentAssessment(in_scope=False, clear=True, rewritten_question="weather")
    )

    reply = await first_reply(store, understanding, reader, "Top diagnoses and the weather?")

    assert isinstance(reply, models.QueryCompleted)
    assert reply.sql is None and reply.engine == "llm:scripted-model"
    assert reader.questions == ["Top diagnoses and the weather?"]


async def test_the_llm_may_ask_back_with_its_options(
    store: MemoryConversations, understanding: Understanding
) -> None:
    reader = ScriptedReader(
        IntentAssessment(
            in_scope=True,
            clear=False,
            clarification_question="Which city do you mean?",
            options=["Moscow", "Kazan"],
            rewritten_question="visits",
        )
    )

    reply = await first_reply(store, understanding, reader, "Top-5 diagnoses in 2025")

    assert isinstance(reply, models.ClarificationRequested)
    assert (reply.question, reply.options, reply.iteration) == (
        "Which city do you mean?",
        ["Moscow", "Kazan"],
        1,
    )


async def test_a_rewritten_question_is_planned_by_the_offline_rules(
    store: MemoryConversations, understanding: Understanding
) -> None:
    reader = ScriptedReader(
        IntentAssessment(
            in_scope=True,
            clear=True,
            rewritten_question="Top-3 diagnoses in Saint Petersburg in 2025",
        )
    )

    reply = await first_reply(store, understanding, reader, "what's most common in piter 2025")

    assert isinstance(reply, models.QueryRouted)
    plan = QueryPlan.model_validate(reply.plan.model_dump())
    assert plan.limit == 3
    assert plan.filters.places == [Place(city="Saint Petersburg")]


async def test_an_unavailable_llm_leaves_the_decision_to_the_offline_rules(
    store: MemoryConversations, understanding: Understanding
) -> None:
    reply = await first_reply(
        store, understanding, ScriptedReader(None), "Топ-5 заболеваний в СПб за 2025 год?"
    )

    assert isinstance(reply, models.QueryRouted)
    assert QueryPlan.model_validate(reply.plan.model_dump()).limit == 5
