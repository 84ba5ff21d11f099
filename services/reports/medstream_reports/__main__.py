"""``medstream-reports`` / ``python -m medstream_reports``: run the reports worker."""

from medstream_shared.worker import run_worker

from medstream_reports.config import get_settings
from medstream_reports.service import worker_spec


def main() -> None:
    settings = get_settings()
    run_worker(settings, worker_spec(settings))


if __name__ == "__main__":
    main()
