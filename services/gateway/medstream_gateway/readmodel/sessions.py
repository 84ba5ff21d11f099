"""The gateway's read model of sessions in MongoDB.

Sessions are projections of events: every update is idempotent (guarded by the status it
moves from, or by the event id for the message history), so a redelivered or reordered
event never regresses a session or duplicates a message. Every timestamp is the time of
the event that caused the change, so replaying the topics rebuilds the same documents.

The projector finds and writes sessions by ``_id`` alone and checks its guards in code:
``_id`` is the one filter every MongoDB-wire server answers from an index (FerretDB v1
reads every document of the collection for any other filter, ~0.2 ms per session, on each
update). That is safe because each session has one projector: consumers are
co-partitioned, so one gateway replica applies all events of a session, one at a time.
The API writes a session only to record a question (a new one, or a new question in a
finished session) and when that question could not be published: states the projector
does not write meanwhile. A person's answer is left to the projector like every other
event.

For the same reason the projector need not read a session it has just written: the
documents it wrote or read last are kept (``RecentSessions``, which says when one is not
trusted), so an event of a session in progress costs one write, not a read and a write.

Result rows are stored as a JSON string: FerretDB v1 refuses nested arrays, and the read
model never queries inside them.
"""

from collections.abc import Awaitable, Callable, Collection
from datetime import datetime
from typing import Any

from medstream_shared import lifecycle
from medstream_shared.constants import SessionStatus
from medstream_shared.logging import get_logger
from pymongo import ASCENDING, DESCENDING, ReturnDocument
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from medstream_gateway.models import SessionView
from medstream_gateway.readmodel.documents import SessionDocument
from medstream_gateway.readmodel.pagination import NEWEST_FIRST, after_cursor, page_of
from medstream_gateway.readmodel.recent import RecentSessions
from medstream_gateway.readmodel.views import session_view

ACTIVE = sorted(s.value for s in lifecycle.ACTIVE)
FINAL = sorted(s.value for s in lifecycle.FINAL)

OnChange = Callable[[SessionView], Awaitable[None]]
Guard = Callable[[SessionDocument], bool]

log = get_logger(__name__)


def status_in(statuses: Collection[str]) -> Guard:
    return lambda session: session.status in statuses


def always(session: SessionDocument) -> bool:
    return True


def fresh_session(user_id: str, question: str, at: datetime) -> dict[str, Any]:
    return {
        "user_id": user_id,
        "status": SessionStatus.CREATED.value,
        "question": question,
        "iteration": 0,
        "clarification": None,
        "result": None,
        "error": None,
        "created_at": at,
        "updated_at": at,
    }


class SessionStore:
    """Sessions and charts; ``on_change`` hears of every change (the live-update feed).

    ``prefix`` names a parallel set of collections (a replay builds into those first).
    """

    def __init__(
        self,
        db: AsyncDatabase,
        on_change: OnChange | None = None,
        *,
        prefix: str = "",
        recent: RecentSessions | None = None,
    ) -> None:
        self.sessions = db[f"{prefix}sessions"]
        self.charts = db[f"{prefix}charts"]
        self._on_change = on_change
        self.recent = recent if recent is not None else RecentSessions()

    async def _changed(self, doc: dict[str, Any] | None) -> SessionDocument | None:
        session = SessionDocument.of(doc)
        if session is not None and self._on_change is not None:
            await self._on_change(session_view(session))
        return session

    async def ensure_indexes(self) -> None:
        await self.sessions.create_index([("user_id", ASCENDING), ("created_at", DESCENDING)])
        await self.sessions.create_index([("status", ASCENDING)])
        await self.charts.create_index([("session_id", ASCENDING)])

    async def find(self, session_id: str) -> SessionDocument | None:
        return SessionDocument.of(await self.sessions.find_one({"_id": session_id}))

    async def get(self, session_id: str, user_id: str) -> SessionDocument | None:
        """The session if it belongs to ``user_id`` (anyone else's reads as absent)."""
        session = await self.find(session_id)
        return session if session is not None and session.user_id == user_id else None

    async def owner(self, session_id: str) -> tuple[str, str] | None:
        """(user id, status) of a session, read without its history."""
        doc = await self.sessions.find_one({"_id": session_id}, {"user_id": 1, "status": 1})
        return None if doc is None else (doc["user_id"], doc["status"])

    async def current(self, session_id: str) -> SessionDocument | None:
        """The session as the projector sees it: as it last wrote or read it, else read."""
        return SessionDocument.of(await self._current(session_id))

    async def _current(self, session_id: str) -> dict[str, Any] | None:
        doc = self.recent.get(session_id)
        if doc is not None:
            return doc
        generation = self.recent.generation
        doc = await self.sessions.find_one({"_id": session_id})
        if doc is not None:
            self.recent.keep(doc, generation=generation)
        return doc

    async def create(
        self, session_id: str, user_id: str, question: str, at: datetime
    ) -> SessionDocument:
        """Insert the session if absent (idempotent for a redelivered submission, and when the
        gateway's accepting request and its projector create it at the same moment)."""
        inserted = await self.insert(session_id, user_id, question, at)
        if inserted is not None:
            return inserted
        existing = await self.current(session_id)
        assert existing is not None
        return existing

    async def insert(
        self, session_id: str, user_id: str, question: str, at: datetime
    ) -> SessionDocument | None:
        """The new session, or None if it was there already: one upsert by ``_id``."""
        fresh = {**fresh_session(user_id, question, at), "messages": []}
        generation = self.recent.generation
        try:
            result = await self.sessions.update_one(
                {"_id": session_id}, {"$setOnInsert": fresh}, upsert=True
            )
        except DuplicateKeyError:  # two upserts raced; the other one inserted it
            return None
        if result.upserted_id is None:
            return None
        doc = {"_id": session_id, **fresh}
        self.recent.keep(doc, generation=generation)
        created = await self._changed(doc)
        assert created is not None
        return created

    async def fill_question(self, session_id: str, question: str, at: datetime) -> None:
        """The question and its time, for a session its later events created first."""
        self.recent.forget(session_id)
        await self.sessions.update_one(
            {"_id": session_id, "question": ""}, {"$set": {"question": question, "created_at": at}}
        )

    async def restart(
        self, session_id: str, user_id: str, question: str, at: datetime
    ) -> SessionDocument | None:
        """A new question in a finished session of the same user (older events change nothing).

        The filter is ``lifecycle.may_restart`` in MongoDB's words, so that the check and
        the write are one atomic step.
        """
        changes = fresh_session(user_id, question, at)
        del changes["created_at"]
        generation = self.recent.generation
        self.recent.forget(session_id)
        doc = await self.sessions.find_one_and_update(
            {
                "_id": session_id,
                "user_id": user_id,
                "status": {"$in": FINAL},
                "updated_at": {"$lt": at},
            },
            {"$set": changes},
            return_document=ReturnDocument.AFTER,
        )
        if doc is not None:
            self.recent.keep(doc, generation=generation)
        return await self._changed(doc)

    async def transition(
        self,
        session_id: str,
        *,
        from_statuses: list[str],
        changes: dict[str, Any],
        at: datetime,
        extra_filter: dict[str, Any] | None = None,
    ) -> SessionDocument | None:
        """Apply ``changes`` only if the session is in one of ``from_statuses``."""
        query: dict[str, Any] = {"_id": session_id, "status": {"$in": from_statuses}}
        query.update(extra_filter or {})
        self.recent.forget(session_id)
        doc = await self.sessions.find_one_and_update(
            query,
            {"$set": {**changes, "updated_at": at}},
            return_document=ReturnDocument.AFTER,
        )
        return await self._changed(doc)

    async def project(
        self,
        session_id: str,
        *,
        at: datetime,
        applies: Guard = always,
        changes: dict[str, Any] | None = None,
        message: dict[str, Any] | None = None,
        event_id: str,
        user_id: str | None = None,
        question: str | None = None,
    ) -> SessionDocument | None:
        """One event's effect on a session, in at most one read and one write by ``_id`` (no
        read when the session is one the projector wrote or read last: ``RecentSessions``).

        ``changes`` apply when ``applies(session)`` holds; ``message`` joins the history
        once per ``event_id`` either way. Returns the changed session, or None when the
        event changed nothing (guard false, a redelivery, or an event of another user than
        the session's: a session id is never taken over).

        A session accepted while MongoDB was down has no document yet, and after the outage
        its events may come back in any order (they travel on different topics): the first
        event of a session that names its user creates it (``created``, the question if the
        event carries it), so an answer read before its question is applied, not dropped.
        """
        generation = self.recent.generation
        doc = await self._current(session_id)
        if doc is None and user_id is not None:
            await self.create(session_id, user_id, question or "", at)
            doc = await self._current(session_id)
        session = SessionDocument.of(doc)
        if doc is None or session is None:
            return None
        if user_id is not None and session.user_id != user_id:
            log.warning("an event of another user for this session ignored", session_id=session_id)
            return None
        update: dict[str, Any] = {}
        changed = dict(doc)
        if changes is not None and applies(session):
            update["$set"] = {**changes, "updated_at": at}
            changed.update(update["$set"])
        messages = doc.get("messages") or []
        if message is not None and all(m.get("event_id") != event_id for m in messages):
            entry = {"event_id": event_id, "at": at, **message}
            update["$push"] = {"messages": entry}
            changed["messages"] = [*messages, entry]
        if not update:
            return None
        try:
            await self.sessions.update_one({"_id": session_id}, update)
        except BaseException:  # it may have landed or not: the retry reads the session
            self.recent.forget(session_id)
            raise
        self.recent.keep(changed, generation=generation)
        return await self._changed(changed) if "$set" in update else None

    async def page(
        self, user_id: str, *, status: str | None, limit: int, cursor: str | None
    ) -> tuple[list[SessionDocument], str | None]:
        query: dict[str, Any] = {"user_id": user_id, **(after_cursor(cursor) if cursor else {})}
        if status:
            query["status"] = status
        docs = await self.sessions.find(query).sort(NEWEST_FIRST).limit(limit + 1).to_list()
        page, next_cursor = page_of(docs, limit)
        return [SessionDocument.model_validate(doc) for doc in page], next_cursor

    async def save_chart(self, chart: dict[str, Any]) -> None:
        """Store a chart of a result. A chart that came without a PNG keeps the one drawn
        since (a redelivered event does not throw the drawing away): its ``data`` is not
        written at all, and readers take a missing ``data`` as "not drawn yet"."""
        fields = {key: value for key, value in chart.items() if key != "_id"}
        if fields.get("data") is None:
            fields.pop("data", None)
        await self.charts.update_one({"_id": chart["_id"]}, {"$set": fields}, upsert=True)

    async def save_chart_png(self, chart_id: str, png: bytes) -> None:
        """The PNG drawn from a chart's spec, for the next request and the other replicas."""
        await self.charts.update_one({"_id": chart_id}, {"$set": {"data": png}})

    async def get_chart(self, chart_id: str, user_id: str) -> dict[str, Any] | None:
        chart = await self.charts.find_one({"_id": chart_id})
        return chart if chart is not None and chart["user_id"] == user_id else None
