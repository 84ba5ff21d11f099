"""``medstream-analytics``: run the worker, or ``medstream-analytics dataset generate …``."""

import sys

from medstream_shared.worker import run_worker

from medstream_analytics.config import get_settings
from medstream_analytics.service import worker_spec


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "dataset":
        from medstream_analytics.warehouse.cli import main as dataset_main

        raise SystemExit(dataset_main(sys.argv[1:]))
    settings = get_settings()
    run_worker(settings, worker_spec(settings))


if __name__ == "__main__":
    main()
