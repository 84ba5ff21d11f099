"""The v2 status body derived from a session view: one message for what the user reads."""

from datetime import UTC, datetime

from medstream_gateway.api.routes.v2 import WORKING, v2_status
from medstream_gateway.models import ChartLink, Clarification, Result, SessionView
from medstream_shared.constants import SessionStatus

AT = datetime(2026, 1, 1, tzinfo=UTC)


def view(status: SessionStatus, **changes: object) -> SessionView:
    fields: dict[str, object] = {
        "session_id": "s-12345678",
        "status": status,
        "question": "Top-3 diagnoses in Kazan",
        "iteration": 0,
        "clarification": None,
        "result": None,
        "error": None,
        "created_at": AT,
        "updated_at": AT,
    }
    return SessionView.model_validate(fields | changes)


def test_a_clarification_needs_feedback_and_is_the_message() -> None:
    waiting = view(
        SessionStatus.WAITING_FEEDBACK,
        iteration=1,
        clarification=Clarification(question="Which measure?", options=["visits", "cost"]),
    )

    status = v2_status(waiting)

    assert (status.needs_feedback, status.message, status.iteration) == (
        True,
        "Which measure?",
        1,
    )


def test_a_result_gives_its_answer_and_chart_urls() -> None:
    chart = ChartLink(id="c1", url="/api/v1/charts/c1", media_type="image/png")
    result = Result(answer="3 rows", sql="SELECT 1", columns=[], rows=[], charts=[chart])

    status = v2_status(view(SessionStatus.COMPLETED, result=result))

    assert (status.message, status.charts, status.needs_feedback) == (
        "3 rows",
        ["/api/v1/charts/c1"],
        False,
    )


def test_an_error_is_the_message_and_work_in_progress_says_so() -> None:
    assert v2_status(view(SessionStatus.ERROR, error="warehouse unavailable")).message == (
        "warehouse unavailable"
    )
    processing = v2_status(view(SessionStatus.QUERY_PROCESSING))
    assert (processing.message, processing.charts, processing.status) == (
        WORKING,
        [],
        SessionStatus.QUERY_PROCESSING,
    )
