"""The gateway as a process: the API served by uvicorn, the projector in its lifespan."""

import signal
import sys

import uvicorn
from medstream_shared.logging import configure_logging

from medstream_gateway.core.config import GatewaySettings
from medstream_gateway.main import create_app


def serve(settings: GatewaySettings) -> None:
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
