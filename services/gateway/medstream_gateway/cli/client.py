"""A small synchronous client of the gateway's REST API for the ``medstream`` CLI.

Every failure becomes a ``GatewayError`` whose message a person can act on (the API's
problem+json ``detail``, or what to check when the gateway cannot be reached) and whose
``exit_code`` the CLI exits with.
"""

import contextlib
import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

import httpx

FINAL_STATUSES = frozenset({"completed", "error"})

EXIT_FAILED = 1  # the request was refused or the work it asked for failed
EXIT_USAGE = 2  # bad command line or input file (typer's own code for usage errors)
EXIT_UNREACHABLE = 3  # no gateway at the URL
EXIT_UNAUTHORIZED = 4  # no key, or the key was refused
EXIT_TIMEOUT = 5  # the gateway did not finish in time

Json = dict[str, Any]


class GatewayError(Exception):
    def __init__(self, message: str, *, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass(frozen=True)
class ServerSentEvent:
    """One event of a ``text/event-stream``; ``event == ""`` for a comment (a keep-alive)."""

    event: str
    data: str = ""
    id: str | None = None


def parse_event_stream(lines: Iterable[str]) -> Iterator[ServerSentEvent]:
    """The WHATWG event-stream format: ``field: value`` lines, events end at a blank line."""
    event, data, event_id = "message", list[str](), None
    for line in lines:
        if not line:
            if data:
                yield ServerSentEvent(event, "\n".join(data), event_id)
            event, data, event_id = "message", [], None
            continue
        if line.startswith(":"):
            yield ServerSentEvent("")
            continue
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "event":
            event = value
        elif name == "data":
            data.append(value)
        elif name == "id" and "\0" not in value:
            event_id = value


def problem_message(response: httpx.Response) -> str:
    """The RFC 9457 ``detail`` (with per-field errors), else the status line."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        return f"{response.status_code} {response.reason_phrase}".strip()
    message = str(body.get("detail") or body.get("title") or response.reason_phrase)
    errors = body.get("errors")
    if isinstance(errors, list) and errors:
        fields = "; ".join(f"{e.get('field')}: {e.get('message')}" for e in errors[:10])
        if fields not in message:
            message = f"{message} ({fields})"
    return message


class MedstreamClient:
    def __init__(
        self,
        base_url: str,
        api_key: str | None,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 10.0,
        poll_interval: float = 1.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.poll_interval = poll_interval
        headers = {"Accept": "application/json", "User-Agent": "medstream-cli"}
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        self._http = httpx.Client(
            base_url=self.base_url, headers=headers, timeout=timeout, transport=transport
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # -- plain requests ---------------------------------------------------------------

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.TimeoutException as exc:
            raise GatewayError(
                f"the gateway at {self.base_url} did not answer in time", exit_code=EXIT_TIMEOUT
            ) from exc
        except httpx.TransportError as exc:
            raise self._unreachable() from exc
        if response.is_error:
            raise self._refused(response)
        return response

    def json(self, method: str, path: str, **kwargs: Any) -> Json:
        body: Json = self.request(method, path, **kwargs).json()
        return body

    def submit_query(self, question: str) -> Json:
        return self.json("POST", "/api/v1/queries", json={"question": question})

    def get_session(self, session_id: str) -> Json:
        return self.json("GET", f"/api/v1/sessions/{session_id}")

    def send_feedback(self, session_id: str, answer: str) -> Json:
        return self.json("POST", f"/api/v1/sessions/{session_id}/feedback", json={"answer": answer})

    def list_sessions(
        self, *, status: str | None = None, limit: int = 20, cursor: str | None = None
    ) -> Json:
        params = {"status": status, "limit": limit, "cursor": cursor}
        query = {name: value for name, value in params.items() if value is not None}
        return self.json("GET", "/api/v1/sessions", params=query)

    def chart(self, url: str) -> bytes:
        return self.request("GET", url, headers={"Accept": "image/png"}).content

    def request_report(self, body: Json) -> Json:
        return self.json("POST", "/api/v1/reports", json=body)

    def get_report(self, report_id: str) -> Json:
        return self.json("GET", f"/api/v1/reports/{report_id}")

    def wait_for_report(self, report_id: str, *, timeout: float) -> Json:
        deadline = time.monotonic() + timeout
        while True:
            report = self.get_report(report_id)
            if report["status"] != "pending":
                return report
            if time.monotonic() >= deadline:
                raise GatewayError(
                    f"report {report_id} is still being written after {timeout:g} s; "
                    f"read it later at /api/v1/reports/{report_id}",
                    exit_code=EXIT_TIMEOUT,
                )
            time.sleep(self.poll_interval)

    # -- live session updates ---------------------------------------------------------

    def follow(self, session_id: str, *, idle_timeout: float = 120.0) -> Iterator[Json]:
        """Each new state of the session, until a final one.

        Follows the SSE stream (resuming with Last-Event-ID if it drops); when the stream
        cannot be used, polls the session every ``poll_interval`` seconds instead. Raises
        ``GatewayError`` when nothing changes for ``idle_timeout`` seconds. The caller may
        answer a clarification between two states; the stream stays open meanwhile.
        """
        tracker = _Progress(session_id, idle_timeout)
        with contextlib.suppress(_StreamUnavailable):
            yield from self._stream(session_id, tracker)
        if not tracker.finished:
            yield from self._poll(session_id, tracker)

    def _stream(self, session_id: str, tracker: "_Progress") -> Iterator[Json]:
        last_event_id: str | None = None
        for _attempt in range(3):
            headers = {"Accept": "text/event-stream"}
            if last_event_id:
                headers["Last-Event-ID"] = last_event_id
            timeout = httpx.Timeout(10.0, read=60.0)
            try:
                with self._http.stream(
                    "GET", f"/api/v1/sessions/{session_id}/events", headers=headers, timeout=timeout
                ) as response:
                    if response.status_code in (401, 403, 404):
                        response.read()
                        raise self._refused(response)
                    content_type = response.headers.get("content-type", "")
                    if response.is_error or not content_type.startswith("text/event-stream"):
                        raise _StreamUnavailable
                    for event in parse_event_stream(response.iter_lines()):
                        tracker.check_idle()
                        if event.event != "session":
                            continue
                        last_event_id = event.id or last_event_id
                        session = json.loads(event.data)
                        if tracker.is_new(session):
                            yield session
                            tracker.resumed()
                        if tracker.finished:
                            return
            except httpx.TransportError as exc:
                if isinstance(exc, httpx.ConnectError) and last_event_id is None:
                    raise self._unreachable() from exc
            except ValueError as exc:  # not JSON: not the stream we know
                raise _StreamUnavailable from exc
        raise _StreamUnavailable

    def _poll(self, session_id: str, tracker: "_Progress") -> Iterator[Json]:
        while True:
            session = self.get_session(session_id)
            if tracker.is_new(session):
                yield session
                tracker.resumed()
            if tracker.finished:
                return
            tracker.check_idle()
            time.sleep(self.poll_interval)

    # -- errors -----------------------------------------------------------------------

    def _unreachable(self) -> GatewayError:
        return GatewayError(
            f"cannot reach the gateway at {self.base_url}: is it running (make run)?",
            exit_code=EXIT_UNREACHABLE,
        )

    def _refused(self, response: httpx.Response) -> GatewayError:
        detail = problem_message(response)
        if response.status_code == 401:
            return GatewayError(f"the API key was refused ({detail})", exit_code=EXIT_UNAUTHORIZED)
        if response.status_code in (400, 413, 422):
            return GatewayError(detail, exit_code=EXIT_USAGE)
        if response.status_code == 429:
            retry = response.headers.get("Retry-After")
            suffix = f"; try again in {retry} s" if retry else ""
            return GatewayError(f"too many requests: {detail}{suffix}")
        return GatewayError(f"{detail} (HTTP {response.status_code})")


class _StreamUnavailable(Exception):
    """The event stream cannot be used here: poll instead."""


class _Progress:
    """What of a session has been shown, and whether it has stalled."""

    def __init__(self, session_id: str, idle_timeout: float) -> None:
        self.session_id = session_id
        self.idle_timeout = idle_timeout
        self.finished = False
        self._seen: tuple[str, str, int] | None = None
        self._status = "unknown"
        self._deadline = time.monotonic() + idle_timeout

    def is_new(self, session: Json) -> bool:
        """False for a state already shown, or older than it (ISO timestamps sort)."""
        key = (session["updated_at"], session["status"], session.get("iteration", 0))
        if self._seen is not None and (key == self._seen or key[0] < self._seen[0]):
            return False
        self._seen = key
        self._status = session["status"]
        self.finished = session["status"] in FINAL_STATUSES
        return True

    def resumed(self) -> None:
        """The caller is done with the last state (perhaps after a long prompt): the idle
        clock starts again now."""
        self._deadline = time.monotonic() + self.idle_timeout

    def check_idle(self) -> None:
        if time.monotonic() >= self._deadline:
            raise GatewayError(
                f"no news from session {self.session_id} for {self.idle_timeout:g} s "
                f"(still {self._status}); check it later with `medstream session "
                f"{self.session_id}`",
                exit_code=EXIT_TIMEOUT,
            )
