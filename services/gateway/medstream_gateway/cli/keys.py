"""``medstream keys``: create, list and revoke API keys stored in the gateway's MongoDB.

An operator command: it connects to MongoDB with the gateway's own settings
(``MEDSTREAM_MONGO_URL``, ``MEDSTREAM_MONGO_DATABASE``), not through the API.
"""

import asyncio
from collections.abc import Awaitable, Callable
from typing import Annotated, TypeVar

import typer
from medstream_shared.constants import Role
from medstream_shared.storage import create_mongo_client
from pymongo.errors import PyMongoError
from rich.console import Console
from rich.table import Table

from medstream_gateway.core.config import get_settings
from medstream_gateway.guards.api_keys import ApiKeyStore

app = typer.Typer(help="Manage API keys (stored hashed in MongoDB).", no_args_is_help=True)
console = Console()
T = TypeVar("T")


def with_store(action: Callable[[ApiKeyStore], Awaitable[T]]) -> T:
    async def run() -> T:
        settings = get_settings()
        client = create_mongo_client(settings)
        try:
            store = ApiKeyStore(client[settings.mongo_database])
            await store.ensure_indexes()
            return await action(store)
        finally:
            await client.close()

    try:
        return asyncio.run(run())
    except PyMongoError as exc:
        console.print(f"[red]error:[/red] cannot reach MongoDB: {exc}")
        raise typer.Exit(2) from exc


@app.command()
def create(
    user: Annotated[str, typer.Option("--user", "-u", help="the user the key acts as")],
    name: Annotated[str, typer.Option(help="a label to recognise the key by")] = "",
    role: Annotated[
        list[Role] | None,
        typer.Option(help="a role the key holds (repeatable); none: aggregates only"),
    ] = None,
) -> None:
    """Create a key. It is shown once: store it now."""
    if not user.strip():
        console.print("[red]error:[/red] --user must not be empty")
        raise typer.Exit(2)
    roles = frozenset(role or [])
    key_id, key = with_store(lambda store: store.create(user.strip(), name, roles))
    console.print(f"created [bold]{key_id}[/bold] for user [bold]{user}[/bold]")
    console.print(key, highlight=False, soft_wrap=True)


@app.command("list")
def list_keys(
    user: Annotated[str | None, typer.Option("--user", "-u", help="only this user's keys")] = None,
) -> None:
    """List keys (never the keys themselves, which are not stored)."""
    keys = with_store(lambda store: store.listing(user))
    table = Table("id", "user", "name", "roles", "created", "revoked")
    for key in keys:
        revoked = key["revoked_at"].isoformat(timespec="seconds") if key["revoked_at"] else ""
        created = key["created_at"].isoformat(timespec="seconds")
        roles = ", ".join(key.get("roles", []))
        table.add_row(key["_id"], key["user_id"], key["name"], roles, created, revoked)
    console.print(table)


@app.command()
def revoke(key_id: Annotated[str, typer.Argument(help="the id shown by `keys list`")]) -> None:
    """Revoke a key; every gateway refuses it within 30 seconds."""
    if not with_store(lambda store: store.revoke(key_id)):
        console.print(f"[red]error:[/red] no active key with id {key_id}")
        raise typer.Exit(1)
    console.print(f"revoked {key_id}")
