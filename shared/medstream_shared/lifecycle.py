"""A session's lifecycle as one table: which event moves a session from which status to which.

The gateway's projector applies an event only when the session is in one of the event's
``from`` statuses (so late or repeated events change nothing) and the API reads the same
table to decide whether a new question may start over in a session (``may_restart``).
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType

from medstream_shared.constants import FINAL_STATUSES, EventType, SessionStatus

FINAL = frozenset(FINAL_STATUSES)
ACTIVE = frozenset(SessionStatus) - FINAL


@dataclass(frozen=True)
class Transition:
    from_statuses: frozenset[SessionStatus]
    to: SessionStatus

    def applies(self, status: str) -> bool:
        return status in self.from_statuses


TRANSITIONS: Mapping[EventType, Transition] = MappingProxyType(
    {
        EventType.QUERY_SUBMITTED: Transition(
            frozenset({SessionStatus.CREATED}), SessionStatus.ROUTER_PROCESSING
        ),
        EventType.FEEDBACK_SUBMITTED: Transition(
            frozenset({SessionStatus.WAITING_FEEDBACK}), SessionStatus.ROUTER_PROCESSING
        ),
        EventType.CLARIFICATION_REQUESTED: Transition(ACTIVE, SessionStatus.WAITING_FEEDBACK),
        EventType.QUERY_ROUTED: Transition(
            frozenset({SessionStatus.CREATED, SessionStatus.ROUTER_PROCESSING}),
            SessionStatus.QUERY_PROCESSING,
        ),
        EventType.QUERY_COMPLETED: Transition(ACTIVE, SessionStatus.COMPLETED),
        EventType.QUERY_FAILED: Transition(ACTIVE, SessionStatus.ERROR),
    }
)


def may_restart(status: str, updated_at: datetime, at: datetime) -> bool:
    """A new question starts a session over only once it is finished, and only if newer.

    The API answers 409 to a question in an unfinished session; the projector restarts a
    finished one only for a question asked after its last change (a replayed older question
    changes nothing).
    """
    return status in FINAL and updated_at < at
