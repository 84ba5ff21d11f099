"""Creates the contract's topics idempotently with the Kafka admin client."""

from aiokafka import TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from medstream_shared.config import MedstreamSettings
from medstream_shared.constants import COMPACTED_TOPICS
from medstream_shared.logging import get_logger

log = get_logger(__name__)

# Kafka is the source of truth: `medstream replay` rebuilds the gateway's read model from
# the topics it projects (every contract topic, tasks.analytics included), so they keep their
# whole history. Dead letters are for an operator to inspect and re-drive within weeks.
RETENTION_MS = "-1"
DEAD_LETTER_RETENTION_MS = str(30 * 24 * 3600 * 1000)


async def ensure_topics(settings: MedstreamSettings) -> list[str]:
    """Create every missing topic (and its dead-letter topic); returns the names created.

    Does nothing when ``create_topics`` is off: then the operator's declarations (the
    Strimzi ``KafkaTopic`` resources in deploy/k8s) own the topics.
    """
    if not settings.create_topics:
        return []
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = []
        for name in settings.all_topics():
            if name in existing:
                continue
            is_dead_letter = name.endswith(".dlq")
            compacted = name in {settings.topic(t) for t in COMPACTED_TOPICS}
            wanted.append(
                NewTopic(
                    name=name,
                    num_partitions=settings.topic_partitions,
                    replication_factor=settings.topic_replication,
                    topic_configs={"cleanup.policy": "compact"}
                    if compacted
                    else {
                        "retention.ms": DEAD_LETTER_RETENTION_MS if is_dead_letter else RETENTION_MS
                    },
                )
            )
        created = []
        for topic in wanted:
            try:
                await admin.create_topics([topic])
                created.append(topic.name)
            except TopicAlreadyExistsError:
                pass
        if created:
            log.info("topics created", topics=created)
        return created
    finally:
        await admin.close()


def main() -> None:
    import asyncio

    from medstream_shared.logging import configure_logging

    settings = MedstreamSettings()
    configure_logging("admin", settings.log_level)
    created = asyncio.run(ensure_topics(settings))
    print(f"topics ready ({len(created)} created)")


if __name__ == "__main__":
    main()


async def topic_partitions(settings: MedstreamSettings, topics: list[str]) -> list[TopicPartition]:
    """Every partition of the named topics that exist (missing topics are skipped)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap)
    await admin.start()
    try:
        described = await admin.describe_topics(topics)
    finally:
        await admin.close()
    return sorted(
        TopicPartition(topic["topic"], partition["partition"])
        for topic in described
        if not topic.get("error_code")
        for partition in topic["partitions"]
    )
