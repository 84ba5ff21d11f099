"""``medstream-router`` / ``python -m medstream_router``: run the router worker."""

from medstream_shared.worker import run_worker

from medstream_router.config import get_settings
from medstream_router.service import worker_spec


def main() -> None:
    settings = get_settings()
    run_worker(settings, worker_spec(settings))


if __name__ == "__main__":
    main()
