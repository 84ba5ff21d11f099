"""``medstream replay``: rebuild the gateway's read model from the Kafka topics."""

import asyncio
from datetime import UTC, datetime
from typing import Annotated

import typer
from aiokafka.errors import KafkaError
from pymongo.errors import PyMongoError
from rich.console import Console

from medstream_gateway.core.config import get_settings
from medstream_gateway.readmodel.replay import replay

console = Console()


def parse_start(value: str) -> datetime | None:
    """``earliest``, or an ISO 8601 moment (UTC when no offset is given)."""
    if value == "earliest":
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(
            "use 'earliest' or an ISO timestamp such as 2025-06-01T00:00Z"
        ) from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def replay_command(
    start: Annotated[
        str,
        typer.Option("--from", help="'earliest' or an ISO timestamp: where reading starts"),
    ] = "earliest",
) -> None:
    """Rebuild sessions, charts, reports and alerts from Kafka, then swap them in.

    Run it while the gateways are idle for an exact copy; see docs/reliability.md.
    """
    since = parse_start(start)
    try:
        result = asyncio.run(replay(get_settings(), since))
    except (KafkaError, PyMongoError, TimeoutError) as exc:
        console.print(f"[red]error:[/red] replay failed, the live read model is unchanged: {exc}")
        raise typer.Exit(2) from exc
    console.print(
        f"replayed {result.events} events ({result.applied} applied, "
        f"{result.skipped_invalid} invalid skipped): "
        f"{result.sessions} sessions, {result.reports} reports, {result.alerts} alerts"
    )
