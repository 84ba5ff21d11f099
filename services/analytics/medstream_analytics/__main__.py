"""``medstream-analytics``: run the analytics, or ``medstream-analytics dataset generate|import …``.

The dataset commands import only what they need, so they answer without loading the service.
"""

import sys

DESCRIPTION = (
    "Turns questions into safe read-only SQL over the DuckDB warehouse and answers them. "
    "`medstream-analytics dataset --help` generates or imports the warehouse."
)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "dataset":
        from medstream_analytics.warehouse.cli import main as dataset_main

        raise SystemExit(dataset_main(sys.argv[1:]))
    from medstream_shared.cli import parse_service_args, run_service

    parse_service_args("analytics", DESCRIPTION)
    from medstream_analytics.config import get_settings
    from medstream_analytics.service import serve

    run_service(get_settings, serve)


if __name__ == "__main__":
    main()
