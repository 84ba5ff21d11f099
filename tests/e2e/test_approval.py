"""Plan approval on the real stack (``MEDSTREAM_REQUIRE_APPROVAL=true``).

The router shows the SQL it will run as a clarification of kind ``approval``; "approve"
runs exactly that SQL, "reject" ends the session with a reason, and silence past the
approval timeout fails the session through the router's sweep.
"""

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.harness import USERS, client_for, running, wait_for_status
from tests.stack import Stack, build_stack

pytestmark = pytest.mark.integration

APPROVAL_TIMEOUT_SECONDS = 8
NEEDED = ("gateway", "router", "analytics")
QUESTION = "Top-3 diagnoses in Kazan in 2024"


@pytest.fixture(scope="module")
def approving_stack(
    infrastructure: None, warehouse: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Stack]:
    keys = ",".join(f"{user}:{key}" for user, key in USERS.items())
    stack = build_stack(
        tmp_path_factory.mktemp("approval-logs"),
        warehouse=warehouse,
        api_keys=keys,
        extra_env={
            "MEDSTREAM_REQUIRE_APPROVAL": "true",
            "MEDSTREAM_APPROVAL_TIMEOUT_SECONDS": str(APPROVAL_TIMEOUT_SECONDS),
            "MEDSTREAM_APPROVAL_SWEEP_SECONDS": "0.5",
        },
    )
    with running(stack, NEEDED):
        yield stack


@pytest.fixture
def analyst(approving_stack: Stack) -> Iterator[httpx.Client]:
    with client_for(approving_stack, "alice") as client:
        yield client


def ask_for_approval(client: httpx.Client, question: str) -> dict:
    accepted = client.post("/api/v1/queries", json={"question": question})
    assert accepted.status_code == 202, accepted.text
    session = wait_for_status(client, accepted.json()["session_id"], {"waiting_feedback", "error"})
    assert session["status"] == "waiting_feedback", session
    return session


def test_approved_sql_is_the_sql_that_runs(analyst: httpx.Client) -> None:
    session = ask_for_approval(analyst, QUESTION)
    clarification = session["clarification"]
    assert clarification["kind"] == "approval"
    assert clarification["options"] == ["approve", "reject"]
    assert "SELECT" in clarification["question"]

    answered = analyst.post(
        f"/api/v1/sessions/{session['session_id']}/feedback", json={"answer": "approve"}
    )
    assert answered.status_code == 202, answered.text
    done = wait_for_status(analyst, session["session_id"], {"completed", "error"})

    assert done["status"] == "completed", done
    assert done["result"]["sql"] in clarification["question"]
    assert len(done["result"]["rows"]) == 3


def test_a_rejected_plan_runs_nothing(analyst: httpx.Client) -> None:
    session = ask_for_approval(analyst, "Топ-3 диагнозов в Казани за 2024 год")
    assert "Подтвердите" in session["clarification"]["question"]

    analyst.post(f"/api/v1/sessions/{session['session_id']}/feedback", json={"answer": "отклонить"})
    done = wait_for_status(analyst, session["session_id"], {"completed", "error"})

    assert done["status"] == "error"
    assert "SQL не выполнялся" in done["error"]
    assert done["result"] is None


def test_an_unanswered_approval_expires(analyst: httpx.Client) -> None:
    session = ask_for_approval(analyst, QUESTION)

    final = {"completed", "error"}
    done = wait_for_status(
        analyst, session["session_id"], final, timeout=APPROVAL_TIMEOUT_SECONDS + 20
    )

    assert done["status"] == "error"
    assert "expired" in done["error"]
