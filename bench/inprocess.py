"""The in-process baseline: the v2 agent's shape, with today's router and analytics code.

One process: FastAPI takes the question, ``asyncio.Queue`` workers run the real
``RouterHandlers`` and ``AnalyticsHandlers`` (the same understanding → decide → compile →
run path as the services), and sessions live in Redis. No Kafka and no MongoDB: what a
handler returns goes straight to the next queue through :class:`QueueProducer`, a stand-in
for the event producer. Nothing is durable: a crash loses every question in the queues.
That is the trade this baseline exists to price (`bench/side_by_side.py`).

    uv run --frozen python bench/inprocess.py --port 8010 \
        --warehouse .state/warehouse-v2.duckdb --key "$(cat .state/dev-api-key)"

Routes (the gateway's shapes, so one client drives both): ``POST /api/v1/queries``
``{question, session_id?}`` → 202 ``{session_id, status}``; ``GET /api/v1/sessions/{id}``;
``GET /api/v1/sessions/{id}/events`` (SSE, one event per change, ends at a final status);
and the v2 ``POST /query`` ``{query}`` and ``GET /status/{id}``. Sessions and the router's
conversations are JSON documents in Redis (``--redis``, db 9 by default, keys under
``inprocess:``); each change is appended to a per-session Redis stream, which the SSE route
reads, as the gateway's live feed does.
"""

import argparse
import asyncio
import contextlib
import json
import uuid
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse, StreamingResponse
from medstream_analytics.charts import result_chart
from medstream_analytics.config import AnalyticsSettings
from medstream_analytics.executor import Limits, Warehouse
from medstream_analytics.guard import SqlGuard
from medstream_analytics.handlers import AnalyticsHandlers
from medstream_analytics.privacy import PrivacyPolicy
from medstream_questions.understanding import Understanding
from medstream_router.config import RouterSettings
from medstream_router.conversations import Conversation, Unsaved, answered, started
from medstream_router.handlers import RouterHandlers
from medstream_shared.constants import EventType
from medstream_shared.events import models
from medstream_shared.events.envelope import Envelope, derived_event_id
from medstream_shared.events.models import EventData
from medstream_shared.events.registry import EVENT_TYPES
from medstream_shared.kafka.consumer import Subscription
from redis.asyncio import Redis

PREFIX = "inprocess:"
FINAL = {"completed", "error", "waiting_feedback"}


def _now() -> datetime:
    return datetime.now(UTC)


def _dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, default=lambda v: v.isoformat() if isinstance(v, datetime) else str(v))


class RedisConversations:
    """The router's ``ConversationStore`` contract, kept as one JSON document per session."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    @staticmethod
    def _key(session_id: str) -> str:
        return f"{PREFIX}conversation:{session_id}"

    async def _load(self, session_id: str) -> dict[str, Any] | None:
        raw = await self.redis.get(self._key(session_id))
        return json.loads(raw) if raw else None

    async def _save(self, session_id: str, doc: dict[str, Any]) -> None:
        await self.redis.set(self._key(session_id), _dumps(doc), ex=3600)

    async def start(
        self, session_id: str, user_id: str, question: str, event_id: str
    ) -> Conversation:
        existing = await self._load(session_id)
        if existing is not None and existing.get("submission_event_id") == event_id:
            return Conversation.model_validate(existing)
        return started(session_id, existing, user_id, question, event_id)

    async def add_answer(self, session_id: str, answer: str, event_id: str) -> Conversation | None:
        doc = await self._load(session_id)
        if doc is None or event_id in doc["applied_event_ids"]:
            return Conversation.of(doc)
        return answered(doc, answer, event_id)

    async def remember_decision(
        self,
        conversation: Conversation,
        event_id: str,
        decision: dict[str, Any],
        state: dict[str, Any],
    ) -> None:
        """One write, like the MongoDB store: an answer's document is the one ``add_answer``
        read (a conversation has one writer), a new question's is built whole."""
        session_id = conversation.session_id
        unsaved = conversation.unsaved or Unsaved()
        if unsaved.fields is not None:
            doc = unsaved.applied(session_id, None)
        else:
            doc = conversation.model_dump(mode="json", by_alias=True)
        doc.update({"decided_by": event_id, "decision": decision, **state})
        await self._save(session_id, doc)

    async def overdue_approvals(self, now: datetime, limit: int = 100) -> list[Conversation]:
        return []  # the baseline runs without approvals

    async def expire(self, session_id: str, iteration: int) -> bool:
        return False


class Sessions:
    """Session documents in Redis, each change appended to the session's stream."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    @staticmethod
    def _key(session_id: str) -> str:
        return f"{PREFIX}session:{session_id}"

    @staticmethod
    def stream(session_id: str) -> str:
        return f"{PREFIX}stream:{session_id}"

    async def get(self, session_id: str) -> dict[str, Any] | None:
        raw = await self.redis.get(self._key(session_id))
        return json.loads(raw) if raw else None

    async def put(self, view: dict[str, Any]) -> None:
        raw = _dumps(view)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.set(self._key(view["session_id"]), raw, ex=3600)
            pipe.xadd(self.stream(view["session_id"]), {"view": raw}, maxlen=50, approximate=True)
            pipe.expire(self.stream(view["session_id"]), 3600)
            await pipe.execute()

    async def change(self, session_id: str, **fields: Any) -> None:
        view = await self.get(session_id)
        if view is None:
            return
        view.update(fields, updated_at=_now().isoformat())
        await self.put(view)


class QueueProducer:
    """What the Kafka producer is to the services: here, a put on the next worker's queue."""

    def __init__(self, queues: dict[EventType, asyncio.Queue[Envelope]], sessions: Sessions):
        self.queues = queues
        self.sessions = sessions

    async def publish_many(self, events: Sequence[EventData], *, event_ids: Sequence[str]) -> None:
        for data, event_id in zip(events, event_ids, strict=True):
            event_type = EventType(EVENT_TYPES[type(data)])
            envelope = Envelope(
                id=event_id,
                type=event_type,
                source="/medstream/inprocess",
                subject=data.subject,  # type: ignore[attr-defined]
                time=_now(),
                data=data,
            )
            await self._project(envelope)
            queue = self.queues.get(event_type)
            if queue is not None:
                await queue.put(envelope)

    async def _project(self, envelope: Envelope) -> None:
        """The session view's change for each event (what the gateway's projector does)."""
        data = envelope.data
        session_id = envelope.subject
        if isinstance(data, models.QueryRouted):
            await self.sessions.change(session_id, status="query_processing")
        elif isinstance(data, models.QueryCompleted):
            charts = [{"id": c.id, "media_type": c.media_type} for c in data.charts]
            result = {
                "answer": data.answer,
                "sql": data.sql,
                "columns": data.columns,
                "rows": data.rows,
                "charts": charts,
            }
            await self.sessions.change(session_id, status="completed", result=result)
        elif isinstance(data, models.QueryFailed):
            await self.sessions.change(session_id, status="error", error=data.reason)
        elif isinstance(data, models.ClarificationRequested):
            clarification = {"question": data.question, "options": data.options}
            await self.sessions.change(
                session_id,
                status="waiting_feedback",
                iteration=data.iteration,
                clarification=clarification,
            )


async def work(
    name: str,
    queue: asyncio.Queue[Envelope],
    subscriptions: Sequence[Subscription],
    producer: QueueProducer,
    sessions: Sessions,
) -> None:
    """One worker: take an event, run its handler, hand what it returns on."""
    handlers = {s.event_type: s for s in subscriptions}
    while True:
        envelope = await queue.get()
        try:
            subscription = handlers[envelope.type]
            if name == "router":
                await sessions.change(envelope.subject, status="router_processing")
            try:
                outputs = await subscription.handle(envelope)
            except Exception as exc:
                assert subscription.give_up is not None
                outputs = await subscription.give_up(envelope, f"{type(exc).__name__}: {exc}")
            ids = [derived_event_id(envelope.id, i, "output") for i in range(len(outputs))]
            await producer.publish_many(outputs, event_ids=ids)
        finally:
            queue.task_done()


def build_app(args: argparse.Namespace) -> FastAPI:
    settings = AnalyticsSettings(warehouse_path=args.warehouse)
    state: dict[str, Any] = {}

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        redis = Redis.from_url(args.redis)
        limits = Limits(memory=settings.sql_memory_limit, threads=settings.sql_threads)
        warehouse = Warehouse(
            settings.warehouse_path,
            timeout_seconds=settings.query_timeout_seconds,
            max_rows=settings.max_rows,
            limits=limits,
        )
        understanding = Understanding(warehouse.catalog)
        guard = SqlGuard(max_limit=settings.max_rows, catalog=lambda: warehouse.catalog)
        router = RouterHandlers(RouterSettings(), RedisConversations(redis), understanding)  # type: ignore[arg-type]
        analytics = AnalyticsHandlers(
            warehouse,
            understanding,
            validate_sql=guard.check,
            make_chart=result_chart,
            privacy=PrivacyPolicy(settings.privacy_min_count),
        )
        requests: asyncio.Queue[Envelope] = asyncio.Queue()
        tasks: asyncio.Queue[Envelope] = asyncio.Queue()
        sessions = Sessions(redis)
        producer = QueueProducer(
            {
                EventType.QUERY_SUBMITTED: requests,
                EventType.FEEDBACK_SUBMITTED: requests,
                EventType.QUERY_ROUTED: tasks,
            },
            sessions,
        )
        workers = [
            asyncio.create_task(
                work("router", requests, router.subscriptions(), producer, sessions)
            )
            for _ in range(args.router_workers)
        ] + [
            asyncio.create_task(
                work("analytics", tasks, analytics.subscriptions(), producer, sessions)
            )
            for _ in range(args.analytics_workers)
        ]
        state.update(sessions=sessions, producer=producer)
        try:
            yield
        finally:
            for task in workers:
                task.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
            warehouse.close()
            await redis.aclose()

    app = FastAPI(title="medstream in-process baseline", lifespan=lifespan)

    def user_of(authorization: str | None) -> str:
        if args.key and authorization != f"Bearer {args.key}":
            raise HTTPException(401, "unauthorized")
        return "dev"

    async def submit(question: str, session_id: str | None, user_id: str) -> dict[str, Any]:
        session_id = session_id or uuid.uuid4().hex
        now = _now().isoformat()
        view = {
            "session_id": session_id,
            "status": "created",
            "question": question,
            "iteration": 0,
            "clarification": None,
            "result": None,
            "error": None,
            "created_at": now,
            "updated_at": now,
        }
        await state["sessions"].put(view)
        event = models.QuerySubmitted(session_id=session_id, user_id=user_id, question=question)
        await state["producer"].publish_many([event], event_ids=[str(uuid.uuid4())])
        return {"session_id": session_id, "status": "created"}

    @app.post("/api/v1/queries", status_code=202)
    async def post_query(request: Request, authorization: str | None = Header(None)) -> Any:
        body = await request.json()
        return await submit(body["question"], body.get("session_id"), user_of(authorization))

    @app.post("/query", status_code=202)
    async def post_query_v2(request: Request, authorization: str | None = Header(None)) -> Any:
        body = await request.json()
        return await submit(body["query"], body.get("session_id"), user_of(authorization))

    @app.get("/api/v1/sessions/{session_id}")
    async def get_session(session_id: str, authorization: str | None = Header(None)) -> Any:
        user_of(authorization)
        view = await state["sessions"].get(session_id)
        if view is None:
            raise HTTPException(404, "session not found")
        return JSONResponse(view)

    @app.get("/status/{session_id}")
    async def get_status(session_id: str, authorization: str | None = Header(None)) -> Any:
        user_of(authorization)
        view = await state["sessions"].get(session_id)
        if view is None:
            raise HTTPException(404, "session not found")
        return {
            "session_id": session_id,
            "status": view["status"],
            "needs_feedback": view["status"] == "waiting_feedback",
            "iteration": view["iteration"],
        }

    @app.get("/api/v1/sessions/{session_id}/events")
    async def events(session_id: str, authorization: str | None = Header(None)) -> Any:
        user_of(authorization)
        sessions: Sessions = state["sessions"]
        redis = sessions.redis
        stream = sessions.stream(session_id)

        async def feed() -> AsyncIterator[bytes]:
            newest: Any = await redis.xrevrange(stream, count=1)
            last = newest[0][0].decode() if newest else "0-0"
            current = await sessions.get(session_id)
            if current is None:
                return
            yield f"event: session\ndata: {_dumps(current)}\n\n".encode()
            while current["status"] not in FINAL:
                result: Any = await redis.xread({stream: last}, block=1000, count=50)
                for _, entries in result or []:
                    for entry_id, fields in entries:
                        last = entry_id.decode()
                        current = json.loads(fields[b"view"])
                        yield f"event: session\ndata: {fields[b'view'].decode()}\n\n".encode()

        return StreamingResponse(feed(), media_type="text/event-stream")

    @app.get("/health/ready")
    async def ready() -> dict[str, str]:
        return {"status": "ready"}

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8010)
    parser.add_argument("--warehouse", type=Path, default=Path(".state/warehouse-v2.duckdb"))
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/9")
    parser.add_argument("--key", help="the bearer token to require (none: open)")
    parser.add_argument("--router-workers", type=int, default=4)
    parser.add_argument("--analytics-workers", type=int, default=4)
    args = parser.parse_args()
    uvicorn.run(build_app(args), host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
