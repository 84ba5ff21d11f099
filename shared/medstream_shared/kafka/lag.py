"""Consumer-group lag as an operator sees it: committed offsets against end offsets.

Used by the gateway's ``/health`` (the "queue sizes" of each service) and by its
backpressure check. Every partition of the group's topics counts, including ones the
group has never committed on (from the start of the retained log).
"""

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from medstream_shared.config import MedstreamSettings
from medstream_shared.constants import SERVICE_TOPICS, Topic


class LagReader:
    def __init__(self, settings: MedstreamSettings) -> None:
        self._settings = settings
        self.admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap)
        self._offsets = AIOKafkaConsumer(
            bootstrap_servers=settings.kafka_bootstrap, enable_auto_commit=False
        )

    async def start(self) -> None:
        await self.admin.start()
        await self._offsets.start()

    async def close(self) -> None:
        await self._offsets.stop()
        await self.admin.close()

    async def group_lag(self, group_id: str, topics: tuple[Topic, ...]) -> dict[str, int]:
        """Messages not yet committed by ``group_id``, per topic."""
        names = [self._settings.topic(t) for t in topics]
        described = await self.admin.describe_topics(names)
        partitions = [
            TopicPartition(topic["topic"], p["partition"])
            for topic in described
            if not topic.get("error_code")
            for p in topic["partitions"]
        ]
        if not partitions:
            return {}
        committed = await self.admin.list_consumer_group_offsets(group_id, partitions=partitions)
        ends = await self._offsets.end_offsets(partitions)
        starts = await self._offsets.beginning_offsets(partitions)
        lag = dict.fromkeys(names, 0)
        for tp in partitions:
            position = committed[tp].offset if tp in committed else -1
            lag[tp.topic] += max(ends[tp] - max(position, starts[tp]), 0)
        return lag

    async def services_lag(self, services: tuple[str, ...]) -> dict[str, dict[str, int]]:
        return {
            service: await self.group_lag(
                self._settings.consumer_group(service), SERVICE_TOPICS[service]
            )
            for service in services
        }
