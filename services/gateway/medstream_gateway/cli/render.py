"""How the CLI shows sessions, results and reports with rich."""

from typing import Any

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.syntax import Syntax
from rich.table import Table
from rich.text import Text

Json = dict[str, Any]

STATUS_LABELS = {
    "created": ("received", "cyan"),
    "router_processing": ("understanding the question", "cyan"),
    "waiting_feedback": ("waiting for your answer", "yellow"),
    "query_processing": ("running the query", "cyan"),
    "completed": ("completed", "green"),
    "error": ("failed", "red"),
}
SEVERITY_STYLES = {
    "critical": "bold red",
    "high": "red",
    "moderate": "yellow",
    "low": "cyan",
    "info": "dim",
}


def status_text(status: str) -> Text:
    label, style = STATUS_LABELS.get(status, (status, "white"))
    return Text(label, style=style)


def print_status(console: Console, session: Json) -> None:
    line = Text("• ", style="dim").append(status_text(session["status"]))
    if session.get("iteration"):
        line.append(f"  (clarification round {session['iteration']})", style="dim")
    console.print(line)


def print_clarification(console: Console, clarification: Json) -> None:
    body = [Text(clarification["question"], style="bold")]
    for number, option in enumerate(clarification.get("options") or [], start=1):
        body.append(Text.assemble((f"  {number}. ", "bold cyan"), option))
    console.print(Panel(Group(*body), title="The assistant asks", border_style="yellow"))


def print_result(console: Console, session: Json) -> None:
    result = session["result"]
    console.print(Panel(escape(result["answer"]), title="Answer", border_style="green"))
    if result["rows"]:
        console.print(rows_table(result["columns"], result["rows"]))
    else:
        console.print("[dim]The query returned no rows.[/]")
    if result.get("sql"):
        console.print(Text("SQL", style="bold"))
        console.print(Syntax(result["sql"], "sql", word_wrap=True, theme="ansi_dark"))


def rows_table(columns: list[str], rows: list[list[Any]]) -> Table:
    table = Table(show_lines=False, header_style="bold", row_styles=["", "dim"])
    numeric = [all(isinstance(row[i], int | float) for row in rows) for i in range(len(columns))]
    for column, is_number in zip(columns, numeric, strict=True):
        table.add_column(column, justify="right" if is_number else "left", overflow="fold")
    for row in rows:
        table.add_row(*(Text("—" if cell is None else str(cell)) for cell in row))
    return table


def print_sessions(console: Console, items: list[Json]) -> None:
    """Two lines a session, like ``git log --oneline`` with the question under it."""
    for session in items:
        console.print(
            Text.assemble(
                (session["session_id"], "cyan"),
                "  ",
                status_text(session["status"]),
                (f"  {_when(session['updated_at'])}", "dim"),
            )
        )
        console.print(Text(f"  {session['question']}"), overflow="fold")


def print_report(console: Console, report: Json) -> None:
    console.print(
        Text.assemble(
            ("Medical report ", "bold"),
            (report["report_id"], "cyan"),
            (f"  {_when(report.get('created_at'))}  engine: {report.get('engine') or '?'}", "dim"),
        )
    )
    if report["red_flags"]:
        flags = Text("\n").join(Text(f"▲ {flag}", style="bold red") for flag in report["red_flags"])
        console.print(Panel(flags, title="RED FLAGS", border_style="red", title_align="left"))
    console.print(Panel(escape(report.get("summary") or ""), title="Summary", title_align="left"))
    if report["findings"]:
        console.print(findings_table(report["findings"]))
    if report.get("assessment"):
        console.print(Panel(escape(report["assessment"]), title="Assessment", title_align="left"))
    if report["recommendations"]:
        console.print(Text("Recommendations", style="bold"))
        for recommendation in report["recommendations"]:
            console.print(Text(f"  • {recommendation}"))
    if report.get("disclaimer"):
        console.print(Text(report["disclaimer"], style="dim italic"))


def findings_table(findings: list[Json]) -> Table:
    table = Table(title="Findings", title_justify="left", header_style="bold", show_lines=True)
    table.add_column("finding")
    table.add_column("value", justify="right", no_wrap=True)
    table.add_column("severity", no_wrap=True)
    table.add_column("evidence", overflow="fold")
    for finding in findings:
        parts = (_number(finding.get("value")), finding.get("unit"))
        value = " ".join(str(part) for part in parts if part not in (None, ""))
        severity = Text(finding["severity"], style=SEVERITY_STYLES.get(finding["severity"], ""))
        if finding.get("out_of_range"):
            severity.append("\nout of range", style="red")
        name, evidence = Text(finding["name"]), Text(finding["evidence"])
        table.add_row(name, Text(value or "—"), severity, evidence)
    return table


def _number(value: Any) -> Any:
    """118.0 → 118: the API sends measurements as floats."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _when(timestamp: str | None) -> str:
    """ISO 8601 to minutes, as ``2025-03-01 14:05`` (UTC, as the API gives it)."""
    return timestamp[:16].replace("T", " ") if timestamp else ""
