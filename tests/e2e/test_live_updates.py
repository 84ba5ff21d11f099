"""Live updates over SSE and WebSocket, resumable, from any gateway replica."""

import json
from collections.abc import Iterator

import httpx
import pytest
from websockets.sync.client import connect

from tests.e2e.sse import read_session_events
from tests.harness import USERS, wait_for_status
from tests.stack import Stack

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def second_gateway(stack: Stack) -> Iterator[str]:
    name = stack.add_replica("gateway")
    stack.start(name)
    stack.wait_ready(name)
    yield stack.services[name].url
    assert stack.stop(name) == 0


def test_sse_streams_every_change_until_the_answer(stack: Stack, alice: httpx.Client) -> None:
    session_id = alice.post("/api/v1/queries", json={"question": "Top-3 diagnoses"}).json()[
        "session_id"
    ]

    events = read_session_events(stack.gateway_url, session_id, USERS["alice"])

    assert events[-1].data["status"] == "completed"
    assert events[-1].data["result"]["rows"]
    assert all(event.data["session_id"] == session_id for event in events)


def test_sse_resume_sends_what_was_missed_through_another_replica(
    stack: Stack, alice: httpx.Client, second_gateway: str
) -> None:
    session_id = alice.post("/api/v1/queries", json={"question": "Kazan 2023"}).json()["session_id"]
    first = read_session_events(
        second_gateway, session_id, USERS["alice"], stop_at={"waiting_feedback"}
    )
    last_seen = first[-1].id
    assert last_seen and first[-1].data["status"] == "waiting_feedback"

    alice.post(f"/api/v1/sessions/{session_id}/feedback", json={"answer": "how many visits"})
    wait_for_status(alice, session_id, {"completed"})
    resumed = read_session_events(
        second_gateway, session_id, USERS["alice"], last_event_id=last_seen
    )

    statuses = [event.data["status"] for event in resumed]
    assert statuses[-1] == "completed"
    assert "waiting_feedback" not in statuses
    assert "router_processing" in statuses
    assert all(event.id and event.id > last_seen for event in resumed)


def test_submit_on_one_replica_and_stream_from_another(
    stack: Stack, alice: httpx.Client, second_gateway: str
) -> None:
    session_id = alice.post("/api/v1/queries", json={"question": "How many visits in Moscow?"})
    session_id = session_id.json()["session_id"]

    events = read_session_events(second_gateway, session_id, USERS["alice"])

    assert events[-1].data["status"] == "completed"


def test_websocket_pushes_changes_and_closes_after_the_answer(
    stack: Stack, alice: httpx.Client
) -> None:
    session_id = alice.post("/api/v1/queries", json={"question": "Top-5 diagnoses in 2024"})
    session_id = session_id.json()["session_id"]
    url = stack.gateway_url.replace("http", "ws") + f"/api/v1/sessions/{session_id}/ws"

    with connect(f"{url}?access_token={USERS['alice']}", open_timeout=10) as socket:
        views = [json.loads(message) for message in socket]

    assert views[-1]["status"] == "completed"
    assert views[-1]["result"]["columns"]


def test_streams_require_auth_and_ownership(stack: Stack, alice: httpx.Client) -> None:
    session_id = alice.post("/api/v1/queries", json={"question": "Top-5 diagnoses"}).json()[
        "session_id"
    ]
    url = f"{stack.gateway_url}/api/v1/sessions/{session_id}/events"

    assert httpx.get(url).status_code == 401
    bob = {"Authorization": f"Bearer {USERS['bob']}"}
    assert httpx.get(url, headers=bob).status_code == 404
    ws_url = stack.gateway_url.replace("http", "ws") + f"/api/v1/sessions/{session_id}/ws"
    with (
        pytest.raises(Exception, match=r"4404"),
        connect(f"{ws_url}?access_token={USERS['bob']}", open_timeout=10) as socket,
    ):
        socket.recv(timeout=5)
