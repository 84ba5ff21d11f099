"""The reports handler with an in-memory store: idempotency, the input cache, give-up, reject."""

from typing import Any

from aiokafka.structs import ConsumerRecord
from medstream_reports.engine.offline import OfflineReportEngine
from medstream_reports.handlers import ReportHandlers, reject_invalid_request
from medstream_shared.events import models
from medstream_shared.events.models import ReportGenerated

from tests.bus import envelope
from tests.reports.test_engine import EXAMPLE_PATIENT


class MemoryReports:
    """The subset of ``ReportStore`` the handler uses; the input cache is a dict too."""

    def __init__(self) -> None:
        self.reports: dict[str, ReportGenerated] = {}
        self.digests: dict[str, str] = {}
        self.users: set[str] = set()

    async def by_request(self, user_id: str, request_id: str) -> ReportGenerated | None:
        return next(
            (
                r
                for r in self.reports.values()
                if (r.user_id, r.request_id) == (user_id, request_id)
            ),
            None,
        )

    async def by_id(self, report_id: str) -> ReportGenerated | None:
        return self.reports.get(report_id)

    async def ensure_user(self, user_id: str) -> None:
        self.users.add(user_id)

    async def save(
        self, report: ReportGenerated, *, input_digest: str, cached_from: str | None
    ) -> None:
        self.reports[report.report_id] = report

    async def cached_report_id(self, digest: str) -> str | None:
        return self.digests.get(digest)

    async def cache(self, report: ReportGenerated, digest: str) -> None:
        self.digests.setdefault(digest, report.report_id)


def request(
    request_id: str = "req-1", user_id: str = "alice", **changes: Any
) -> models.ReportRequested:
    return models.ReportRequested.model_validate(
        {"request_id": request_id, "user_id": user_id, **EXAMPLE_PATIENT, **changes}
    )


def handlers(store: MemoryReports) -> ReportHandlers:
    return ReportHandlers(store, OfflineReportEngine(), timeout_seconds=10)  # type: ignore[arg-type]


async def test_a_request_is_answered_once_and_a_redelivery_gets_the_same_report() -> None:
    store = MemoryReports()
    [first] = await handlers(store).on_requested(envelope(request()))
    [again] = await handlers(store).on_requested(envelope(request()))

    assert isinstance(first, ReportGenerated) and first == again
    assert len(store.reports) == 1 and store.users == {"alice"}


async def test_the_same_input_is_answered_from_the_cache_for_the_same_user_only() -> None:
    store = MemoryReports()
    [first] = await handlers(store).on_requested(envelope(request("req-1")))
    [second] = await handlers(store).on_requested(envelope(request("req-2")))
    [other] = await handlers(store).on_requested(envelope(request("req-3", user_id="bob")))

    assert isinstance(second, ReportGenerated) and isinstance(other, ReportGenerated)
    assert second.report_id != first.report_id and second.request_id == "req-2"
    assert second.summary == first.summary
    assert other.user_id == "bob" and len(store.reports) == 3


async def test_giving_up_tells_the_requester() -> None:
    [failed] = await handlers(MemoryReports()).on_give_up(envelope(request()), "boom")

    assert isinstance(failed, models.ReportFailed) and failed.request_id == "req-1"
    assert "boom" not in failed.reason  # internal errors are not shown to other backends


def _record(value: bytes) -> ConsumerRecord:
    return ConsumerRecord(
        topic="medstream.reports", partition=0, offset=1, timestamp=0, timestamp_type=0,
        key=b"k", value=value, checksum=None, serialized_key_size=0, serialized_value_size=0,
        headers=[],
    )  # fmt: skip


async def test_an_invalid_request_that_names_itself_is_answered_with_the_reason() -> None:
    [failed] = await reject_invalid_request(
        _record(b'{"request_id": "r-9", "user_id": "alice", "patient": {}}'),
        "patient.age: required",
    )
    nameless = await reject_invalid_request(_record(b'{"user_id": "alice"}'), "bad")
    garbage = await reject_invalid_request(_record(b"\xff not json"), "bad")

    assert isinstance(failed, models.ReportFailed) and failed.request_id == "r-9"
    assert "patient.age: required" in failed.reason
    assert nameless == [] and garbage == []
