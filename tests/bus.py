"""An in-memory event bus for unit tests, and the one envelope factory the tests share.

In the spirit of FastStream's ``TestKafkaBroker``: handlers subscribe as they would to the
real consumer (their ``Subscription`` list), an event published on the bus reaches every
subscription of its type, and what a handler returns is published in turn, until nothing
is left to deliver. So a chain (router → analytics → …) runs in one test, without a broker,
with the same ``Envelope`` objects the Kafka consumer would hand over.
"""

import itertools
from collections import deque
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

from medstream_shared.constants import EventType
from medstream_shared.events.envelope import Envelope, derived_event_id
from medstream_shared.events.models import EventData
from medstream_shared.events.registry import EVENT_TYPES
from medstream_shared.kafka.consumer import Subscription

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
_ids = itertools.count(1)
_seconds = itertools.count(1)


def envelope(
    data: EventData, event_id: str | None = None, *, source: str = "/tests", timed: bool = False
) -> Envelope:
    """``data`` as a consumer would receive it; ``timed`` stamps it a second after the last."""
    subject: str = data.subject  # type: ignore[attr-defined]
    return Envelope(
        id=event_id or f"event-{next(_ids)}",
        type=EventType(EVENT_TYPES[type(data)]),
        source=source,
        subject=subject,
        time=START + timedelta(seconds=next(_seconds)) if timed else None,
        data=data,
    )


class InMemoryBus:
    """Delivers events to subscriptions and their outputs onward, in publication order."""

    def __init__(self, *subscriptions: Iterable[Subscription], max_events: int = 100) -> None:
        self.subscriptions: list[Subscription] = [s for group in subscriptions for s in group]
        self.max_events = max_events
        self.delivered: list[Envelope] = []

    async def publish(self, data: EventData) -> list[Envelope]:
        """Publish ``data`` and everything it leads to; returns every event, in order."""
        pending = deque([envelope(data)])
        while pending:
            current = pending.popleft()
            self.delivered.append(current)
            if len(self.delivered) > self.max_events:
                raise RuntimeError("the handlers keep producing events: a loop?")
            for subscription in self._for(current.type):
                outputs = await subscription.handle(current)
                pending.extend(
                    envelope(output, derived_event_id(current.id, index))
                    for index, output in enumerate(outputs)
                )
        return list(self.delivered)

    def events(self, model: type[EventData]) -> list[EventData]:
        return [e.data for e in self.delivered if isinstance(e.data, model)]

    def _for(self, event_type: EventType) -> Sequence[Subscription]:
        return [s for s in self.subscriptions if s.event_type == event_type]
