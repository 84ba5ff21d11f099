"""Consumer-group lag as an operator sees it: committed offsets against end offsets.

Used by the gateway's ``/health`` (the "queue sizes" of each service) and by its
backpressure check.
"""

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from medstream_shared.config import MedstreamSettings


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

    async def group_lag(self, group_id: str) -> dict[str, int]:
        """Messages not yet committed by ``group_id``, per topic it has committed on."""
        committed = await self.admin.list_consumer_group_offsets(group_id)
        partitions = [tp for tp in committed if tp.topic.startswith(self._settings.topic_prefix)]
        if not partitions:
            return {}
        ends = await self._offsets.end_offsets(partitions)
        lag: dict[str, int] = {}
        for tp in partitions:
            behind = max(ends.get(tp, 0) - max(committed[tp].offset, 0), 0)
            lag[tp.topic] = lag.get(tp.topic, 0) + behind
        return lag

    async def services_lag(self, services: tuple[str, ...]) -> dict[str, dict[str, int]]:
        groups = {service: self._settings.consumer_group(service) for service in services}
        return {service: await self.group_lag(group) for service, group in groups.items()}


__all__ = ["LagReader", "TopicPartition"]
