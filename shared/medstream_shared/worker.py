"""The lifecycle of a worker service: start-up, run, drain on SIGTERM, shutdown.

A worker consumes its topics through :class:`EventConsumer` and serves a tiny HTTP app
for Kubernetes probes and Prometheus: ``/health/live``, ``/health/ready`` and
``/metrics``. On SIGTERM or SIGINT it stops fetching, finishes the batch in hand within
``shutdown_grace_seconds``, commits and exits 0. While it runs it samples its dependencies
into metrics (``medstream_shared.monitoring``) and traces its work (``telemetry``).

Redis is opened, checked and sampled only for a spec that says it uses it
(``WorkerSpec.uses_redis``): redis-py costs ~20 MB of RSS, which analytics and the router
never use. MongoDB likewise (``WorkerSpec.uses_mongo``, on by default): analytics keeps
nothing there, and without it pymongo (~7 MB of RSS) is never imported.
"""

import asyncio
import contextlib
import signal
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from medstream_shared.config import ServiceSettings
from medstream_shared.constants import Topic
from medstream_shared.health import Check, mongo_check, redis_check, run_checks
from medstream_shared.kafka.admin import ensure_topics
from medstream_shared.kafka.consumer import EventConsumer, Subscription
from medstream_shared.kafka.producer import EventProducer
from medstream_shared.logging import configure_logging, get_logger
from medstream_shared.memory import release_free_memory
from medstream_shared.monitoring import SAMPLE_SECONDS, check_dependencies, every
from medstream_shared.probes import ProbeServer, probe_server
from medstream_shared.storage import create_mongo_client, create_redis
from medstream_shared.telemetry import configure_tracing

if TYPE_CHECKING:  # imported by create_redis and create_mongo_client, for the specs that use them
    from pymongo import AsyncMongoClient
    from pymongo.asynchronous.database import AsyncDatabase
    from redis.asyncio import Redis

log = get_logger(__name__)


@dataclass
class WorkerContext:
    """What handlers need: settings, the producer and the service's own stores."""

    settings: ServiceSettings
    producer: EventProducer
    mongo: "AsyncMongoClient | None"
    """None when the spec sets ``uses_mongo=False`` (analytics)."""
    db: "AsyncDatabase | None"
    """The service's own database (``mongo_database``), None without MongoDB."""
    redis: "Redis | None" = None
    """None unless the spec sets ``uses_redis`` (or the gateway passes its own)."""

    def require_db(self) -> "AsyncDatabase":
        """The service's MongoDB database, for handlers of a spec that uses MongoDB."""
        if self.db is None:
            raise RuntimeError("this worker opened no MongoDB: keep uses_mongo=True in its spec")
        return self.db

    def require_redis(self) -> "Redis":
        """The Redis client, for handlers of a spec that declared ``uses_redis``."""
        if self.redis is None:
            raise RuntimeError("this worker opened no Redis: set uses_redis=True in its spec")
        return self.redis


@dataclass(frozen=True)
class PeriodicTask:
    """A job the worker runs every ``seconds`` while it consumes, e.g. expiring stale state.

    A failure is logged and the job runs again next time; it never stops the worker.
    """

    seconds: float
    run: Callable[[WorkerContext], Awaitable[object]]
    name: str = "periodic-task"


@dataclass(frozen=True)
class WorkerSpec:
    """What a worker service is: every service's ``service.py`` builds one of these."""

    topics: Sequence[Topic]
    subscriptions: Callable[[WorkerContext], Sequence[Subscription]]
    on_startup: Callable[[WorkerContext], Awaitable[None]] | None = None
    periodic: PeriodicTask | None = None
    on_shutdown: Callable[[], Awaitable[None] | None] | None = None
    """Releases what the spec opened itself (e.g. the warehouse), after consuming stops."""
    uses_redis: bool = False
    """Whether the worker opens a Redis client (``WorkerContext.redis``) and needs Redis to
    be ready; off, redis-py is never imported."""
    uses_mongo: bool = True
    """Whether the worker opens a MongoDB client (``WorkerContext.mongo`` and ``db``) and
    needs MongoDB to be ready; off (analytics), pymongo is never imported."""


class Consumption:
    """A spec's consumer from start-up to a drained stop: the consuming half of a worker.

    The three workers run it inside :class:`Worker`, which adds the process around it
    (signals, probes, dependency checks); the gateway, an HTTP service, runs the same object
    inside its application's lifespan to project the topics into its read model.
    """

    def __init__(self, settings: ServiceSettings, spec: WorkerSpec, context: WorkerContext):
        self.settings = settings
        self.spec = spec
        self.context = context
        self.consumer: EventConsumer | None = None

    @property
    def ready(self) -> bool:
        return self.consumer is not None and self.consumer.ready

    async def start(self) -> EventConsumer:
        settings = self.settings
        await ensure_topics(settings)
        if self.spec.on_startup is not None:
            await self.spec.on_startup(self.context)
        self.consumer = EventConsumer(
            settings,
            service=settings.service_name,
            group_id=settings.consumer_group(settings.service_name),
            topics=self.spec.topics,
            subscriptions=self.spec.subscriptions(self.context),
            producer=self.context.producer,
        )
        await self.consumer.start()
        log.info("consuming", topics=[settings.topic(t) for t in self.spec.topics])
        return self.consumer

    async def run(self, stop: asyncio.Event) -> None:
        """Consume (and run the periodic task) until ``stop``; then drain within the grace."""
        assert self.consumer is not None, "start() first"
        async with contextlib.AsyncExitStack() as background:
            periodic = self.spec.periodic
            if periodic is not None:
                context = self.context
                await background.enter_async_context(
                    every(periodic.seconds, lambda: periodic.run(context), periodic.name)
                )
            await self._run_until_stopped(self.consumer, stop)

    async def stop(self) -> None:
        if self.consumer is not None:
            await self.consumer.stop()
        if self.spec.on_shutdown is not None:
            done = self.spec.on_shutdown()
            if done is not None:
                await done

    async def _run_until_stopped(self, consumer: EventConsumer, stop: asyncio.Event) -> None:
        run_task = asyncio.create_task(consumer.run(stop))
        stop_task = asyncio.create_task(stop.wait())
        await asyncio.wait({run_task, stop_task}, return_when=asyncio.FIRST_COMPLETED)
        if run_task.done():
            stop_task.cancel()
            run_task.result()  # a crash of the consume loop propagates
            return
        try:
            await asyncio.wait_for(run_task, self.settings.shutdown_grace_seconds)
        except TimeoutError:
            log.warning("in-flight work did not finish before the deadline; it will be redelivered")


class Worker:
    def __init__(self, settings: ServiceSettings, spec: WorkerSpec) -> None:
        self.settings = settings
        self.spec = spec
        self.stop_event = asyncio.Event()
        self.consumption: Consumption | None = None
        self.context: WorkerContext | None = None

    @property
    def consumer(self) -> EventConsumer | None:
        return self.consumption.consumer if self.consumption is not None else None

    async def run(self) -> None:
        settings = self.settings
        producer = EventProducer(settings, source=f"/medstream/{settings.service_name}")
        mongo = create_mongo_client(settings) if self.spec.uses_mongo else None
        redis = create_redis(settings) if self.spec.uses_redis else None
        self.context = WorkerContext(
            settings,
            producer,
            mongo,
            mongo[settings.mongo_database] if mongo is not None else None,
            redis,
        )
        self._install_signal_handlers()
        server = self._health_server()
        server_task = asyncio.create_task(server.serve())
        self.consumption = Consumption(settings, self.spec, self.context)
        try:
            await producer.start()
            await self.consumption.start()
            release_free_memory()  # start-up's garbage: ~12 MB of RSS (medstream_shared.memory)
            async with every(SAMPLE_SECONDS, self._check_dependencies, "dependency-checks"):
                await self.consumption.run(self.stop_event)
        finally:
            await self.consumption.stop()
            await producer.stop()
            if mongo is not None:
                await mongo.close()
            if redis is not None:
                await redis.aclose()
            server.should_exit = True
            await server_task
            log.info("worker stopped")

    async def _check_dependencies(self) -> None:
        assert self.consumer is not None
        await check_dependencies({"kafka": self.consumer.ping, **self._store_checks()})

    def _store_checks(self) -> dict[str, Check]:
        """MongoDB and Redis, each when this worker opened it."""
        assert self.context is not None
        checks: dict[str, Check] = {}
        if self.context.mongo is not None:
            checks["mongodb"] = mongo_check(self.context.mongo)
        if self.context.redis is not None:
            checks["redis"] = redis_check(self.context.redis)
        return checks

    def _install_signal_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.stop_event.set)

    def _health_server(self) -> ProbeServer:
        return probe_server(self.settings, self._readiness)

    async def _readiness(self) -> tuple[bool, dict[str, Any]]:
        ok, components = await run_checks(self._store_checks())
        consuming = self.consumer is not None and self.consumer.ready
        components["kafka"] = {"status": "up" if consuming else "down"}
        return ok and consuming, components


def run_worker(settings: ServiceSettings, spec: WorkerSpec) -> None:
    """The entry point of a worker process."""
    configure_logging(settings.service_name, settings.log_level)
    configure_tracing(settings.service_name)
    asyncio.run(Worker(settings, spec).run())
