"""``medstream dlq``: inspect dead letters and send chosen ones back to their source topic."""

import asyncio
import json
from collections.abc import Coroutine
from typing import Annotated, Any, TypeVar

import typer
from aiokafka.errors import KafkaError
from medstream_shared.kafka.dead_letters import DeadLetter, DeadLetters
from rich.console import Console
from rich.table import Table

from medstream_gateway.core.config import get_settings

app = typer.Typer(help="Inspect and redrive dead letters.", no_args_is_help=True)
console = Console()
T = TypeVar("T")


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    try:
        return asyncio.run(coroutine)
    except KafkaError as exc:
        console.print(f"[red]error:[/red] cannot reach Kafka: {exc}")
        raise typer.Exit(2) from exc


@app.command("list")
def list_letters(
    topic: Annotated[str | None, typer.Option(help="one dead-letter topic only")] = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 100,
) -> None:
    """List dead letters, oldest first."""
    letters = run(DeadLetters(get_settings()).read(topic, limit))
    table = Table("id", "type", "service", "attempts", "when", "error")
    for letter in letters:
        table.add_row(
            letter.id,
            letter.event_type,
            letter.service,
            str(letter.attempts),
            letter.dead_lettered_at.isoformat(timespec="seconds"),
            letter.error[:80],
        )
    console.print(table)
    console.print(f"{len(letters)} dead letter(s)")


@app.command()
def show(dead_letter_id: Annotated[str, typer.Argument(help="topic:partition:offset")]) -> None:
    """Show one dead letter: why it failed, its headers and its value."""
    letter = _get(dead_letter_id)
    console.print_json(
        json.dumps(
            {
                "id": letter.id,
                "source_topic": letter.source_topic,
                "service": letter.service,
                "attempts": letter.attempts,
                "error": letter.error,
                "key": letter.key.decode(errors="replace") if letter.key else None,
                "headers": {k: v.decode(errors="replace") for k, v in letter.headers},
                "value": (letter.value or b"").decode(errors="replace"),
            }
        )
    )


@app.command()
def redrive(
    dead_letter_ids: Annotated[list[str], typer.Argument(help="ids from `dlq list`")],
) -> None:
    """Send the chosen dead letters back to their source topics, headers unchanged."""
    letters = [_get(i) for i in dead_letter_ids]
    count = run(DeadLetters(get_settings()).redrive(letters))
    console.print(f"redrove {count} message(s)")


def _get(dead_letter_id: str) -> DeadLetter:
    try:
        letter = run(DeadLetters(get_settings()).get(dead_letter_id))
    except ValueError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if letter is None:
        console.print(f"[red]error:[/red] no dead letter {dead_letter_id}")
        raise typer.Exit(1)
    return letter
