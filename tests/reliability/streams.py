"""Clients following their sessions over SSE, reconnecting elsewhere when a replica dies.

A watcher reads ``GET /api/v1/sessions/{id}/events`` from the first gateway URL; when the
connection breaks before a final status it reconnects to the next URL with the
``Last-Event-ID`` it last saw, as a browser's EventSource behind a load balancer does. What
each client received is recorded so the test can compare it with the session's stream.
"""

import asyncio
import json
from dataclasses import dataclass, field

import httpx

FINAL = {"completed", "error"}
FOLLOW_SECONDS = 120.0
RECONNECT_DELAY = 0.3
CLOSE_GRACE_SECONDS = 20.0  # above the gateway's 15 s heartbeat, when a quiet stream resyncs


@dataclass
class StreamRecord:
    session_id: str
    events: list[tuple[str | None, str]] = field(default_factory=list)  # (event id, status)
    urls: list[str] = field(default_factory=list)  # one per connection that answered
    cuts: int = 0  # connections that broke after delivering something, before the end
    final: bool = False
    error: str | None = None

    @property
    def ids(self) -> list[str]:
        return [event_id for event_id, _ in self.events if event_id]


class StreamWatcher:
    def __init__(self, urls: tuple[str, ...], records: list[StreamRecord]) -> None:
        self.urls = urls
        self.records = records
        self._tasks: set[asyncio.Task[None]] = set()
        self._http = httpx.AsyncClient(timeout=httpx.Timeout(10.0, read=30.0))

    def follow(self, session_id: str, token: str) -> None:
        if not self.urls:
            return
        record = StreamRecord(session_id)
        self.records.append(record)
        task = asyncio.create_task(self._follow(record, token))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def close(self, grace: float = CLOSE_GRACE_SECONDS) -> None:
        """Let clients still streaming reach their final status (bounded), then stop them."""
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=grace)
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._http.aclose()

    async def _follow(self, record: StreamRecord, token: str) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + FOLLOW_SECONDS
        failures = 0
        while not record.final and loop.time() < deadline:
            url = self.urls[min(failures, len(self.urls) - 1)]
            before = len(record.events)
            try:
                await self._read(url, record, token)
            except httpx.HTTPError as exc:
                record.error = f"{type(exc).__name__} from {url}"
            if record.final:
                return
            if len(record.events) > before:
                record.cuts += 1
            failures += 1
            await asyncio.sleep(RECONNECT_DELAY)

    async def _read(self, base_url: str, record: StreamRecord, token: str) -> None:
        headers = {"Authorization": f"Bearer {token}", "Accept": "text/event-stream"}
        last_id = record.ids[-1] if record.ids else None
        if last_id:
            headers["Last-Event-ID"] = last_id
        url = f"{base_url}/api/v1/sessions/{record.session_id}/events"
        async with self._http.stream("GET", url, headers=headers) as response:
            response.raise_for_status()
            record.urls.append(base_url)
            fields: dict[str, str] = {}
            async for line in response.aiter_lines():
                if line:
                    name, _, value = line.partition(":")
                    fields[name] = value.removeprefix(" ")
                    continue
                if "data" in fields:
                    status = json.loads(fields["data"])["status"]
                    record.events.append((fields.get("id"), status))
                    if status in FINAL:
                        record.final = True
                        return
                fields = {}


def missed_updates(record: StreamRecord, stream: list[tuple[str, str]]) -> list[str]:
    """Changes of the session, after the client's first event, that never reached it.

    The first event a client gets is the session as it stood, labelled with the id of the
    stream's latest entry (read just before the session, so the state may be newer than
    its label). From there on every change must reach the client, across reconnections,
    in order: the statuses of the stream's later entries, up to the final one, must appear
    in what the client received (repeats, and events without ids, allowed).
    """
    first = next((event_id for event_id, _ in record.events if event_id), None)
    if first is None:
        return [entry_id for entry_id, _ in stream] if not record.events else []
    expected = []
    for entry_id, status in stream:
        if _order(entry_id) > _order(first):
            expected.append((entry_id, status))
        if status in FINAL:
            break
    received = [status for _, status in record.events]
    position, missed = 0, []
    for entry_id, status in expected:
        try:  # in order; one event may stand for repeated entries of the same status
            position = received.index(status, position)
        except ValueError:
            missed.append(f"{entry_id} {status}")
    return missed


def _order(entry_id: str) -> tuple[int, int]:
    millis, _, sequence = entry_id.partition("-")
    return int(millis), int(sequence or 0)
