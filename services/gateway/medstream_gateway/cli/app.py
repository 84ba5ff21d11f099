"""``medstream``: ask questions, answer clarifications, read sessions and reports.

The typer app is ``app``; more command groups join it with ``app.add_typer(...)``.
"""

import json
from importlib.metadata import version
from pathlib import Path
from typing import Annotated, Any

import typer
from medstream_shared.constants import SessionStatus
from rich.console import Console
from rich.markup import escape
from rich.prompt import Prompt

from medstream_gateway.cli import dead_letters, keys, render, replay
from medstream_gateway.cli.client import (
    EXIT_FAILED,
    EXIT_USAGE,
    GatewayError,
    Json,
    MedstreamClient,
)
from medstream_gateway.cli.options import (
    DEFAULT_URL,
    KeyOption,
    UrlOption,
    console,
    err_console,
    fail,
    gateway,
)

EPILOG = (
    "Exit codes: 0 done, 1 refused or failed, 2 bad usage or input, 3 gateway unreachable, "
    "4 API key missing or refused, 5 timed out."
)


app = typer.Typer(
    name="medstream",
    help="Medical analytics questions and medical reports from the medstream gateway.",
    epilog=EPILOG,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)

JsonOption = Annotated[bool, typer.Option("--json", help="Print the raw JSON instead.")]


def _print_version(wanted: bool) -> None:
    if wanted:
        typer.echo(f"medstream {version('medstream-gateway')}")
        raise typer.Exit()


@app.callback()
def _root(
    _: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Medical analytics questions and medical reports from the medstream gateway."""


@app.command(epilog=EPILOG)
def ask(
    question: Annotated[str, typer.Argument(help="The question, in English or Russian.")],
    url: UrlOption = DEFAULT_URL,
    key: KeyOption = None,
    charts_dir: Annotated[
        Path,
        typer.Option("--charts-dir", help="Where to save the answer's charts.", file_okay=False),
    ] = Path("."),
    timeout: Annotated[
        float, typer.Option(help="Give up after this many seconds without progress.", min=1)
    ] = 120.0,
    as_json: JsonOption = False,
) -> None:
    """Ask a question, follow it live, answer clarifications and print the result.

    Example: [bold]medstream ask "Top-5 diagnoses in Saint Petersburg in 2025"[/]
    """
    with gateway(url, key) as client:
        session_id = client.submit_query(question)["session_id"]
        if not as_json:
            console.print(f"[dim]session {session_id}[/]")
        session = _follow(client, session_id, timeout=timeout, quiet=as_json)
        saved = _save_charts(client, session, charts_dir)
    if as_json:
        console.print_json(data=session)
    elif session["status"] == "completed":
        render.print_result(console, session)
        for path in saved:
            console.print(f"chart saved to [bold]{escape(str(path))}[/]")
    if session["status"] == "error":
        raise fail(f"the question could not be answered: {session.get('error')}", EXIT_FAILED)


def _follow(client: MedstreamClient, session_id: str, *, timeout: float, quiet: bool) -> Json:
    """Shows each status change; prompts when the assistant asks back."""
    answered: set[int] = set()
    session: Json = {}
    for session in client.follow(session_id, idle_timeout=timeout):
        if not quiet:
            render.print_status(console, session)
        clarification = session.get("clarification")
        iteration = session.get("iteration", 0)
        if session["status"] == "waiting_feedback" and clarification and iteration not in answered:
            answered.add(iteration)
            # With --json, stdout carries only the JSON: the exchange goes to stderr.
            answer = _ask_person(clarification, err_console if quiet else console)
            client.send_feedback(session_id, answer)
    return session


def _ask_person(clarification: Json, console: Console) -> str:
    render.print_clarification(console, clarification)
    options: list[str] = clarification.get("options") or []
    hint = "Your answer (a number or your own words)" if options else "Your answer"
    while True:
        try:
            reply = Prompt.ask(hint, console=console).strip()
        except EOFError:
            raise GatewayError(
                "the assistant asked a question but there is no input to answer it from; "
                "run the command in a terminal",
                exit_code=EXIT_USAGE,
            ) from None
        if reply.isdigit() and 1 <= int(reply) <= len(options):
            return options[int(reply) - 1]
        if reply:
            return reply


def _save_charts(client: MedstreamClient, session: Json, charts_dir: Path) -> list[Path]:
    charts = (session.get("result") or {}).get("charts") or []
    if not charts:
        return []
    charts_dir.mkdir(parents=True, exist_ok=True)
    saved = []
    for chart in charts:
        path = charts_dir / f"{chart['id']}.png"
        path.write_bytes(client.chart(chart["url"]))
        saved.append(path)
    return saved


@app.command(epilog=EPILOG)
def sessions(
    url: UrlOption = DEFAULT_URL,
    key: KeyOption = None,
    status: Annotated[
        SessionStatus | None, typer.Option(help="Only sessions in this status.", show_default=False)
    ] = None,
    limit: Annotated[int, typer.Option(help="How many to show.", min=1, max=100)] = 20,
    cursor: Annotated[
        str | None, typer.Option(help="Continue after a previous page.", show_default=False)
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """List your past questions, newest first."""
    with gateway(url, key) as client:
        page = client.list_sessions(
            status=status.value if status else None, limit=limit, cursor=cursor
        )
    if as_json:
        console.print_json(data=page)
        return
    if not page["items"]:
        console.print("No sessions yet.")
        return
    render.print_sessions(console, page["items"])
    if page.get("next_cursor"):
        more = f"medstream sessions --cursor {page['next_cursor']}"
        if status:
            more += f" --status {status.value}"
        console.print(f"[dim]more: {more}[/]", soft_wrap=True)


@app.command(epilog=EPILOG)
def session(
    session_id: Annotated[str, typer.Argument(help="The session id `ask` printed.")],
    url: UrlOption = DEFAULT_URL,
    key: KeyOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one session: its status, its clarification or its result."""
    with gateway(url, key) as client:
        current = client.get_session(session_id)
    if as_json:
        console.print_json(data=current)
        return
    console.print(f"[bold]{escape(current['question'])}[/]")
    render.print_status(console, current)
    if current.get("clarification"):
        render.print_clarification(console, current["clarification"])
    if current.get("result"):
        render.print_result(console, current)
    if current["status"] == "error":
        raise fail(f"the question could not be answered: {current.get('error')}", EXIT_FAILED)


@app.command(epilog=EPILOG)
def report(
    file: Annotated[
        Path,
        typer.Argument(
            help="The report request as JSON (see ARCHITECTURE.md); `-` reads standard input.",
            allow_dash=True,
        ),
    ],
    url: UrlOption = DEFAULT_URL,
    key: KeyOption = None,
    wait: Annotated[
        bool, typer.Option("--wait/--no-wait", help="Wait for the report and print it.")
    ] = True,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for the report.", min=1)] = 60,
    as_json: JsonOption = False,
) -> None:
    """Request a structured medical report from a JSON file and print it."""
    body = _read_request(file)
    with gateway(url, key) as client:
        accepted = client.request_report(body)
        if not wait:
            if as_json:
                console.print_json(data=accepted)
            else:
                console.print(f"report {accepted['report_id']} requested ({accepted['status']})")
            return
        result = client.wait_for_report(accepted["report_id"], timeout=timeout)
    if as_json:
        console.print_json(data=result)
    elif result["status"] == "ready":
        render.print_report(console, result)
    if result["status"] == "failed":
        raise fail(f"the report could not be written: {result.get('reason')}", EXIT_FAILED)


def _read_request(file: Path) -> dict[str, Any]:
    name = "standard input" if str(file) == "-" else str(file)
    try:
        text = typer.get_text_stream("stdin").read() if str(file) == "-" else file.read_text()
    except OSError as exc:
        raise fail(f"cannot read {name}: {exc.strerror}", EXIT_USAGE) from None
    try:
        body = json.loads(text)
    except json.JSONDecodeError as exc:
        raise fail(
            f"{name} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
            EXIT_USAGE,
        ) from None
    if not isinstance(body, dict):
        raise fail(f"{name} must hold a JSON object (the report request)", EXIT_USAGE)
    return body


app.add_typer(keys.app, name="keys")
app.add_typer(dead_letters.app, name="dlq")
app.command("replay")(replay.replay_command)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
