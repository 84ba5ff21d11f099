"""The router's event handlers: a question or an answer in; a route, a question back, or a
direct answer out.

Each decision is stored with the id of the event that caused it, so a redelivered event
re-emits the same decision (with the same derived event id) instead of deciding again.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from medstream_questions.capabilities import capabilities
from medstream_questions.decide import Clarify, OutOfScope, Planned
from medstream_questions.plan import QueryPlan
from medstream_questions.slots import Slots
from medstream_questions.understanding import Understanding, continued, is_follow_up
from medstream_shared.constants import EventType
from medstream_shared.events import models
from medstream_shared.events.envelope import Envelope, derived_event_id
from medstream_shared.events.models import EventData
from medstream_shared.events.registry import EVENT_TYPES, MODELS
from medstream_shared.kafka.consumer import Subscription
from medstream_shared.kafka.producer import EventProducer
from medstream_shared.llm.errors import LlmError
from medstream_shared.logging import get_logger

from medstream_router import approval
from medstream_router.clarifications import chosen_option, clarify
from medstream_router.config import RouterSettings
from medstream_router.conversations import Conversation, ConversationStore, State, as_utc
from medstream_router.llm_intent import IntentAssessor

log = get_logger(__name__)


@dataclass(frozen=True)
class Context:
    """The conversation so far, as the next decision needs it."""

    question: str
    answers: list[str] = field(default_factory=list)
    rounds: int = 0
    iteration: int = 0

    @property
    def understood(self) -> str:
        """The question with the person's answers, as ``QueryRouted.question`` carries it."""
        return f"{self.question} ({'; '.join(self.answers)})" if self.answers else self.question


@dataclass(frozen=True)
class Turn:
    """What the router says next and the conversation state it leaves behind."""

    output: EventData
    state: dict[str, Any]


class RouterHandlers:
    def __init__(
        self,
        settings: RouterSettings,
        store: ConversationStore,
        understanding: Understanding,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        llm: IntentAssessor | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.understanding = understanding
        self.now = now
        self.llm = llm

    def subscriptions(self) -> list[Subscription]:
        return [
            Subscription(EventType.QUERY_SUBMITTED, self.on_submitted, self.on_give_up),
            Subscription(EventType.FEEDBACK_SUBMITTED, self.on_feedback, self.on_give_up),
        ]

    async def on_submitted(self, envelope: Envelope) -> Sequence[EventData]:
        event = envelope.data_as(models.QuerySubmitted)
        conversation = await self.store.start(
            event.session_id, event.user_id, event.question, envelope.id
        )
        if conversation.decided_by == envelope.id and conversation.decision is not None:
            return [_load(conversation.decision)]
        slots = self.understanding.read(event.question, event.language)
        previous = conversation.previous_slots
        follows = previous is not None and is_follow_up(event.question, slots)
        if follows:  # «А в Москве?»: the session's last question with only that changed
            before = Slots.model_validate(previous)
            slots = continued(before, self.understanding.read(event.question, before.language))
        reads_alone = self.llm is not None and not follows
        turn = await self._llm_reading(event, slots) if reads_alone else None
        turn = turn or self._turn(event, slots, Context(event.question))
        await self._remember(conversation, envelope.id, turn)
        return [turn.output]

    async def on_feedback(self, envelope: Envelope) -> Sequence[EventData]:
        event = envelope.data_as(models.FeedbackSubmitted)
        conversation = await self.store.add_answer(event.session_id, event.answer, envelope.id)
        if conversation is None:
            return [_failed(event, "the session is unknown to the router; ask the question again")]
        if conversation.decided_by == envelope.id and conversation.decision is not None:
            return [_load(conversation.decision)]
        if event.iteration != conversation.iteration:
            return []  # an answer to a question that is no longer open
        context = Context(
            conversation.question,
            conversation.answers,
            conversation.rounds,
            conversation.iteration,
        )
        state = conversation.state
        if state == State.APPROVING:
            turn = self._approval_answer(event, conversation, context)
        elif state == State.CLARIFYING:
            turn = self._clarification_answer(event, conversation, context)
        else:
            return []
        await self._remember(conversation, envelope.id, turn)
        return [turn.output]

    async def on_give_up(self, envelope: Envelope, error: str) -> Sequence[EventData]:
        data = envelope.data
        assert isinstance(data, models.SessionEvent)
        return [_failed(data, "the question could not be processed; please try again later")]

    async def expire_overdue_approvals(self, producer: EventProducer) -> int:
        """Fail the sessions whose approval ran out of time; the worker calls this periodically.

        The failure is published before the conversation is marked, with an id derived from
        the approval it ends, so a crash in between repeats the same event, harmlessly.
        """
        expired = 0
        for conversation in await self.store.overdue_approvals(self.now()):
            session_id, iteration = conversation.session_id, conversation.iteration
            language = (conversation.slots or {}).get("language", "en")
            failure = models.QueryFailed(
                session_id=session_id,
                user_id=conversation.user_id,
                iteration=iteration,
                reason=approval.expired_reason(language, self.settings.approval_timeout_seconds),
            )
            cause = f"{session_id}/approval/{iteration}"
            await producer.publish(failure, event_id=derived_event_id(cause, 0, "expiry"))
            expired += await self.store.expire(session_id, iteration)
        if expired:
            log.info("approvals expired", count=expired)
        return expired

    # Decisions ---------------------------------------------------------------------------

    async def _llm_reading(self, event: models.QuerySubmitted, slots: Slots) -> Turn | None:
        """The LLM's first reading of a question; None leaves the decision to the offline rules.

        The model may declare the question out of scope, ask one question back, or rewrite
        the question; a rewritten question still goes through the offline planner, so what
        runs is always a validated plan.
        """
        assert self.llm is not None
        try:
            assessment = await self.llm.assess(event.question)
        except LlmError as exc:
            log.warning("llm reading unavailable, deciding offline", error=type(exc).__name__)
            return None
        context = Context(event.question)
        base = {"slots": slots.model_dump(mode="json"), "approval_expires_at": None}
        if not assessment.in_scope:
            answer = models.QueryCompleted(
                session_id=event.session_id,
                user_id=event.user_id,
                answer=capabilities(slots.language),
                engine=f"llm:{self.llm.model}",
            )
            return Turn(answer, {**base, "state": State.ANSWERED.value, "pending": None})
        if assessment.needs_clarification and assessment.clarification_question:
            asked = self._ask(event, context, assessment.clarification_question, assessment.options)
            state: dict[str, Any] = {
                **base,
                "state": State.CLARIFYING.value,
                "pending": {"options": []},  # answers are read as free text
                "rounds": 1,
                "iteration": 1,
            }
            return Turn(asked, state)
        rewritten = self.understanding.read(assessment.rewritten_question, slots.language)
        return self._turn(event, rewritten, context)

    def _clarification_answer(
        self, event: models.FeedbackSubmitted, conversation: Conversation, context: Context
    ) -> Turn:
        slots = Slots.model_validate(conversation.slots)
        option = chosen_option(event.answer, (conversation.pending or {}).get("options", []))
        if option is not None:
            slots = slots.patched(option["patch"])
        else:
            slots = slots.merged(self.understanding.read(event.answer, slots.language))
        return self._turn(event, slots, context)

    def _approval_answer(
        self, event: models.FeedbackSubmitted, conversation: Conversation, context: Context
    ) -> Turn:
        slots = Slots.model_validate(conversation.slots)
        expires_at = conversation.approval_expires_at
        if expires_at is not None and self.now() >= as_utc(expires_at):
            reason = approval.expired_reason(slots.language, self.settings.approval_timeout_seconds)
            return Turn(_failed(event, reason), {"state": State.EXPIRED.value})
        verdict = approval.verdict(event.answer)
        if verdict == approval.REJECT:
            reason = approval.rejected_reason(slots.language)
            return Turn(_failed(event, reason), {"state": State.REJECTED.value})
        if verdict == approval.APPROVE:
            plan = QueryPlan.model_validate((conversation.pending or {})["plan"])
            return Turn(self._routed(event, plan, context), {"state": State.ROUTED.value})
        slots = slots.merged(self.understanding.read(event.answer, slots.language))
        return self._turn(event, slots, context)

    def _turn(self, event: models.SessionEvent, slots: Slots, context: Context) -> Turn:
        final = context.rounds >= self.settings.max_clarification_rounds
        decision = self.understanding.decide(slots, final=final)
        base = {"slots": slots.model_dump(mode="json"), "approval_expires_at": None}
        if isinstance(decision, OutOfScope):
            answer = models.QueryCompleted(
                session_id=event.session_id,
                user_id=event.user_id,
                iteration=context.iteration,
                answer=capabilities(decision.language),
            )
            return Turn(answer, {**base, "state": State.ANSWERED.value, "pending": None})
        if isinstance(decision, Clarify):
            clarification = clarify(decision.issue, slots)
            asked = self._ask(
                event, context, clarification.question, [o.text for o in clarification.options]
            )
            pending = {"options": [option.as_json() for option in clarification.options]}
            return Turn(
                asked,
                {
                    **base,
                    "state": State.CLARIFYING.value,
                    "pending": pending,
                    "rounds": context.rounds + 1,
                    "iteration": context.iteration + 1,
                },
            )
        assert isinstance(decision, Planned)
        plan = decision.plan
        if not self.settings.require_approval:
            routed = self._routed(event, plan, context)
            return Turn(routed, {**base, "state": State.ROUTED.value, "pending": None})
        # sqlglot (~20 MB) is imported on the approval path only: routing needs no SQL.
        from medstream_questions.compile import compile_plan

        question = approval.approval_question(plan, compile_plan(plan))
        asked = self._ask(event, context, question, approval.OPTIONS, kind="approval")
        expires_at = self.now() + timedelta(seconds=self.settings.approval_timeout_seconds)
        return Turn(
            asked,
            {
                **base,
                "state": State.APPROVING.value,
                "pending": {"plan": plan.model_dump(mode="json")},
                "approval_expires_at": expires_at,
                "iteration": context.iteration + 1,
            },
        )

    @staticmethod
    def _ask(
        event: models.SessionEvent,
        context: Context,
        question: str,
        options: list[str],
        kind: str = "clarification",
    ) -> models.ClarificationRequested:
        return models.ClarificationRequested(
            session_id=event.session_id,
            user_id=event.user_id,
            iteration=context.iteration + 1,
            question=question,
            options=options,
            kind="approval" if kind == "approval" else "clarification",
            original_question=context.question,
        )

    @staticmethod
    def _routed(
        event: models.SessionEvent, plan: QueryPlan, context: Context
    ) -> models.QueryRouted:
        return models.QueryRouted(
            session_id=event.session_id,
            user_id=event.user_id,
            iteration=context.iteration,
            question=context.understood[:2000],
            language=plan.language,
            intent=plan.family.value,
            plan=plan,
            assumptions=[assumption[:500] for assumption in plan.assumptions],
            # The roles of whoever sent this turn: the person answering a clarification is
            # the one who asked (the gateway checks the session's owner).
            roles=event.roles if isinstance(event, models.Entitled) else [],
        )

    async def _remember(self, conversation: Conversation, event_id: str, turn: Turn) -> None:
        output = turn.output
        stored = {"type": EVENT_TYPES[type(output)].value, "data": output.model_dump(mode="json")}
        await self.store.remember_decision(conversation, event_id, stored, turn.state)


def _load(stored: dict[str, Any]) -> EventData:
    return MODELS[EventType(stored["type"])].model_validate(stored["data"])


def _failed(event: models.SessionEvent, reason: str) -> models.QueryFailed:
    return models.QueryFailed(
        session_id=event.session_id, user_id=event.user_id, iteration=event.iteration, reason=reason
    )
