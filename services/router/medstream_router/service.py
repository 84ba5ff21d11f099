"""The router as a worker: its topics, handlers, start-up and periodic work."""

from medstream_shared.constants import SERVICE_TOPICS
from medstream_shared.kafka.consumer import Subscription
from medstream_shared.llm.client import LlmClient
from medstream_shared.llm.settings import LlmSettings
from medstream_shared.worker import PeriodicTask, WorkerContext, WorkerSpec, run_worker

from medstream_router.config import RouterSettings
from medstream_router.conversations import ConversationStore
from medstream_router.handlers import RouterHandlers
from medstream_router.llm_intent import LlmIntentClassifier


def worker_spec(settings: RouterSettings) -> WorkerSpec:
    understanding = settings.understanding()
    client = LlmClient.from_settings(LlmSettings())
    llm = LlmIntentClassifier(client) if client is not None else None

    def handlers(context: WorkerContext) -> RouterHandlers:
        return RouterHandlers(settings, ConversationStore(context.db), understanding, llm=llm)

    async def on_startup(context: WorkerContext) -> None:
        await ConversationStore(context.db).ensure_indexes()

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
    )


def serve(settings: RouterSettings) -> None:
    """Run the router worker until SIGTERM (drained, committed, exit 0)."""
    run_worker(settings, worker_spec(settings))
