"""The surveillance service: the faust app, its probe server and its start-up.

Start-up: the suite's topics are created where the service owns them (as every service does),
the warehouse history is read once (the baseline), then a ``faust.Worker`` runs the app and
the probe server until SIGTERM, when faust commits and leaves the group.
"""

import asyncio

import faust
from medstream_shared.kafka.admin import ensure_topics
from medstream_shared.logging import configure_logging, get_logger

from medstream_surveillance import metrics
from medstream_surveillance.alerts import AlertPublisher
from medstream_surveillance.app import SurveillanceApp
from medstream_surveillance.baseline import load_history
from medstream_surveillance.config import SurveillanceSettings
from medstream_surveillance.probes import ProbeServer
from medstream_surveillance.topics import ensure_internal_topics, internal_topics

log = get_logger(__name__)


def consuming(app: faust.App) -> bool:
    """Ready: the worker has partitions, its tables are restored and it is not rebalancing."""
    recovery = app.tables.recovery  # type: ignore[attr-defined]  # the TableManager's
    return bool(app.consumer.assignment()) and recovery.completed.is_set() and not app.rebalancing


async def _ensure_topics(settings: SurveillanceSettings) -> None:
    """The suite's topics where the service owns them, and faust's own topics in any case."""
    await ensure_topics(settings)
    internal = internal_topics(
        settings.consumer_group(settings.service_name),
        settings.topic_partitions,
        settings.window_retention_days,
    )
    created = await ensure_internal_topics(
        settings.kafka_bootstrap, internal, settings.topic_replication
    )
    if created:
        log.info("faust topics created", topics=created)


def serve(settings: SurveillanceSettings) -> None:
    """Run the surveillance worker until SIGTERM."""
    configure_logging(settings.service_name, settings.log_level)
    metrics.prime()
    asyncio.run(_ensure_topics(settings))
    history = load_history(settings.warehouse_path)
    asyncio.set_event_loop(asyncio.new_event_loop())
    publisher = AlertPublisher(settings)
    surveillance = SurveillanceApp(settings, history, publisher)
    app = surveillance.app
    probes = ProbeServer(settings, lambda: consuming(app))
    worker = faust.Worker(
        app,
        publisher,
        probes,
        loglevel=settings.log_level,
        redirect_stdouts=False,
        override_logging=False,
    )
    log.info("starting", app_id=app.conf.id, topics=[surveillance.visits.get_topic_name()])
    worker.execute_from_commandline()
