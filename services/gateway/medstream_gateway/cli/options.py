"""What every ``medstream`` command shares: the gateway options, the consoles and the
client with its errors turned into clear messages and exit codes.

Sub-apps (``app.add_typer(...)``) reuse ``UrlOption``, ``KeyOption`` and ``gateway()``.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from medstream_gateway.cli.client import EXIT_UNAUTHORIZED, GatewayError, MedstreamClient

DEFAULT_URL = "http://127.0.0.1:8000"

console = Console()
err_console = Console(stderr=True)

UrlOption = Annotated[
    str,
    typer.Option(
        "--url", envvar="MEDSTREAM_URL", help="Base URL of the gateway.", show_envvar=True
    ),
]
KeyOption = Annotated[
    str | None,
    typer.Option(
        "--key",
        envvar="MEDSTREAM_API_KEY",
        help="Your API key (`make run` prints the dev key).",
        show_envvar=True,
        show_default=False,
    ),
]


def build_client(url: str, key: str) -> MedstreamClient:
    """The one place a client is made (tests replace it with one on a mock transport)."""
    return MedstreamClient(url, key)


def fail(message: str, exit_code: int) -> typer.Exit:
    err_console.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(exit_code)


@contextmanager
def gateway(url: str, key: str | None) -> Iterator[MedstreamClient]:
    """A client for the command's body; a ``GatewayError`` ends the command with its
    message on stderr and its exit code."""
    if not key:
        raise fail("no API key: pass --key or set MEDSTREAM_API_KEY", EXIT_UNAUTHORIZED)
    try:
        with build_client(url, key) as client:
            yield client
    except GatewayError as exc:
        raise fail(str(exc), exc.exit_code) from None
