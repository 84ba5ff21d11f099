"""A steady, recorded stream of questions and report requests against a running gateway.

The generator runs in a background thread with its own event loop, so a test can inject a
fault while it keeps submitting. Every request carries an id chosen here (``session_id``,
``request_id``), so whether it was accepted is decided afterwards from the read model and
not from the HTTP answer: a request whose answer was lost to a fault may still have been
taken, and must then reach a final state like any other.

Besides submitting, the generator behaves like the people behind the requests: it answers
each clarification of its own sessions (choosing the first option, as a click in the
console does), follows sessions over SSE when asked to (:mod:`tests.reliability.streams`),
and can mix poison messages into the requests topic as an outside producer would
(:mod:`tests.reliability.poison`).
"""

import asyncio
import contextlib
import random
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
from pymongo import AsyncMongoClient
from pymongo.errors import PyMongoError

from tests.harness import KAFKA, MONGO, USERS
from tests.reliability.poison import PoisonProducer, PoisonRecord
from tests.reliability.streams import StreamRecord, StreamWatcher

Kind = Literal["question", "clarified", "report"]

CLEAR_QUESTIONS = (
    "Top-5 diagnoses in Saint Petersburg in 2025",
    "How many visits in Moscow in 2024?",
    "Top-3 diagnoses in Kazan in 2023",
    "Топ-5 заболеваний в СПб за 2025 год?",
    "How many visits in Novosibirsk in 2022?",
    "Average cost of visits in Yekaterinburg in 2024",
)
# Each needs one clarification (what to compute) before it can be answered.
VAGUE_QUESTIONS = ("Saint Petersburg 2025", "Kazan 2023", "Moscow 2024", "Novosibirsk 2021")
COMPLAINTS = ("shortness of breath", "chest pain", "cough", "fever", "headache", "fatigue")
MIX: tuple[tuple[Kind, float], ...] = (("question", 0.5), ("clarified", 0.25), ("report", 0.25))
SUBMIT_TIMEOUT = 30.0  # above the gateway's 15 s wait for a broker ack
FEEDBACK_POLL_SECONDS = 0.5
FINAL = ("completed", "error")


@dataclass
class Submission:
    """One request as the client saw it; ``status`` is None when no answer came back."""

    kind: Kind
    key: str  # session id, or report request id
    user: str
    sent_at: float
    status: int | None = None
    answered_at: float | None = None
    feedback_sent: int = 0

    @property
    def accepted(self) -> bool:
        return self.status == 202


@dataclass
class LoadOptions:
    rate_per_second: float = 3.0
    seed: int = 6
    poison_every: int | None = None  # every n-th tick is a poison message instead
    poison_topic: str | None = None
    stream_urls: tuple[str, ...] = ()  # follow each question over SSE: first URL, then the rest
    mongo_database: str = ""  # the gateway's, where clarifications are looked for
    think_seconds: float = 2.0  # how long a person takes to answer a clarification


@dataclass
class LoadRecord:
    """Everything the generator did, for the ledger."""

    submissions: list[Submission] = field(default_factory=list)
    poison: list[PoisonRecord] = field(default_factory=list)
    streams: list[StreamRecord] = field(default_factory=list)
    started_at: float = 0.0
    stopped_at: float = 0.0


class LoadGenerator:
    """Submits at a steady rate until :meth:`stop_submitting`; answers until :meth:`close`."""

    def __init__(self, gateway_url: str, options: LoadOptions) -> None:
        self.gateway_url = gateway_url
        self.options = options
        self.record = LoadRecord()
        self._poison: PoisonProducer | None = None
        self._random = random.Random(options.seed)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._main, name="reliability-load", daemon=True)
        self._stop_submitting = asyncio.Event()
        self._closed = asyncio.Event()
        self._error: BaseException | None = None

    # The test thread's side -----------------------------------------------------------------

    def start(self) -> None:
        self.record.started_at = time.monotonic()
        self._thread.start()

    def stop_submitting(self) -> None:
        self._loop.call_soon_threadsafe(self._stop_submitting.set)

    def close(self, timeout: float = 60.0) -> LoadRecord:
        """Stop everything, wait for the thread, and return what was done."""
        self.stop_submitting()
        self._loop.call_soon_threadsafe(self._closed.set)
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise TimeoutError("the load generator did not stop")
        if self._error is not None:
            raise RuntimeError("the load generator failed") from self._error
        return self.record

    # The generator's own thread --------------------------------------------------------------

    def _main(self) -> None:
        try:
            self._loop.run_until_complete(self._run())
        except BaseException as exc:  # surfaced by close()
            self._error = exc
        finally:
            self._loop.close()

    async def _run(self) -> None:
        if self.options.poison_every and self.options.poison_topic:
            self._poison = PoisonProducer(KAFKA, self.options.poison_topic)
            await self._poison.start()
        try:
            await self._submit_and_answer()
        finally:
            if self._poison is not None:
                await self._poison.stop()

    async def _submit_and_answer(self) -> None:
        async with httpx.AsyncClient(base_url=self.gateway_url, timeout=SUBMIT_TIMEOUT) as http:
            watcher = StreamWatcher(self.options.stream_urls, self.record.streams)
            answering = asyncio.create_task(self._answer_clarifications(http))
            in_flight: set[asyncio.Task[None]] = set()
            tick = 0
            next_at = self._loop.time()
            while not self._stop_submitting.is_set():
                tick += 1
                task = asyncio.create_task(self._tick(http, tick, watcher))
                in_flight.add(task)
                task.add_done_callback(in_flight.discard)
                next_at += 1 / self.options.rate_per_second
                delay = max(0.0, next_at - self._loop.time())
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop_submitting.wait(), delay)
            self.record.stopped_at = time.monotonic()
            await asyncio.gather(*in_flight)
            await self._closed.wait()
            answering.cancel()
            await watcher.close()
            await asyncio.gather(answering, return_exceptions=True)

    async def _tick(self, http: httpx.AsyncClient, tick: int, watcher: StreamWatcher) -> None:
        every = self.options.poison_every
        if every and self._poison is not None and tick % every == 0:
            self.record.poison.append(await self._poison.send(tick))
            return
        kind = self._random.choices([k for k, _ in MIX], [w for _, w in MIX])[0]
        user = ("alice", "bob")[tick % 2]
        submission = Submission(kind, f"rel-{uuid.uuid4().hex[:20]}", user, time.monotonic())
        self.record.submissions.append(submission)
        if kind == "report":
            path, body = "/api/v1/reports", self._report(submission.key)
        else:
            pool = CLEAR_QUESTIONS if kind == "question" else VAGUE_QUESTIONS
            path = "/api/v1/queries"
            body = {"question": self._random.choice(pool), "session_id": submission.key}
        try:
            response = await http.post(path, json=body, headers=_auth(user))
            submission.status = response.status_code
        except httpx.HTTPError:
            submission.status = None
        submission.answered_at = time.monotonic()
        if kind != "report" and submission.accepted:
            watcher.follow(submission.key, USERS[user])

    def _report(self, request_id: str) -> dict[str, Any]:
        rng = self._random
        return {
            "request_id": request_id,
            "patient": {"age": rng.randint(18, 90), "sex": rng.choice("MF")},
            "complaints": rng.sample(COMPLAINTS, 2),
            "vitals": {"systolic_bp": rng.randint(100, 200), "heart_rate": rng.randint(50, 130)},
        }

    async def _answer_clarifications(self, http: httpx.AsyncClient) -> None:
        """Answer each clarification of our sessions once per round, as its asker would:
        after ``think_seconds`` (which also keeps their live streams open a while).

        Looks in the gateway's read model by ``_id`` (the one look-up FerretDB v1 serves
        from an index) for each of our sessions not yet finished; failures, during an
        outage for instance, are retried on the next round.
        """
        answered: dict[str, int] = {}
        finished: set[str] = set()
        asked_at: dict[tuple[str, int], float] = {}
        client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(
            MONGO, serverSelectionTimeoutMS=2000
        )
        sessions = client[self.options.mongo_database]["sessions"]
        try:
            while True:
                await asyncio.sleep(FEEDBACK_POLL_SECONDS)
                for mine in list(self.record.submissions):
                    if mine.kind != "clarified" or not mine.accepted or mine.key in finished:
                        continue
                    try:
                        session = await sessions.find_one({"_id": mine.key})
                    except PyMongoError:
                        break
                    if session is None:
                        continue
                    if session["status"] in FINAL:
                        finished.add(mine.key)
                        continue
                    iteration = session["iteration"]
                    if (
                        session["status"] != "waiting_feedback"
                        or answered.get(mine.key, -1) >= iteration
                    ):
                        continue
                    asked = asked_at.setdefault((mine.key, iteration), time.monotonic())
                    thought = time.monotonic() - asked >= self.options.think_seconds
                    if thought and await _answer(http, mine, session):
                        answered[mine.key] = iteration
                        mine.feedback_sent += 1
        finally:
            await client.close()


async def _answer(http: httpx.AsyncClient, mine: Submission, session: dict[str, Any]) -> bool:
    """Send the first option; True once the question is settled (taken, or no longer open)."""
    options = (session.get("clarification") or {}).get("options") or ["top 5 diagnoses"]
    try:
        response = await http.post(
            f"/api/v1/sessions/{mine.key}/feedback",
            json={"answer": options[0]},
            headers=_auth(mine.user),
        )
    except httpx.HTTPError:
        return False
    return response.status_code in (202, 409)


def _auth(user: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {USERS[user]}"}
