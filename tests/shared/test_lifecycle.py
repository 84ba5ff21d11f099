"""The session lifecycle table: every status is reachable and a finished session stays so."""

from datetime import UTC, datetime, timedelta

from medstream_shared.constants import EventType, SessionStatus
from medstream_shared.lifecycle import ACTIVE, FINAL, TRANSITIONS, may_restart

NOW = datetime(2026, 3, 1, tzinfo=UTC)


def test_no_event_moves_a_finished_session() -> None:
    for event_type, transition in TRANSITIONS.items():
        assert not transition.from_statuses & FINAL, event_type


def test_every_status_but_created_is_reached_and_every_active_one_can_end() -> None:
    reached = {transition.to for transition in TRANSITIONS.values()}
    assert reached == set(SessionStatus) - {SessionStatus.CREATED}
    for status in ACTIVE:
        assert TRANSITIONS[EventType.QUERY_FAILED].applies(status)


def test_a_feedback_only_applies_while_waiting() -> None:
    feedback = TRANSITIONS[EventType.FEEDBACK_SUBMITTED]

    assert feedback.applies("waiting_feedback") and not feedback.applies("query_processing")


def test_only_a_finished_session_restarts_and_only_for_a_newer_question() -> None:
    assert may_restart("completed", NOW, NOW + timedelta(seconds=1))
    assert not may_restart("completed", NOW, NOW - timedelta(seconds=1))
    assert not may_restart("router_processing", NOW, NOW + timedelta(seconds=1))
