"""The router's event handlers: a question or an answer in, a route or a clarification out.

Each decision is stored with the id of the event that caused it, so a redelivered event
re-emits the same decision (with the same derived event id) instead of deciding again.
"""

from collections.abc import Sequence
from typing import Any

from medstream_shared.constants import EventType
from medstream_shared.events import models
from medstream_shared.events.envelope import Envelope
from medstream_shared.events.models import EventData
from medstream_shared.events.registry import EVENT_TYPES, MODELS
from medstream_shared.kafka.consumer import Subscription

from medstream_router.classifier import Clarify, Route, check
from medstream_router.config import RouterSettings
from medstream_router.conversations import ConversationStore


class RouterHandlers:
    def __init__(self, settings: RouterSettings, store: ConversationStore) -> None:
        self.settings = settings
        self.store = store

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
        if conversation.get("decided_by") == envelope.id:
            return [_load(conversation["decision"])]
        decision = check(
            event.question, rounds_used=0, max_rounds=self.settings.max_clarification_rounds
        )
        output = self._to_event(event, decision, event.question, rounds_used=0)
        await self._remember(event.session_id, envelope.id, output)
        return [output]

    async def on_feedback(self, envelope: Envelope) -> Sequence[EventData]:
        event = envelope.data_as(models.FeedbackSubmitted)
        conversation = await self.store.add_answer(event.session_id, event.answer, envelope.id)
        if conversation is None:
            return [_failed(event, "the session is unknown to the router; ask the question again")]
        if conversation.get("decided_by") == envelope.id:
            return [_load(conversation["decision"])]
        if event.iteration != conversation["iteration"]:
            return []  # an answer to a clarification that is no longer open
        question = " ".join([conversation["question"], *conversation["answers"]])
        rounds = conversation["iteration"]
        decision = check(
            question, rounds_used=rounds, max_rounds=self.settings.max_clarification_rounds
        )
        output = self._to_event(event, decision, conversation["question"], rounds_used=rounds)
        await self._remember(event.session_id, envelope.id, output)
        return [output]

    async def on_give_up(self, envelope: Envelope, error: str) -> Sequence[EventData]:
        data = envelope.data
        assert isinstance(data, models.SessionEvent)
        return [_failed(data, "the question could not be processed; please try again later")]

    def _to_event(
        self,
        event: models.SessionEvent,
        decision: Route | Clarify,
        original_question: str,
        *,
        rounds_used: int,
    ) -> EventData:
        if isinstance(decision, Clarify):
            return models.ClarificationRequested(
                session_id=event.session_id,
                user_id=event.user_id,
                iteration=rounds_used + 1,
                question=decision.question,
                options=decision.options,
                original_question=original_question,
            )
        return models.QueryRouted(
            session_id=event.session_id,
            user_id=event.user_id,
            iteration=rounds_used,
            question=decision.question,
            language=decision.language,
            intent=decision.intent,
            assumptions=decision.assumptions,
        )

    async def _remember(self, session_id: str, event_id: str, output: EventData) -> None:
        iteration = output.iteration if isinstance(output, models.SessionEvent) else 0
        stored = {"type": EVENT_TYPES[type(output)].value, "data": output.model_dump(mode="json")}
        await self.store.remember_decision(session_id, event_id, stored, iteration)


def _load(stored: dict[str, Any]) -> EventData:
    return MODELS[EventType(stored["type"])].model_validate(stored["data"])


def _failed(event: models.SessionEvent, reason: str) -> models.QueryFailed:
    return models.QueryFailed(
        session_id=event.session_id, user_id=event.user_id, iteration=event.iteration, reason=reason
    )
