"""Faults on a three-broker KRaft cluster: what a replicated production Kafka promises.

The suite runs on its own cluster (``deploy/local/infra.sh start kafka-cluster``: three
combined broker/controller nodes, replication factor 3, ``min.insync.replicas=2``) with a
stack of its own whose topics are created with replication 3; the producers are idempotent
with ``acks=all``. Two scenarios under the usual load: kill -9 of the leader of the
requests topic's first partition, and a rolling restart of all three brokers, each waiting
until every partition is fully replicated again. Both must lose nothing and duplicate
nothing; the notes record how long the gateway stopped accepting.
"""

import asyncio
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from medstream_shared.constants import Topic

from tests.harness import USERS, running
from tests.reliability.faults import FaultContext
from tests.reliability.scenarios import ScenarioResult, ScenarioRunner
from tests.reliability.test_faults import assert_reliable
from tests.stack import Stack, build_stack

pytestmark = [pytest.mark.integration, pytest.mark.reliability, pytest.mark.timeout(300)]

INFRA = Path(__file__).resolve().parents[2] / "deploy" / "local" / "infra.sh"
FIRST_PORT = int(os.environ.get("MEDSTREAM_KAFKA_CLUSTER_PORT", "9192"))
NODES = (1, 2, 3)
BOOTSTRAP = ",".join(f"127.0.0.1:{FIRST_PORT + node - 1}" for node in NODES)
SETTLE_SECONDS = 90.0


@pytest.fixture(scope="module")
def cluster_state(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh three-node cluster; its data, logs and pid files live in a temporary folder."""
    state = tmp_path_factory.mktemp("kafka-cluster")
    _infra("start", state)
    try:
        _wait(lambda: len(_describe_brokers()) == len(NODES), "three brokers registered")
        yield state
    finally:
        _infra("stop", state)


@pytest.fixture(scope="module")
def cluster_stack(
    cluster_state: Path, warehouse: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Stack]:
    keys = ",".join(f"{user}:{key}" for user, key in USERS.items())
    stack = build_stack(
        tmp_path_factory.mktemp("cluster-logs"),
        warehouse=warehouse,
        api_keys=keys,
        extra_env={"MEDSTREAM_KAFKA_BOOTSTRAP": BOOTSTRAP, "MEDSTREAM_TOPIC_REPLICATION": "3"},
    )
    with running(stack):
        yield stack


@pytest.fixture
def cluster_scenarios(
    cluster_stack: Stack, reliability_results: list[ScenarioResult]
) -> ScenarioRunner:
    return ScenarioRunner(cluster_stack, reliability_results)


def test_the_topics_are_replicated_three_times(cluster_stack: Stack) -> None:
    topic = f"{cluster_stack.topic_prefix}{Topic.REQUESTS.value}"

    partitions = _partitions(topic)

    assert partitions and all(len(p["replicas"]) == 3 for p in partitions), partitions


def test_the_partition_leader_killed_under_load(
    cluster_scenarios: ScenarioRunner, cluster_stack: Stack, cluster_state: Path
) -> None:
    topic = f"{cluster_stack.topic_prefix}{Topic.REQUESTS.value}"

    def fault(ctx: FaultContext) -> None:
        leader = next(p["leader"] for p in _partitions(topic) if p["partition"] == 0)
        os.kill(_pid(cluster_state, leader), signal.SIGKILL)
        killed = time.monotonic()
        ctx.note(f"kill -9 broker {leader}, the leader of {topic} partition 0")
        _wait(lambda: _leader(topic, 0) not in (leader, -1), "a new leader elected")
        ctx.note(f"new leader {_leader(topic, 0)} after {time.monotonic() - killed:.1f} s")
        time.sleep(3.0)  # the load runs on two brokers for a while
        _infra("start", cluster_state)
        _wait(lambda: _fully_replicated(topic), "the restarted broker back in sync")
        ctx.note(f"broker {leader} back in sync {time.monotonic() - killed:.1f} s after the kill")

    result = cluster_scenarios.run("cluster-leader", "3 brokers: kill -9 of a leader", fault)
    _note_pause(result)

    assert_reliable(result)


def test_a_rolling_restart_of_every_broker(
    cluster_scenarios: ScenarioRunner, cluster_stack: Stack, cluster_state: Path
) -> None:
    topic = f"{cluster_stack.topic_prefix}{Topic.REQUESTS.value}"

    def fault(ctx: FaultContext) -> None:
        began = time.monotonic()
        for node in NODES:
            pid = _pid(cluster_state, node)
            os.kill(pid, signal.SIGTERM)
            _wait(lambda pid=pid: not _alive(pid), f"broker {node} stopped")
            _infra("start", cluster_state)
            _wait(lambda: _fully_replicated(topic), f"broker {node} back in sync")
            ctx.note(f"broker {node} restarted and in sync at +{time.monotonic() - began:.1f} s")

    result = cluster_scenarios.run("cluster-rolling", "3 brokers: rolling restart", fault)
    _note_pause(result)

    assert_reliable(result)


def _note_pause(result: ScenarioResult) -> None:
    """The longest wait for an accepted request (how long producing stalled)."""
    accepted = [s for s in result.record.submissions if s.accepted and s.answered_at]
    if accepted:
        slowest = max(s.answered_at - s.sent_at for s in accepted if s.answered_at)
        result.notes.append(f"slowest accepted request: {slowest:.1f} s from send to 202")


def _infra(action: str, state: Path) -> None:
    env = {**os.environ, "MEDSTREAM_STATE_DIR": str(state)}
    subprocess.run(["bash", str(INFRA), action, "kafka-cluster"], check=True, timeout=180, env=env)


def _pid(state: Path, node: int) -> int:
    return int((state / "run" / f"kafka-cluster-{node}.pid").read_text())


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _wait(condition: object, what: str) -> None:
    deadline = time.monotonic() + SETTLE_SECONDS
    while time.monotonic() < deadline:
        try:
            if condition():  # type: ignore[operator]
                return
        except Exception:  # the cluster may not answer while it changes
            pass
        time.sleep(0.5)
    raise AssertionError(f"not within {SETTLE_SECONDS:.0f} s: {what}")


def _admin_call(call: str, *args: object) -> object:
    async def run() -> object:
        admin = AIOKafkaAdminClient(bootstrap_servers=BOOTSTRAP, request_timeout_ms=5000)
        await admin.start()
        try:
            return await getattr(admin, call)(*args)
        finally:
            await admin.close()

    return asyncio.run(run())


def _describe_brokers() -> list[object]:
    described = _admin_call("describe_cluster")
    return list(described["brokers"])  # type: ignore[index]


def _partitions(topic: str) -> list[dict[str, object]]:
    [described] = _admin_call("describe_topics", [topic])  # type: ignore[misc]
    return list(described["partitions"])


def _leader(topic: str, partition: int) -> int:
    return int(next(p["leader"] for p in _partitions(topic) if p["partition"] == partition))


def _fully_replicated(topic: str) -> bool:
    return all(len(p["isr"]) == len(NODES) for p in _partitions(topic))
