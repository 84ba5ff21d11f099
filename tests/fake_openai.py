"""A scripted OpenAI-compatible chat-completions server on loopback, for LLM-path tests.

Tests point the real ``openai`` SDK at it through ``base_url``, so requests and responses go
through the SDK's own serialisation, HTTP stack, timeouts and error mapping. Each test
scripts the replies in order and then inspects the requests the server recorded.
"""

import asyncio
import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from medstream_shared.llm import LlmClient, LlmSettings
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

SECRET_KEY = "sk-test-do-not-log-4f9a1c"


@dataclass(frozen=True)
class Reply:
    """One scripted answer: JSON ``content`` (a dict is serialised), an error, or a stall."""

    content: Any = None
    status: int = 200
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    finish_reason: str = "stop"


@dataclass(frozen=True)
class Recorded:
    body: dict[str, Any]
    authorization: str | None

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body["messages"])

    @property
    def user_text(self) -> str:
        return str(self.messages[-1]["content"])


class FakeOpenAI:
    def __init__(self) -> None:
        self._replies: deque[Reply] = deque()
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.bind(("127.0.0.1", 0))
        self.port: int = self._socket.getsockname()[1]
        app = Starlette(routes=[Route("/v1/chat/completions", self._complete, methods=["POST"])])
        config = uvicorn.Config(
            app, log_level="warning", lifespan="off", timeout_graceful_shutdown=1
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._serve, name="fake-openai", daemon=True)
        self._clients: list[LlmClient] = []
        self.responder: Callable[[Recorded], Reply | dict[str, Any] | str] | None = None
        """Answers a request when no scripted reply is left (a server that decides by content)."""

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def script(self, *replies: Reply | dict[str, Any] | str) -> None:
        """Queue replies; a dict or string is the JSON content of a successful answer."""
        with self._lock:
            self._replies.extend(r if isinstance(r, Reply) else Reply(content=r) for r in replies)

    def reset(self) -> None:
        with self._lock:
            self._replies.clear()
            self.requests.clear()

    def client(self, **settings: Any) -> LlmClient:
        """A real client aimed at this server, closed by :meth:`close_clients`."""
        client = LlmClient(llm_settings(self, **settings))
        self._clients.append(client)
        return client

    async def close_clients(self) -> None:
        while self._clients:
            await self._clients.pop().aclose()

    @property
    def unused_replies(self) -> int:
        return len(self._replies)

    @classmethod
    @contextmanager
    def running(cls) -> Iterator["FakeOpenAI"]:
        server = cls()
        server._thread.start()
        deadline = time.monotonic() + 10
        while not server._server.started:
            if time.monotonic() > deadline or not server._thread.is_alive():
                raise RuntimeError("the fake OpenAI server did not start")
            time.sleep(0.01)
        try:
            yield server
        finally:
            server._server.should_exit = True
            server._thread.join(timeout=10)

    def _serve(self) -> None:
        self._server.run(sockets=[self._socket])

    async def _complete(self, request: Request) -> JSONResponse:
        body = await request.json()
        with self._lock:
            self.requests.append(Recorded(body, request.headers.get("authorization")))
            reply = self._replies.popleft() if self._replies else None
        if reply is None and self.responder is not None:
            answer = self.responder(self.requests[-1])
            reply = answer if isinstance(answer, Reply) else Reply(content=answer)
        if reply is None:
            return _error(500, "no scripted reply left")
        if reply.delay:
            await asyncio.sleep(reply.delay)
        if reply.status != 200:
            return _error(reply.status, "scripted failure", reply.headers)
        content = reply.content if isinstance(reply.content, str) else json.dumps(reply.content)
        return JSONResponse(
            {
                "id": f"chatcmpl-{len(self.requests)}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body.get("model", ""),
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content, "refusal": None},
                        "finish_reason": reply.finish_reason,
                        "logprobs": None,
                    }
                ],
                "usage": {"prompt_tokens": 50, "completion_tokens": 20, "total_tokens": 70},
            }
        )


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        {"error": {"message": message, "type": "server_error", "code": None}},
        status_code=status,
        headers=headers,
    )


def llm_settings(fake: FakeOpenAI, **overrides: Any) -> LlmSettings:
    """Settings aimed at the fake server: fast retries, a short timeout, a known key."""
    values: dict[str, Any] = {
        "api_key": SECRET_KEY,
        "base_url": fake.base_url,
        "model": "medstream-test-model",
        "timeout_seconds": 2.0,
        "retries": 1,
        "retry_backoff_seconds": 0.01,
        "breaker_failures": 3,
        "breaker_cooldown_seconds": 30.0,
    }
    values.update(overrides)
    return LlmSettings(**values)
