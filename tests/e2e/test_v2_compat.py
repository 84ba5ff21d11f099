"""The deprecated v2 compatibility API, used as a frontend of the old in-process v2 agent would.

Written from the published contract (POST /query, POST /feedback, GET /status/{id},
WS /ws/{id}), not from the gateway's code: same sessions and auth as /api/v1, but the old
status body ``{session_id, status, message, needs_feedback, iteration, charts}``.
"""

import json
import time
from typing import Any

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from tests.harness import USERS
from tests.stack import Stack

pytestmark = pytest.mark.integration

STATUSES = {
    "created",
    "router_processing",
    "waiting_feedback",
    "query_processing",
    "completed",
    "error",
}
FINAL = {"completed", "error"}
FIELDS = {"session_id", "status", "message", "needs_feedback", "iteration", "charts"}
PROBLEM = "application/problem+json"


def check_body(body: dict[str, Any], session_id: str | None = None) -> dict[str, Any]:
    """Assert the invariants every v2 status body keeps, whatever the status."""
    assert set(body) == FIELDS, body
    assert body["status"] in STATUSES, body
    assert session_id is None or body["session_id"] == session_id, body
    assert body["needs_feedback"] is (body["status"] == "waiting_feedback"), body
    assert isinstance(body["iteration"], int), body
    assert isinstance(body["charts"], list), body
    assert all(isinstance(c, str) and c.startswith("/api/v1/charts/") for c in body["charts"])
    if body["status"] in {"waiting_feedback", *FINAL}:
        assert isinstance(body["message"], str) and body["message"].strip(), body
    if body["status"] == "waiting_feedback":
        assert body["iteration"] >= 1, body
    return body


def ask(client: httpx.Client, query: str, session_id: str | None = None) -> dict[str, Any]:
    response = client.post("/query", json={"query": query, "session_id": session_id})
    assert response.status_code == 202, response.text
    body = check_body(response.json(), session_id)
    assert (body["status"], body["iteration"], body["needs_feedback"]) == ("created", 0, False)
    return body


def wait_v2(
    client: httpx.Client,
    session_id: str,
    statuses: set[str],
    *,
    not_message: str | None = None,
    timeout: float = 30,
) -> dict[str, Any]:
    """Poll GET /status until the status is in ``statuses`` (and the message is not
    ``not_message``, to skip a previous answer of the same session)."""
    deadline = time.monotonic() + timeout
    body: dict[str, Any] = {}
    while time.monotonic() < deadline:
        response = client.get(f"/status/{session_id}")
        assert response.status_code == 200, response.text
        body = check_body(response.json(), session_id)
        if body["status"] in statuses and body["message"] != not_message:
            return body
        time.sleep(0.1)
    raise AssertionError(f"session stayed {body.get('status')} (wanted {statuses}): {body}")


def read_ws(
    url: str, headers: dict[str, str] | None = None, timeout: float = 30
) -> tuple[list[dict[str, Any]], int | None]:
    """Every JSON message of a v2 WebSocket until the server closes it, and the close code."""
    views: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout
    with connect(url, additional_headers=headers, open_timeout=10) as socket:
        try:
            while True:
                remaining = deadline - time.monotonic()
                assert remaining > 0, f"socket still open after {timeout}s: {views}"
                views.append(json.loads(socket.recv(timeout=remaining)))
        except ConnectionClosed:
            pass
        return views, socket.close_code


def ws_url(stack: Stack, session_id: str) -> str:
    return stack.gateway_url.replace("http", "ws", 1) + f"/ws/{session_id}"


def test_ask_poll_and_fetch_the_charts(alice: httpx.Client) -> None:
    accepted = ask(alice, "Top-3 diagnoses in Saint Petersburg in 2025")
    assert accepted["session_id"]

    done = wait_v2(alice, accepted["session_id"], FINAL)

    assert done["status"] == "completed", done
    assert done["charts"], done
    for chart in done["charts"]:
        response = alice.get(chart)
        assert response.status_code == 200, (chart, response.text)
        assert response.headers["content-type"].startswith("image/png")
        assert response.content.startswith(b"\x89PNG\r\n\x1a\n")


def test_clarification_round_trip(alice: httpx.Client) -> None:
    session_id = ask(alice, "Saint Petersburg 2025")["session_id"]

    waiting = wait_v2(alice, session_id, {"waiting_feedback", *FINAL})
    assert waiting["status"] == "waiting_feedback", waiting
    assert waiting["needs_feedback"] is True

    response = alice.post(
        "/feedback", json={"session_id": session_id, "feedback": "top 5 diagnoses"}
    )
    assert response.status_code == 202, response.text
    resumed = check_body(response.json(), session_id)
    assert (resumed["status"], resumed["needs_feedback"]) == ("router_processing", False)

    done = wait_v2(alice, session_id, FINAL)
    assert done["status"] == "completed", done
    assert done["iteration"] >= waiting["iteration"]


def test_feedback_when_not_waiting_is_a_conflict(alice: httpx.Client) -> None:
    session_id = ask(alice, "How many visits in Kazan?")["session_id"]
    assert wait_v2(alice, session_id, FINAL)["status"] == "completed"

    response = alice.post("/feedback", json={"session_id": session_id, "feedback": "anything"})

    assert response.status_code == 409, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    assert "waiting_feedback" in response.json()["detail"]


def test_a_new_question_in_a_finished_session(alice: httpx.Client) -> None:
    session_id = ask(alice, "Saint Petersburg 2025")["session_id"]
    waiting = wait_v2(alice, session_id, {"waiting_feedback", *FINAL})
    assert waiting["status"] == "waiting_feedback", waiting
    answer = {"session_id": session_id, "feedback": "top 5 diagnoses"}
    assert alice.post("/feedback", json=answer).status_code == 202
    first = wait_v2(alice, session_id, FINAL)
    assert first["status"] == "completed", first

    again = ask(alice, "How many visits in Kazan?", session_id=session_id)

    assert again["session_id"] == session_id
    second = wait_v2(alice, session_id, {"waiting_feedback", *FINAL}, not_message=first["message"])
    assert second["status"] == "completed", second
    assert second["iteration"] == 0, "a new question starts its own clarification count"


def test_only_the_owner_sees_a_session(alice: httpx.Client, bob: httpx.Client) -> None:
    session_id = ask(alice, "How many visits in Kazan?")["session_id"]
    assert alice.get(f"/status/{session_id}").status_code == 200

    assert bob.get(f"/status/{session_id}").status_code == 404
    feedback = bob.post("/feedback", json={"session_id": session_id, "feedback": "x"})
    assert feedback.status_code == 404
    assert alice.get("/status/no-such-session").status_code == 404
    unknown = alice.post("/feedback", json={"session_id": "no-such-session", "feedback": "x"})
    assert unknown.status_code == 404


def test_no_token_is_unauthorized(anonymous: httpx.Client) -> None:
    responses = [
        anonymous.post("/query", json={"query": "How many visits in Kazan?", "session_id": None}),
        anonymous.post("/feedback", json={"session_id": "whatever", "feedback": "x"}),
        anonymous.get("/status/whatever"),
    ]

    for response in responses:
        assert response.status_code == 401, (response.request.url, response.text)
        assert response.headers["content-type"].startswith(PROBLEM)


def test_an_empty_query_is_rejected(alice: httpx.Client) -> None:
    response = alice.post("/query", json={"query": "", "session_id": None})

    assert response.status_code == 422, response.text


def test_websocket_streams_until_the_answer(stack: Stack, alice: httpx.Client) -> None:
    session_id = ask(alice, "Top-3 diagnoses in Saint Petersburg in 2025")["session_id"]

    views, code = read_ws(f"{ws_url(stack, session_id)}?access_token={USERS['alice']}")

    assert code == 1000, views
    assert views, "no status message before the close"
    for view in views:
        check_body(view, session_id)
    assert views[-1]["status"] == "completed", views
    assert views[-1]["charts"], views[-1]


def test_websocket_refuses_a_bad_token_and_an_unknown_session(
    stack: Stack, alice: httpx.Client
) -> None:
    url = ws_url(stack, ask(alice, "How many visits in Kazan?")["session_id"])

    assert read_ws(f"{url}?access_token=not-a-real-key")[1] == 4401
    assert read_ws(url)[1] == 4401
    # A good token in the Authorization header passes auth and meets the unknown session.
    bearer = {"Authorization": f"Bearer {USERS['alice']}"}
    assert read_ws(ws_url(stack, "no-such-session"), headers=bearer)[1] == 4404


def test_every_v2_operation_is_deprecated(anonymous: httpx.Client) -> None:
    paths = anonymous.get("/openapi.json").json()["paths"]
    http = {("post", "/query"), ("post", "/feedback"), ("get", "/status/{session_id}")}

    for method, path in http:
        assert method in paths.get(path, {}), f"{method.upper()} {path} not in /openapi.json"
        assert paths[path][method].get("deprecated") is True, (method, path)
    # OpenAPI 3.1 has no WebSocket operations: WS /ws/{id} is documented in docs/api.md, like
    # WS /api/v1/sessions/{id}/ws.
