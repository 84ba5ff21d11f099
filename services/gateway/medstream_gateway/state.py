"""Everything the gateway opens at start-up and closes at shutdown."""

import asyncio
import contextlib
from dataclasses import dataclass, field

from medstream_shared.constants import SERVICE_TOPICS
from medstream_shared.kafka.admin import ensure_topics
from medstream_shared.kafka.consumer import EventConsumer
from medstream_shared.kafka.lag import LagReader
from medstream_shared.kafka.producer import EventProducer
from medstream_shared.storage import create_mongo_client, create_redis
from pymongo import AsyncMongoClient
from redis.asyncio import Redis

from medstream_gateway.core.config import GatewaySettings
from medstream_gateway.core.security import Authenticator
from medstream_gateway.guards.api_keys import ApiKeyStore
from medstream_gateway.guards.backpressure import Backpressure
from medstream_gateway.guards.idempotency import IdempotencyKeys
from medstream_gateway.guards.ratelimit import RateLimiter
from medstream_gateway.live.updates import LiveUpdates
from medstream_gateway.readmodel.projector import ReportProjector, SessionProjector
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
    reports: ReportReadModel
    api_keys: ApiKeyStore
    authenticator: Authenticator
    rate_limiter: RateLimiter
    backpressure: Backpressure
    idempotency: IdempotencyKeys
    consumer: EventConsumer
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    consumer_task: asyncio.Task[None] | None = None

    @classmethod
    def build(cls, settings: GatewaySettings) -> "GatewayState":
        mongo = create_mongo_client(settings)
        db = mongo[settings.mongo_database]
        redis = create_redis(settings)
        live = LiveUpdates(redis)
        store = SessionStore(db, on_change=live.publish)
        reports = ReportReadModel(db, redis)
        api_keys = ApiKeyStore(db)
        lag = LagReader(settings)
        producer = EventProducer(settings, source="/medstream/gateway")
        consumer = EventConsumer(
            settings,
            service="gateway",
            group_id=settings.consumer_group("gateway"),
            topics=SERVICE_TOPICS["gateway"],
            subscriptions=[
                *SessionProjector(store).subscriptions(),
                *ReportProjector(reports).subscriptions(),
            ],
            producer=producer,
        )
        return cls(
            settings=settings,
            mongo=mongo,
            redis=redis,
            producer=producer,
            lag=lag,
            live=live,
            store=store,
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
            consumer=consumer,
        )

    async def start(self) -> None:
        await ensure_topics(self.settings)
        await self.store.ensure_indexes()
        await self.reports.ensure_indexes()
        await self.api_keys.ensure_indexes()
        await self.lag.start()
        await self.producer.start()
        await self.consumer.start()
        self.consumer_task = asyncio.create_task(self.consumer.run(self.stop))

    async def close(self) -> None:
        self.stop.set()
        if self.consumer_task is not None:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self.consumer_task, self.settings.shutdown_grace_seconds)
        await self.consumer.stop()
        await self.producer.stop()
        await self.lag.close()
        await self.redis.aclose()
        await self.mongo.close()
