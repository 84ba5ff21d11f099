"""``medstream-gateway`` / ``python -m medstream_gateway``: run it; ``--help``, ``--version``."""

from medstream_shared.cli import parse_service_args, run_service

DESCRIPTION = "The REST API, live updates, auth and the web console of medstream."


def main() -> None:
    parse_service_args("gateway", DESCRIPTION)
    from medstream_gateway.core.config import get_settings
    from medstream_gateway.service import serve

    run_service(get_settings, serve)


if __name__ == "__main__":
    main()
