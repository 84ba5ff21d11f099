"""Fault injection under steady load: nothing lost, nothing duplicated, poison dead-lettered.

Each test is one scenario of issue 6 against the session's real stack; see
:mod:`tests.reliability.scenarios` for the timeline and :mod:`tests.reliability.ledger` for
what is counted. Faults on shared infrastructure restart it in ``finally``.
"""

import contextlib
import json
import time
import uuid

import httpx
import pytest
from medstream_shared.constants import SERVICE_TOPICS
from redis import Redis

from tests.harness import REDIS, client_for
from tests.reliability.faults import (
    FaultContext,
    kill_and_restart,
    kill_replica_while_streaming,
    stop_infra,
)
from tests.reliability.ledger import Ledger, dead_letter_sources
from tests.reliability.load import LoadOptions
from tests.reliability.scenarios import Fault, ScenarioResult, ScenarioRunner
from tests.reliability.streams import missed_updates
from tests.reliability.topics import Marks, committed, mark
from tests.stack import Stack

pytestmark = [pytest.mark.integration, pytest.mark.reliability, pytest.mark.timeout(300)]

OUTAGE_SECONDS = 20.0
MONGO_CONSUMERS = ("gateway", "router", "reports")  # analytics never touches MongoDB
POISON_SECONDS = 25.0
MIN_SUBMITTED = 20
STREAM_KEY = "medstream:gateway:session-stream:{session_id}"


def assert_reliable(
    result: ScenarioResult, *, poison: bool = False, max_refused_share: float = 0.0
) -> None:
    """``max_refused_share``: the share of requests the fault may refuse (told so, nothing
    recorded); only a broker outage longer than a producer's ack wait may refuse any."""
    tally, why = result.tally, result.failure_message()
    assert tally.submitted >= MIN_SUBMITTED, f"too little load to judge: {why}"
    assert result.drained and not tally.lost, f"lost requests: {why}"
    assert not tally.duplicated, f"duplicated results: {why}"
    assert not tally.reissued, f"result events repeated under a new id: {why}"
    attempted = tally.submitted + tally.refused
    assert tally.refused <= max_refused_share * attempted, f"too many refused: {why}"
    assert not result.crashed, f"services crashed: {why}"
    if not poison:  # a transient fault is waited out, never dead-lettered
        assert tally.dead_letters == 0, f"unexpected dead letters: {why}"


def test_analytics_killed_mid_work(scenarios: ScenarioRunner) -> None:
    fault = killed_while_busy("analytics", "question", "query_processing")

    assert_reliable(scenarios.run("analytics", "kill -9 analytics mid-work", fault))


def test_router_killed(scenarios: ScenarioRunner) -> None:
    fault = killed_while_busy("router", "question", "router_processing")

    assert_reliable(scenarios.run("router", "kill -9 router", fault))


def test_reports_killed(scenarios: ScenarioRunner) -> None:
    fault = killed_while_busy("reports", "report", "pending")

    assert_reliable(scenarios.run("reports", "kill -9 reports", fault))


def test_kafka_broker_restarted(scenarios: ScenarioRunner) -> None:
    """Down longer than a producer waits for an ack (15 s), so some requests are refused."""

    def fault(ctx: FaultContext) -> None:
        stop_infra(ctx, "kafka", OUTAGE_SECONDS)

    title = f"restart of the Kafka broker, down {OUTAGE_SECONDS:.0f} s"
    assert_reliable(scenarios.run("kafka", title, fault), max_refused_share=0.25)


def test_mongodb_stopped(scenarios: ScenarioRunner, stack: Stack) -> None:
    """MongoDB down: the gateway still accepts every question and report request (Kafka is
    the source of truth); consumers pause on the work in hand and commit nothing past it."""
    samples: list[dict[str, tuple[Marks, Marks]]] = []
    reads: list[tuple[int, str | None]] = []

    def probe() -> None:
        _wait_until_reported_down(stack, "mongodb")
        samples.append(_positions(stack, MONGO_CONSUMERS))
        with client_for(stack, "alice") as alice:
            accepted = alice.post("/api/v1/queries", json={"question": "Visits in Kazan in 2024"})
            session = alice.get(f"/api/v1/sessions/{accepted.json()['session_id']}")
            unknown = alice.get(f"/api/v1/sessions/{uuid.uuid4().hex}")
        reads.append((accepted.status_code, None))
        reads.append((session.status_code, session.json().get("status")))
        reads.append((unknown.status_code, None))
        time.sleep(OUTAGE_SECONDS - 5.0)
        samples.append(_positions(stack, MONGO_CONSUMERS))

    def fault(ctx: FaultContext) -> None:
        stop_infra(ctx, "mongo", OUTAGE_SECONDS, during=probe)
        waiting = sum(
            ends[tp] - offsets[tp] for offsets, ends in samples[-1].values() for tp in ends
        )
        ctx.note(f"{waiting} message(s) waited for MongoDB, none committed meanwhile")

    result = scenarios.run("mongo", f"MongoDB stopped for {OUTAGE_SECONDS:.0f} s", fault)

    assert_reliable(result)
    assert result.outage is not None
    start, end = result.outage
    during = [s for s in result.record.submissions if start <= s.sent_at <= end]
    refused = [(s.kind, s.status) for s in during if not s.accepted]
    assert during and not refused, f"refused without MongoDB: {refused}"  # Kafka-first
    # accepted, then readable as accepted (not 404); an id nobody recorded: 503, not 404
    assert reads == [(202, None), (202, "created"), (503, None)], reads
    first, last = samples
    for group in MONGO_CONSUMERS:
        assert first[group][0] == last[group][0], f"{group} committed during the outage"


def test_redis_stopped(scenarios: ScenarioRunner, stack: Stack) -> None:
    """Redis down: the gateway keeps accepting and serving; live updates fall back to polling."""

    readiness: list[int] = []

    def probe() -> None:
        _wait_until_reported_down(stack, "redis")
        readiness.append(httpx.get(f"{stack.gateway_url}/health/ready", timeout=10).status_code)
        with client_for(stack, "alice") as alice:
            readiness.append(alice.get("/api/v1/sessions", params={"limit": 5}).status_code)

    def fault(ctx: FaultContext) -> None:
        stop_infra(ctx, "redis", OUTAGE_SECONDS, during=probe)
        ctx.note(f"during the outage: /health/ready and a session list answered {readiness}")

    options = LoadOptions(stream_urls=(stack.gateway_url,))
    result = scenarios.run("redis", f"Redis stopped for {OUTAGE_SECONDS:.0f} s", fault, options)

    assert_reliable(result)
    assert readiness == [200, 200], f"ready and serving without Redis? {readiness}"
    assert result.outage is not None
    start, end = result.outage
    during = [s for s in result.record.submissions if start <= s.sent_at <= end]
    refused = [(s.kind, s.status) for s in during if not s.accepted]
    assert during and not refused, f"refused without Redis: {refused}"
    unfinished = [r.session_id for r in result.record.streams if not r.final]
    assert not unfinished, f"live updates stopped short of the answer: {unfinished}"


def test_poison_messages_are_dead_lettered(scenarios: ScenarioRunner, stack: Stack) -> None:
    options = LoadOptions(poison_every=20, poison_topic=f"{stack.topic_prefix}requests")

    result = scenarios.run(
        "poison", "5 % poison messages on requests", _poison_for_a_while, options
    )

    assert_reliable(result, poison=True)
    poison = result.record.poison
    assert poison, "no poison message was sent"
    sources = dead_letter_sources(result.messages)
    sent = {(p.topic, p.partition, p.offset) for p in poison}
    assert sent <= sources, f"not dead-lettered: {sorted(sent - sources)}"
    assert sources <= sent, f"dead letters that are not poison: {sorted(sources - sent)}"
    with Ledger(stack) as ledger:
        for message in poison:
            if message.kind == "invalid-report":  # the sender named a request: it hears why
                report = ledger.gateway_report(message.subject, "mallory")
                assert report is not None and report["status"] == "failed", report
                assert "invalid report request" in report["reason"], report
            else:  # no session is made of an invalid event; if one were, it would say why
                session = ledger.session(message.subject)
                assert session is None or (session["status"] == "error" and session["error"])
    kinds = ", ".join(sorted({p.kind for p in poison}))
    result.notes.append(
        f"{len(poison)} poison messages ({kinds}), all in requests.dlq "
        f"({result.tally.dead_letters} letters: each consumer group that reads one records it)"
    )


def test_gateway_replica_killed_while_streaming(scenarios: ScenarioRunner, stack: Stack) -> None:
    """Clients streaming from a replica that dies resume on another one and miss nothing."""
    replica = stack.add_replica("gateway")
    stack.start(replica)
    try:
        stack.wait_ready(replica)
        options = LoadOptions(stream_urls=(stack.services[replica].url, stack.gateway_url))

        def fault(ctx: FaultContext) -> None:
            kill_replica_while_streaming(ctx, replica)

        result = scenarios.run("gateway", "kill -9 of a gateway replica (SSE)", fault, options)
    finally:
        stack.stop(replica)

    assert_reliable(result)
    streams = result.record.streams
    assert any(r.cuts for r in streams), "no stream was cut by the kill"
    with Redis.from_url(REDIS) as redis:
        for record in streams:
            entries = redis.xrange(STREAM_KEY.format(session_id=record.session_id))
            stream = [(i.decode(), json.loads(f[b"view"])["status"]) for i, f in entries]
            assert record.final, f"stream of {record.session_id} never ended: {record}"
            assert not missed_updates(record, stream), f"missed updates: {record} vs {stream}"
    cut = sum(1 for r in streams if r.cuts)
    result.notes.append(f"{len(streams)} clients streamed, {cut} cut and resumed, none missed any")


def _positions(stack: Stack, services: tuple[str, ...]) -> dict[str, tuple[Marks, Marks]]:
    """Per service: its consumer group's committed offsets and the topics' end offsets."""
    positions = {}
    for service in services:
        ends = mark([f"{stack.topic_prefix}{topic.value}" for topic in SERVICE_TOPICS[service]])
        positions[service] = (committed(f"{stack.topic_prefix}{service}", ends), ends)
    return positions


def killed_while_busy(service: str, kind: str, status: str) -> Fault:
    """kill -9 ``service`` once one of the latest ``kind`` requests is ``status`` (its work)."""

    def fault(ctx: FaultContext) -> None:
        kill_and_restart(ctx, service, lambda: ctx.ledger.busy(ctx.load.record, kind, status))

    return fault


def _poison_for_a_while(ctx: FaultContext) -> None:
    """The poison rides in the load itself; long enough for one message of each kind."""
    time.sleep(POISON_SECONDS)
    ctx.note(f"{len(ctx.load.record.poison)} poison messages sent so far")


def _wait_until_reported_down(stack: Stack, component: str, timeout: float = 15.0) -> None:
    """Until the gateway's /health sees the outage (its calls to it have failed)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(httpx.HTTPError, ValueError, KeyError):
            health = httpx.get(f"{stack.gateway_url}/health", timeout=5).json()
            if health["components"][component]["status"] != "up":
                return
        time.sleep(0.2)
    raise AssertionError(f"the gateway did not notice {component} was down in {timeout:.0f} s")
