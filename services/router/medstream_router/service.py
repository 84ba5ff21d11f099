"""The router as a worker: its topics, handlers, start-up and periodic work.

It understands questions against the catalog of the warehouse analytics serves: at start-up
it waits for that catalog on ``medstream.catalog``, and a newer one (a swapped warehouse)
replaces it between two messages.
"""

from medstream_questions.understanding import Understanding
from medstream_shared.constants import SERVICE_TOPICS
from medstream_shared.events.catalog import Catalog
from medstream_shared.kafka.catalog_feed import CatalogFeed
from medstream_shared.kafka.consumer import Subscription
from medstream_shared.llm.settings import LlmSettings
from medstream_shared.worker import PeriodicTask, WorkerContext, WorkerSpec, run_worker

from medstream_router.config import RouterSettings
from medstream_router.conversations import ConversationStore
from medstream_router.handlers import RouterHandlers


def worker_spec(settings: RouterSettings) -> WorkerSpec:
    llm = None
    llm_settings = LlmSettings()
    if llm_settings.configured:  # the openai SDK (~13 MB) only when a model is configured
        from medstream_shared.llm.client import LlmClient

        from medstream_router.llm_intent import LlmIntentClassifier

        llm = LlmIntentClassifier(LlmClient(llm_settings))
    understandings: list[Understanding] = []

    def on_catalog(catalog: Catalog) -> None:
        if understandings:
            understandings[0].use(catalog)

    feed = CatalogFeed(settings, on_catalog=on_catalog)

    def handlers(context: WorkerContext) -> RouterHandlers:
        store = ConversationStore(context.require_db())
        return RouterHandlers(settings, store, understandings[0], llm=llm)

    async def on_startup(context: WorkerContext) -> None:
        await ConversationStore(context.require_db()).ensure_indexes()
        await feed.start()
        understandings.append(Understanding(await feed.wait()))

    def subscriptions(context: WorkerContext) -> list[Subscription]:
        return handlers(context).subscriptions()

    async def expire_approvals(context: WorkerContext) -> None:
        await handlers(context).expire_overdue_approvals(context.producer)

    expiry = PeriodicTask(settings.approval_sweep_seconds, expire_approvals, "approval-expiry")
    return WorkerSpec(
        SERVICE_TOPICS["router"],
        subscriptions,
        on_startup,
        periodic=expiry if settings.require_approval else None,
        on_shutdown=feed.stop,
    )


def serve(settings: RouterSettings) -> None:
    """Run the router worker until SIGTERM (drained, committed, exit 0)."""
    run_worker(settings, worker_spec(settings))
