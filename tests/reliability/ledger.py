"""Counts what became of every request of a scenario, from the read models and the topics.

The read model is the judge, not the HTTP answers: a request is *submitted* when it left a
trace there (a session, a report entry), whatever the client was told; then it is
*completed*, *failed* (with the reason the user sees) or *lost* (never reached a final
state). *Duplicated* means the user would see two outcomes for one request: more than one
answer or error in a session's history, more than one stored report for one request id.

Raw duplicate events on the wire are counted apart: at-least-once delivery may repeat an
event, and the read model must absorb the repeat.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from medstream_shared.constants import DEAD_LETTER_SUFFIX
from medstream_shared.events.models import report_id_for
from pymongo import MongoClient

from tests.harness import MONGO
from tests.reliability.load import LoadRecord, Submission
from tests.reliability.topics import Message
from tests.stack import Stack

FINAL_SESSION = {"completed": "completed", "error": "failed"}
FINAL_REPORT = {"ready": "completed", "failed": "failed"}
OUTCOME_MESSAGES = {"answer", "error"}
RESULT_EVENTS = {"medstream.query.completed", "medstream.report.generated"}


@dataclass
class Tally:
    submitted: int = 0
    completed: int = 0
    failed: int = 0
    refused: int = 0  # never taken: no trace in the read model, and the client was told so
    lost: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    raw_duplicates: int = 0
    reissued: int = 0  # raw duplicates with a new CloudEvents id: a consumer would count twice
    dead_letters: int = 0
    reasons: Counter[str] = field(default_factory=Counter)

    def describe(self) -> str:
        reasons = ", ".join(f"{n}× {r!r}" for r, n in self.reasons.most_common(5)) or "none"
        return (
            f"submitted={self.submitted} completed={self.completed} failed={self.failed} "
            f"refused={self.refused} lost={len(self.lost)} {self.lost[:10]} "
            f"duplicated={len(self.duplicated)} {self.duplicated[:10]} "
            f"raw_duplicates={self.raw_duplicates} reissued={self.reissued} "
            f"dead_letters={self.dead_letters}; "
            f"failure reasons: {reasons}"
        )


class Ledger:
    """Reads (and afterwards clears) one stack's gateway, reports and router databases.

    FerretDB v1 (the local and CI MongoDB) uses no index but ``_id``, and only for a filter
    that is exactly ``{"_id": value}``: anything else scans the whole collection. So what
    is polled goes by ``_id`` one document at a time, and only the requests not yet seen
    final; the full count at the end is one scan per collection.
    """

    def __init__(self, stack: Stack) -> None:
        self._client: MongoClient[dict[str, Any]] = MongoClient(
            MONGO, serverSelectionTimeoutMS=5000
        )
        self._gateway = self._client[stack.database("gateway")]
        self._reports = self._client[stack.database("reports")]
        self._router = self._client[stack.database("router")]
        self._settled: set[str] = set()

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def unsettled(self, record: LoadRecord) -> list[str]:
        """Requests still unanswered, or taken but with no final state yet."""
        waiting = []
        for submission in list(record.submissions):
            if submission.key in self._settled:
                continue
            if submission.answered_at is None:
                waiting.append(f"{submission.kind} {submission.key}: in flight")
                continue
            status = self._status(submission)
            if status in FINAL_SESSION or status in FINAL_REPORT:
                self._settled.add(submission.key)
            elif status is None and not submission.accepted:
                self._settled.add(submission.key)  # refused: there is nothing to wait for
            else:
                waiting.append(f"{submission.kind} {submission.key}: {status or 'no trace'}")
        return waiting

    def count(self, record: LoadRecord, messages: list[Message]) -> Tally:
        tally = Tally()
        self._count_sessions(tally, [s for s in record.submissions if s.kind != "report"])
        self._count_reports(tally, [s for s in record.submissions if s.kind == "report"])
        keys = {s.key for s in record.submissions}
        tally.raw_duplicates = raw_duplicates(messages, keys)
        tally.reissued = reissued(messages, keys)
        tally.dead_letters = sum(m.topic.endswith(DEAD_LETTER_SUFFIX) for m in messages)
        return tally

    def busy(self, record: LoadRecord, kind: str, status: str, recent: int = 4) -> int:
        """How many of the latest ``recent`` requests of ``kind`` are in ``status`` now."""
        latest = [s for s in list(record.submissions) if s.kind == kind and s.accepted]
        return sum(self._status(s) == status for s in latest[-recent:])

    def forget(self, record: LoadRecord) -> None:
        """Delete what the scenario stored, so every scenario starts from the same data size."""
        sessions = [s.key for s in record.submissions if s.kind != "report"]
        reports = [s for s in record.submissions if s.kind == "report"]
        for ids in _chunks(sessions):
            self._gateway["sessions"].delete_many({"_id": {"$in": ids}})
            self._gateway["charts"].delete_many({"session_id": {"$in": ids}})
            self._router["conversations"].delete_many({"_id": {"$in": ids}})
        for chunk in _chunks(reports):
            ids = [report_id_for(s.user, s.key) for s in chunk]
            self._gateway["reports"].delete_many({"_id": {"$in": ids}})
            requests = [s.key for s in chunk]
            self._reports["medical_reports"].delete_many({"request_id": {"$in": requests}})

    def session(self, session_id: str) -> dict[str, Any] | None:
        return self._gateway["sessions"].find_one({"_id": session_id})

    def gateway_report(self, request_id: str, user_id: str) -> dict[str, Any] | None:
        return self._gateway["reports"].find_one({"_id": report_id_for(user_id, request_id)})

    def _status(self, submission: Submission) -> str | None:
        if submission.kind == "report":
            doc = self.gateway_report(submission.key, submission.user)
        else:
            doc = self.session(submission.key)
        return doc["status"] if doc else None

    def _count_sessions(self, tally: Tally, submissions: list[Submission]) -> None:
        docs = {
            doc["_id"]: doc
            for doc in self._gateway["sessions"].find(
                {"_id": {"$in": [s.key for s in submissions]}},
                {"status": 1, "error": 1, "messages.kind": 1},
            )
        }
        for submission in submissions:
            doc = docs.get(submission.key)
            outcomes = sum(
                m.get("kind") in OUTCOME_MESSAGES for m in (doc or {}).get("messages", [])
            )
            status = doc["status"] if doc else None
            reason = doc.get("error") if doc else None
            _settle(tally, submission, status, FINAL_SESSION, reason)
            if outcomes > 1:
                tally.duplicated.append(f"session {submission.key}: {outcomes} outcomes")

    def _count_reports(self, tally: Tally, submissions: list[Submission]) -> None:
        ids = {report_id_for(s.user, s.key): s for s in submissions}
        docs = {
            doc["_id"]: doc
            for doc in self._gateway["reports"].find(
                {"_id": {"$in": list(ids)}}, {"status": 1, "reason": 1}
            )
        }
        stored = Counter(
            doc["request_id"]
            for doc in self._reports["medical_reports"].find(
                {"request_id": {"$in": [s.key for s in submissions]}}, {"request_id": 1}
            )
        )
        for report_id, submission in ids.items():
            doc = docs.get(report_id)
            status = doc["status"] if doc else None
            reason = doc.get("reason") if doc else None
            _settle(tally, submission, status, FINAL_REPORT, reason)
            if stored[submission.key] > 1:
                tally.duplicated.append(f"report {submission.key}: {stored[submission.key]}")


def _settle(
    tally: Tally,
    submission: Submission,
    status: str | None,
    finals: dict[str, str],
    reason: str | None,
) -> None:
    if status is None:
        if submission.accepted:
            tally.submitted += 1
            tally.lost.append(f"{submission.kind} {submission.key}: accepted, no trace")
        else:
            tally.refused += 1
        return
    tally.submitted += 1
    outcome = finals.get(status)
    if outcome == "completed":
        tally.completed += 1
    elif outcome == "failed":
        tally.failed += 1
        tally.reasons[reason or "(no reason given)"] += 1
    else:
        tally.lost.append(f"{submission.kind} {submission.key}: still {status}")


def raw_duplicates(messages: Iterable[Message], keys: set[str]) -> int:
    """Result events beyond the first per session or report request, on the wire."""
    seen = Counter(
        (m.event_type, m.subject)
        for m in messages
        if m.event_type in RESULT_EVENTS and m.subject in keys
    )
    return sum(n - 1 for n in seen.values())


def reissued(messages: Iterable[Message], keys: set[str]) -> int:
    """Result events whose CloudEvents id differs from the first one's for the same session
    or report request: a consumer that drops duplicates by ``id`` + ``source`` (as
    docs/kafka-clients.md says) would take these as new answers."""
    ids: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for m in messages:
        if m.event_type in RESULT_EVENTS and m.subject in keys:
            ids.setdefault((m.event_type, m.subject), set()).add(
                (m.headers.get("ce_id", ""), m.headers.get("ce_source", ""))
            )
    return sum(len(found) - 1 for found in ids.values())


def dead_letter_sources(messages: Iterable[Message]) -> set[tuple[str, int, int]]:
    """Where each dead letter came from: (source topic, partition, offset)."""
    return {
        (
            m.headers["medstream_source_topic"],
            int(m.headers["medstream_source_partition"]),
            int(m.headers["medstream_source_offset"]),
        )
        for m in messages
        if m.topic.endswith(DEAD_LETTER_SUFFIX)
    }


def _chunks(items: list[Any], size: int = 200) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
