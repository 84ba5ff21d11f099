"""``medstream-reports`` / ``python -m medstream_reports``: run it; ``--help``, ``--version``."""

from medstream_shared.cli import parse_service_args, run_service

DESCRIPTION = "Writes structured medical reports requested over REST or Kafka."


def main() -> None:
    parse_service_args("reports", DESCRIPTION)
    from medstream_reports.config import get_settings
    from medstream_reports.service import serve

    run_service(get_settings, serve)


if __name__ == "__main__":
    main()
