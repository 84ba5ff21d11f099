"""``medstream-gateway`` / ``python -m medstream_gateway``: serve the API with uvicorn."""

import signal
import sys

import uvicorn
from medstream_shared.logging import configure_logging

from medstream_gateway.core.config import get_settings
from medstream_gateway.main import create_app


def main() -> None:
    settings = get_settings()
    # uvicorn drains, then re-raises the SIGTERM it caught; after a clean drain that is exit 0.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    configure_logging(settings.service_name, settings.log_level)
    uvicorn.run(
        create_app(settings),
        host=settings.http_host,
        port=settings.http_port,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=int(settings.shutdown_grace_seconds),
    )


if __name__ == "__main__":
    main()
