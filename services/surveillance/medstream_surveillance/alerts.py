"""Publishing alerts once: a ledger in MongoDB, then the shared producer.

Faust's own sends are not tied to the offsets of the event that caused them (with
``exactly_once`` a send joins the transaction of its *destination* partition, which commits
with that partition's offsets, or is aborted when nothing else is consumed there; see
docs/surveillance.md), so an alert cannot be made exactly-once inside faust. Instead:

1. ``claim`` stores the alert under its id (``alert_id_for``: city, group, window, method)
   unless it is there; a stored alert keeps its first content;
2. the stored alert is published with the shared ``EventProducer`` (acks from all in-sync
   replicas, idempotent) and the CloudEvent id is the alert id;
3. it is marked published; a later crossing of the same window finds it and sends nothing.

A crash between 2 and 3 sends the same alert again (same id, same content) when the visit is
processed again; consumers dedup by id. No other path repeats or loses one.
"""

from typing import Any

import mode
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
        self.producer: EventProducer | None = None
        self.mongo: Any = None

    async def on_start(self) -> None:
        # Made here, in the worker's event loop, not where the service is built.
        self.mongo = create_mongo_client(self.settings)
        self.producer = EventProducer(self.settings, source=SOURCE)
        await self.producer.start()

    async def on_stop(self) -> None:
        if self.producer is not None:
            await self.producer.stop()
        if self.mongo is not None:
            await self.mongo.close()

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
        assert self.producer is not None, "publish() before start"
        await self.producer.publish(first, event_id=first.alert_id)
        await self._ledger.update_one({"_id": first.alert_id}, {"$set": {"published": True}})
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
