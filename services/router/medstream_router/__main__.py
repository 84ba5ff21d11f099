"""``medstream-router`` / ``python -m medstream_router``: run it; ``--help``, ``--version``."""

from medstream_shared.cli import parse_service_args, run_service

DESCRIPTION = "Checks each question, asks back when it is unclear, routes clear ones to analytics."


def main() -> None:
    parse_service_args("router", DESCRIPTION)
    from medstream_router.config import get_settings
    from medstream_router.service import serve

    run_service(get_settings, serve)


if __name__ == "__main__":
    main()
