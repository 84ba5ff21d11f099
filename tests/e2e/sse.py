"""A small Server-Sent Events reader for tests (httpx streaming)."""

import json
from dataclasses import dataclass
from typing import Any

import httpx

FINAL = {"completed", "error"}


@dataclass
class Event:
    id: str | None
    data: dict[str, Any]


def read_session_events(
    base_url: str,
    session_id: str,
    token: str,
    *,
    last_event_id: str | None = None,
    stop_at: set[str] | None = None,
    timeout: float = 30,
) -> list[Event]:
    """Read ``session`` events until one has a status in ``stop_at`` or the stream ends."""
    headers = {"Authorization": f"Bearer {token}", "Accept": "text/event-stream"}
    if last_event_id:
        headers["Last-Event-ID"] = last_event_id
    events: list[Event] = []
    fields: dict[str, str] = {}
    url = f"{base_url}/api/v1/sessions/{session_id}/events"
    with httpx.stream("GET", url, headers=headers, timeout=timeout) as response:
        response.raise_for_status()
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            if line:
                name, _, value = line.partition(":")
                fields[name] = value.removeprefix(" ")
                continue
            if "data" in fields:
                event = Event(fields.get("id"), json.loads(fields["data"]))
                events.append(event)
                if event.data["status"] in (stop_at or FINAL):
                    break
            fields = {}
    return events
