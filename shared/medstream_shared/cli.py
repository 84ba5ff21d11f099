"""The command line of a service: ``--help`` and ``--version`` without starting anything, and
start-up failures as one line that names the address and the setting to change.

An operator who starts ``medstream-router`` with the port taken or the broker unreachable
needs to know which setting is wrong, not to read a traceback. Failures a service meets at
start-up are translated here, once, for all four services.
"""

import argparse
import errno
import socket
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, NoReturn, TypeVar
from urllib.parse import urlsplit

if TYPE_CHECKING:  # imported when a service starts, so that --help answers at once
    from medstream_shared.config import ServiceSettings

S = TypeVar("S", bound="ServiceSettings")

SETTINGS_HELP = (
    "Settings come from MEDSTREAM_* environment variables (and a .env file); "
    "see README.md for the list."
)


class StartupFailed(RuntimeError):
    """A service cannot start; the message is the one line an operator reads."""


def parse_service_args(service: str, description: str, argv: Sequence[str] | None = None) -> None:
    """``--help`` and ``--version`` (which exit); call before importing the service."""
    parser = argparse.ArgumentParser(
        prog=f"medstream-{service}", description=description, epilog=SETTINGS_HELP
    )
    parser.add_argument("--version", action="version", version=version_line(service))
    parser.parse_args(argv)


def run_service(settings: Callable[[], S], serve: Callable[[S], None]) -> None:
    """Run ``serve`` with the settings; exits 1 with one line (``error: …``) when the service
    cannot start."""
    try:
        loaded = load_settings(settings)
        check_port_free(loaded)
    except StartupFailed as exc:
        fail(str(exc))
    try:
        serve(loaded)
    except Exception as exc:
        explained = explain(exc, settings=loaded)
        if explained is None:
            raise
        fail(explained)


def version_line(service: str) -> str:
    try:
        return f"%(prog)s {version(f'medstream-{service}')}"
    except PackageNotFoundError:
        return "%(prog)s (not installed)"


def load_settings(settings: Callable[[], S]) -> S:
    from pydantic import ValidationError

    try:
        return settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        name = "MEDSTREAM_" + "_".join(str(part) for part in first["loc"]).upper()
        raise StartupFailed(f"invalid setting {name}: {first['msg']}") from exc


def check_port_free(settings: "ServiceSettings") -> None:
    """Refuse to start on a taken port before anything else starts (uvicorn would log and
    exit from inside the event loop, with the broker already connected)."""
    host, port = settings.http_host, settings.http_port
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise StartupFailed(
                    f"port {port} on {host} is already in use: stop what listens there or "
                    "set MEDSTREAM_HTTP_PORT"
                ) from exc
            raise StartupFailed(f"cannot listen on {host}:{port}: {exc.strerror}") from exc


def explain(exc: BaseException, *, settings: "ServiceSettings") -> str | None:
    """One line for a dependency that could not be reached at start-up, or None."""
    from aiokafka.errors import KafkaConnectionError

    # MongoDB's and Redis' errors only if their client is loaded: a worker without MongoDB
    # (analytics) or Redis never imports it, so it cannot have raised them.
    mongo_errors = sys.modules.get("pymongo.errors")
    mongo_error = mongo_errors.ServerSelectionTimeoutError if mongo_errors is not None else ()
    redis_exceptions = sys.modules.get("redis.exceptions")
    redis_error = redis_exceptions.ConnectionError if redis_exceptions is not None else ()

    for error in _chain(exc):
        if isinstance(error, KafkaConnectionError):
            return (
                f"cannot reach Kafka at {settings.kafka_bootstrap}: start it or set "
                "MEDSTREAM_KAFKA_BOOTSTRAP"
            )
        if isinstance(error, mongo_error):
            where = _address(settings.mongo_url.get_secret_value())
            return f"cannot reach MongoDB at {where}: start it or set MEDSTREAM_MONGO_URL"
        if isinstance(error, redis_error):
            where = _address(settings.redis_url.get_secret_value())
            return f"cannot reach Redis at {where}: start it or set MEDSTREAM_REDIS_URL"
    return None


def fail(message: str) -> NoReturn:
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(1)


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception, what caused it, and what an exception group holds."""
    seen: list[BaseException] = []
    todo = [exc]
    while todo:
        error = todo.pop()
        if error in seen:
            continue
        seen.append(error)
        todo.extend(e for e in (error.__cause__, error.__context__) if e is not None)
        todo.extend(getattr(error, "exceptions", ()))
    return seen


def _address(url: str) -> str:
    """Host and port of a URL (several for a replica set), never its credentials."""
    netloc = urlsplit(url).netloc
    return netloc.rpartition("@")[2] or "?"
