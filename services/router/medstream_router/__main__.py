"""``medstream-router`` / ``python -m medstream_router``: run the router worker."""

from medstream_shared.constants import SERVICE_TOPICS
from medstream_shared.kafka.consumer import Subscription
from medstream_shared.worker import WorkerContext, WorkerSpec, run_worker

from medstream_router.config import get_settings
from medstream_router.conversations import ConversationStore
from medstream_router.handlers import RouterHandlers


def main() -> None:
    settings = get_settings()

    async def on_startup(context: WorkerContext) -> None:
        await ConversationStore(context.db).ensure_indexes()

    def subscriptions(context: WorkerContext) -> list[Subscription]:
        return RouterHandlers(settings, ConversationStore(context.db)).subscriptions()

    run_worker(settings, WorkerSpec(SERVICE_TOPICS["router"], subscriptions, on_startup))


if __name__ == "__main__":
    main()
