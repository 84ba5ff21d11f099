"""``medstream``: the command-line client of the gateway (typer + rich)."""
