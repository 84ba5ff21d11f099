"""The topics faust keeps for the app, besides the suite's ``visits`` and ``alerts``.

Their names follow from the app id ``<prefix>surveillance``: one changelog per table, the
by-city topic between the two agents and faust's assignor topic. Faust creates them when
they are missing, with these settings; the Helm chart declares the same ones as Strimzi
KafkaTopics (tests/deploy checks the two agree).
"""

import asyncio
import contextlib
import time
from dataclasses import dataclass

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

DAY_MS = 86_400_000
REPARTITION_RETENTION_MS = 7 * DAY_MS
"""The by-city topic only carries visits between the two agents: a week is ample."""

WINDOWED_TABLES = ("daily", "reported")
BY_CITY = "visits-by-city"
ASSIGNOR = "__assignor-__leader"


@dataclass(frozen=True, slots=True)
class InternalTopic:
    name: str
    partitions: int
    cleanup_policy: str
    retention_ms: int | None


def internal_topics(app_id: str, partitions: int, retention_days: int) -> list[InternalTopic]:
    """What faust creates: the windowed tables' changelogs compacted and expired with their
    windows, the by-city topic deleted after a week, the assignor's one-partition topic."""
    windows_ms = retention_days * DAY_MS
    return [
        *(
            InternalTopic(f"{app_id}-{table}-changelog", partitions, "compact,delete", windows_ms)
            for table in WINDOWED_TABLES
        ),
        InternalTopic(f"{app_id}-{BY_CITY}", partitions, "delete", REPARTITION_RETENTION_MS),
        InternalTopic(f"{app_id}-{ASSIGNOR}", 1, "delete", REPARTITION_RETENTION_MS),
    ]


async def ensure_internal_topics(
    bootstrap: str, topics: list[InternalTopic], replication: int, *, wait_seconds: float = 60
) -> list[str]:
    """Create the missing ones, then wait until every one has a leader for each partition.

    Faust would create them itself, but concurrently with its first rebalance: its assignor
    then skips the topics not yet in the cluster's metadata ("Ignoring missing topic") and the
    by-city partitions stay unassigned, so the counting agent never runs. Created (or
    declared by Strimzi) and visible beforehand, they are assigned from the first generation.
    """
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        created = []
        for topic in topics:
            if topic.name in existing:
                continue
            configs = {"cleanup.policy": topic.cleanup_policy}
            if topic.retention_ms is not None:
                configs["retention.ms"] = str(topic.retention_ms)
            new = NewTopic(topic.name, topic.partitions, replication, topic_configs=configs)
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics([new])
                created.append(topic.name)
        deadline = time.monotonic() + wait_seconds
        while not await _all_led(admin, topics):
            if time.monotonic() > deadline:
                raise TimeoutError(f"faust's topics have no leaders after {wait_seconds:.0f} s")
            await asyncio.sleep(0.2)
        return created
    finally:
        await admin.close()


async def _all_led(admin: AIOKafkaAdminClient, topics: list[InternalTopic]) -> bool:
    described = await admin.describe_topics([t.name for t in topics])
    wanted = {t.name: t.partitions for t in topics}
    led = {
        d["topic"]: sum(1 for p in d["partitions"] if p["leader"] >= 0)
        for d in described
        if not d.get("error_code")
    }
    return all(led.get(name, 0) >= partitions for name, partitions in wanted.items())
