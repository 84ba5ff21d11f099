"""Publishing alerts once: a ledger in MongoDB, the shared producer, and a look at the topic.

Faust's own sends are not tied to the offsets of the event that caused them (with
``exactly_once`` a send joins the transaction of its *destination* partition, which commits
with that partition's offsets, or is aborted when nothing else is consumed there; see
docs/surveillance.md), so an alert cannot be made exactly-once inside faust. Instead:

1. the alert is stored under its id (``alert_id_for``: city, group, window, method) unless
   it is there; a stored alert keeps its first content;
2. the end offsets of ``<prefix>alerts`` are noted in it, then the stored alert is published
   with the shared ``EventProducer`` (acks from all in-sync replicas; CloudEvent id and key =
   the alert id) and marked published;
3. a later crossing of the same window finds it published and sends nothing. If the worker
   died between the broker's ack and the mark, the visit is processed again and finds the
   alert unmarked: the topic is read from the noted offsets (only what was published since)
   and, the alert being there, it is marked, not sent again.

So an alert is never lost (it is marked only after the broker's ack) and never repeated.
"""

from typing import Any

import mode
from aiokafka import AIOKafkaConsumer, TopicPartition
from medstream_shared.constants import Topic
from medstream_shared.events.models import SurveillanceAlert
from medstream_shared.kafka.producer import EventProducer
from medstream_shared.logging import get_logger
from medstream_shared.storage import create_mongo_client
from pymongo import ReturnDocument

from medstream_surveillance import metrics
from medstream_surveillance.config import SurveillanceSettings

log = get_logger(__name__)

SOURCE = "/medstream/surveillance"


class AlertPublisher(mode.Service):
    def __init__(self, settings: SurveillanceSettings) -> None:
        super().__init__()
        self.settings = settings
        self.topic = settings.topic(Topic.ALERTS)
        self.producer: EventProducer | None = None
        self.reader: AIOKafkaConsumer | None = None
        self.mongo: Any = None

    async def on_start(self) -> None:
        # Made here, in the worker's event loop, not where the service is built.
        self.mongo = create_mongo_client(self.settings)
        self.producer = EventProducer(self.settings, source=SOURCE)
        await self.producer.start()
        self.reader = AIOKafkaConsumer(
            bootstrap_servers=self.settings.kafka_bootstrap,
            enable_auto_commit=False,
            isolation_level="read_committed",
        )
        await self.reader.start()

    async def on_stop(self) -> None:
        if self.reader is not None:
            await self.reader.stop()
        if self.producer is not None:
            await self.producer.stop()
        if self.mongo is not None:
            await self.mongo.close()

    async def _mark(self, alert_id: str) -> None:
        await self._ledger.update_one({"_id": alert_id}, {"$set": {"published": True}})

    async def _ends(self) -> dict[str, int]:
        """The end offset of each partition of the alerts topic (keys: partition numbers)."""
        assert self.reader is not None
        await self.reader._client.force_metadata_update()
        partitions = self.reader.partitions_for_topic(self.topic) or set()
        ends = await self.reader.end_offsets([TopicPartition(self.topic, p) for p in partitions])
        return {str(tp.partition): offset for tp, offset in ends.items()}

    async def _on_topic(self, alert_id: str, since: dict[str, int]) -> bool:
        """Whether the alert was published after the offsets ``since`` (read_committed)."""
        assert self.reader is not None
        key = alert_id.encode()
        ends = {int(p): offset for p, offset in (await self._ends()).items()}
        starts = {int(p): offset for p, offset in since.items()}
        pending = {
            TopicPartition(self.topic, p) for p, end in ends.items() if end > starts.get(p, 0)
        }
        self.reader.assign(list(pending))
        for tp in pending:
            self.reader.seek(tp, starts.get(tp.partition, 0))
        while pending:
            batches = await self.reader.getmany(*pending, timeout_ms=1000)
            for tp, records in batches.items():
                if any(record.key == key for record in records):
                    return True
                if await self.reader.position(tp) >= ends[tp.partition]:
                    pending.discard(tp)
            if not batches:
                break
        return False

    @property
    def _ledger(self) -> Any:
        return self.mongo[self.settings.mongo_database]["alerts"]

    async def publish(self, alert: SurveillanceAlert) -> bool:
        """Publish ``alert`` unless its window has had it; returns whether it was sent."""
        stored = await self._ledger.find_one_and_update(
            {"_id": alert.alert_id},
            {"$setOnInsert": {"alert": alert.model_dump(mode="json"), "published": False}},
            upsert=True,
            return_document=ReturnDocument.AFTER,
        )
        if stored["published"]:
            return False
        first = SurveillanceAlert.model_validate(stored["alert"])
        if stored.get("from") and await self._on_topic(first.alert_id, stored["from"]):
            await self._mark(first.alert_id)
            log.info("alert found published before a restart", alert_id=first.alert_id)
            return False
        ends = await self._ends()
        await self._ledger.update_one({"_id": first.alert_id}, {"$set": {"from": ends}})
        assert self.producer is not None, "publish() before start"
        await self.producer.publish(first, event_id=first.alert_id)
        await self._mark(first.alert_id)
        metrics.ALERTS_RAISED.labels(group=first.group, method=first.method).inc()
        log.info(
            "alert raised",
            alert_id=first.alert_id,
            group=first.group,
            window_start=str(first.window_start),
            window_end=str(first.window_end),
            observed=first.observed,
            threshold=round(first.threshold, 3),
            method=first.method,
        )
        return True
