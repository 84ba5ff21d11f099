"""Everything the gateway opens at start-up and closes at shutdown.

The projector consumes through the shared worker lifecycle (``Consumption``), the same
start-up, drain and stop as router, analytics and reports; only the process around it
differs (uvicorn serves the API, its lifespan runs the consumption).
"""

import asyncio
import contextlib
from dataclasses import dataclass, field
from datetime import date

from medstream_shared.constants import SERVICE_TOPICS
from medstream_shared.kafka.catalog_feed import CatalogFeed
from medstream_shared.kafka.lag import LagReader
from medstream_shared.kafka.producer import EventProducer
from medstream_shared.storage import create_mongo_client, create_redis
from medstream_shared.worker import Consumption, WorkerContext, WorkerSpec
from pymongo import AsyncMongoClient
from redis.asyncio import Redis

from medstream_gateway.charts.images import ChartImages
from medstream_gateway.charts.render import ChartRenderer
from medstream_gateway.core.config import GatewaySettings
from medstream_gateway.core.security import Authenticator
from medstream_gateway.guards.api_keys import ApiKeyStore
from medstream_gateway.guards.backpressure import Backpressure
from medstream_gateway.guards.idempotency import IdempotencyKeys
from medstream_gateway.guards.ratelimit import RateLimiter
from medstream_gateway.live.updates import LiveUpdates
from medstream_gateway.readmodel.accepted import Accepted
from medstream_gateway.readmodel.alerts import AlertStore
from medstream_gateway.readmodel.metrics import OpenAlertsGauge
from medstream_gateway.readmodel.projector import (
    AlertProjector,
    ReportProjector,
    SessionProjector,
)
from medstream_gateway.readmodel.reports import ReportReadModel
from medstream_gateway.readmodel.sessions import SessionStore


@dataclass
class GatewayState:
    settings: GatewaySettings
    mongo: AsyncMongoClient
    redis: Redis
    producer: EventProducer
    lag: LagReader
    live: LiveUpdates
    store: SessionStore
    charts: ChartImages
    reports: ReportReadModel
    api_keys: ApiKeyStore
    authenticator: Authenticator
    rate_limiter: RateLimiter
    backpressure: Backpressure
    idempotency: IdempotencyKeys
    projection: Consumption
    accepted_sessions: Accepted
    accepted_reports: Accepted
    catalog: CatalogFeed
    alerts: AlertStore
    open_alerts: OpenAlertsGauge
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    projection_task: asyncio.Task[None] | None = None

    @classmethod
    def build(cls, settings: GatewaySettings) -> "GatewayState":
        mongo = create_mongo_client(settings)
        db = mongo[settings.mongo_database]
        redis = create_redis(settings)
        live = LiveUpdates(redis, ttl_seconds=settings.live_stream_ttl_seconds)
        store = SessionStore(db, on_change=live.publish)
        reports = ReportReadModel(db, redis)
        api_keys = ApiKeyStore(db)
        lag = LagReader(settings)
        catalog = CatalogFeed(settings)
        # Each stored alert refreshes the gauge at once; the samplers refresh it as data ages.
        alerts = AlertStore(db, on_change=lambda: open_alerts.changed())
        open_alerts = OpenAlertsGauge(alerts, lambda: catalog_last_date(catalog))
        producer = EventProducer(settings, source="/medstream/gateway")
        projectors = WorkerSpec(
            SERVICE_TOPICS["gateway"],
            lambda _: [
                *SessionProjector(store).subscriptions(),
                *ReportProjector(reports).subscriptions(),
                *AlertProjector(alerts).subscriptions(),
            ],
        )
        context = WorkerContext(settings, producer, mongo, db, redis)
        return cls(
            settings=settings,
            mongo=mongo,
            redis=redis,
            producer=producer,
            lag=lag,
            live=live,
            store=store,
            charts=ChartImages(store, ChartRenderer()),
            reports=reports,
            api_keys=api_keys,
            authenticator=Authenticator(settings, api_keys),
            rate_limiter=RateLimiter(
                redis,
                rate_per_second=settings.rate_limit_per_second,
                burst=settings.rate_limit_burst,
            ),
            backpressure=Backpressure(lag, max_lag=settings.backpressure_max_lag),
            idempotency=IdempotencyKeys(db),
            projection=Consumption(settings, projectors, context),
            accepted_sessions=Accepted(redis, f"{settings.topic_prefix}accepted:session:"),
            accepted_reports=Accepted(redis, f"{settings.topic_prefix}accepted:report:"),
            catalog=catalog,
            alerts=alerts,
            open_alerts=open_alerts,
        )

    async def start(self) -> None:
        await self.store.ensure_indexes()
        await self.reports.ensure_indexes()
        await self.alerts.ensure_indexes()
        await self.api_keys.ensure_indexes()
        await self.lag.start()
        await self.producer.start()
        consumer = await self.projection.start()
        # Partitions moving means another gateway may project these sessions meanwhile.
        consumer.on_rebalance(self.store.recent.forget_all)
        await self.catalog.start()
        self.projection_task = asyncio.create_task(self.projection.run(self.stop))

    async def close(self) -> None:
        self.stop.set()
        if self.projection_task is not None:
            with contextlib.suppress(asyncio.TimeoutError):
                # run() drains within the grace itself; this bounds a stuck drain too
                await asyncio.wait_for(
                    self.projection_task, self.settings.shutdown_grace_seconds + 1
                )
        await self.projection.stop()
        await self.open_alerts.close()
        await self.charts.close()
        await self.catalog.stop()
        await self.producer.stop()
        await self.lag.close()
        await self.redis.aclose()
        await self.mongo.close()


def catalog_last_date(catalog: CatalogFeed) -> date | None:
    """The newest visit day of the served warehouse, once analytics has published it."""
    latest = catalog.latest
    return latest.last_date if latest is not None else None
