"""Follows ``medstream.catalog``: the newest warehouse catalog, and each one after it.

The topic is compacted and keyed ``warehouse``, so reading it from the beginning yields the
newest catalog however long ago it was published. The feed reads without a consumer group
(no offsets to commit: every start reads the topic again) and calls ``on_catalog`` for each
catalog newer than the one it holds; the router rebuilds its understanding there, the gateway
serves it at ``GET /api/v1/catalog``.
"""

import asyncio
import contextlib
from collections.abc import Callable

from aiokafka import AIOKafkaConsumer

from medstream_shared.config import MedstreamSettings
from medstream_shared.constants import Topic
from medstream_shared.events.catalog import Catalog
from medstream_shared.events.envelope import InvalidEvent, decode
from medstream_shared.events.models import CatalogChanged
from medstream_shared.logging import get_logger

log = get_logger(__name__)

WAIT_LOG_SECONDS = 10.0


class CatalogFeed:
    def __init__(
        self,
        settings: MedstreamSettings,
        on_catalog: Callable[[Catalog], None] | None = None,
    ) -> None:
        self.topic = settings.topic(Topic.CATALOG)
        self._bootstrap = settings.kafka_bootstrap
        self._on_catalog = on_catalog
        self.latest: Catalog | None = None
        self._arrived = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._consumer: AIOKafkaConsumer | None = None

    async def start(self) -> None:
        self._consumer = AIOKafkaConsumer(
            self.topic,
            bootstrap_servers=self._bootstrap,
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
        )
        await self._consumer.start()
        self._task = asyncio.create_task(self._follow(self._consumer), name="catalog-feed")

    async def wait(self) -> Catalog:
        """The newest catalog, once one has arrived (logs while it waits for analytics)."""
        while True:
            try:
                await asyncio.wait_for(self._arrived.wait(), WAIT_LOG_SECONDS)
            except TimeoutError:
                log.warning("waiting for the warehouse catalog from analytics", topic=self.topic)
                continue
            assert self.latest is not None
            return self.latest

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._consumer is not None:
            await self._consumer.stop()

    def accept(self, catalog: Catalog) -> None:
        """Take a catalog unless it is the one already held (a re-publication on restart)."""
        if self.latest is not None and self.latest.version == catalog.version:
            return
        self.latest = catalog
        if self._on_catalog is not None:
            self._on_catalog(catalog)
        self._arrived.set()
        log.info("warehouse catalog", version=catalog.version, cities=len(catalog.cities))

    async def _follow(self, consumer: AIOKafkaConsumer) -> None:
        async for record in consumer:
            try:
                envelope = decode(record.headers, record.key, record.value)
            except InvalidEvent as exc:
                log.warning("unreadable catalog event skipped", error=str(exc))
                continue
            if isinstance(envelope.data, CatalogChanged):
                self.accept(envelope.data.catalog)
