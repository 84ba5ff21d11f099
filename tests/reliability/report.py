"""Writes the figures of a reliability run into ``docs/reliability.md``.

Only when asked (``MEDSTREAM_RELIABILITY_REPORT=<path>``): the figures depend on the machine,
so the committed file says where and when they were taken. Only the part between the two
markers is rewritten; the rest of the document is written by hand.
"""

import os
import platform
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pymongo import MongoClient
from redis import Redis

from tests.harness import MONGO, REDIS
from tests.reliability.load import MIX
from tests.reliability.scenarios import RATE, SEED, ScenarioResult

REPO = Path(__file__).resolve().parents[2]
HEADER = (
    "| scenario | submitted | refused | completed | failed | lost | duplicated "
    "| raw duplicate events | dead letters | duration |"
)


BEGIN = "<!-- figures: written by tests/reliability/report.py; do not edit by hand -->"
END = "<!-- end of figures -->"


def write_report(path: Path, results: list[ScenarioResult], suite_seconds: float) -> None:
    path = path if path.is_absolute() else REPO / path
    figures = f"{BEGIN}\n{render(results, suite_seconds)}\n{END}"
    text = path.read_text() if path.exists() else "# Reliability\n\n"
    if BEGIN in text and END in text:
        before, _, rest = text.partition(BEGIN)
        _, _, after = rest.partition(END)
        text = f"{before}{figures}{after}"
    else:
        text = f"{text.rstrip()}\n\n{figures}\n"
    path.write_text(text)


def render(results: list[ScenarioResult], suite_seconds: float) -> str:
    mix = ", ".join(f"{int(share * 100)} % {kind}" for kind, share in MIX)
    lines = [
        "## Fault-injection figures",
        "",
        "Figures of the fault-injection suite, `tests/reliability/` (issue 6). Regenerate with",
        "",
        "```bash",
        "MEDSTREAM_RELIABILITY_REPORT=docs/reliability.md \\",
        "  uv run pytest tests/reliability -q -p no:cacheprovider",
        "```",
        "",
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; seed {SEED}.",
        f"- Machine: {_machine()}.",
        f"- Infrastructure: {_infrastructure()}.",
        f"- Load: {RATE:g} requests/s from two users: {mix}.",
        "  A `clarified` question needs one clarification, which the load generator answers",
        "  with the first option after 2 s of thought. The load runs a few seconds before the",
        "  fault, through it and 12 s after recovery; then the suite waits (at most 90 s) for",
        "  every request to reach a final state, counts, and deletes what the scenario stored.",
        f"- Whole reliability suite (faults and security tests): {suite_seconds:.0f} s.",
        "",
        HEADER,
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        *(_row(r) for r in results),
        "",
        "Counted from the read models, not from HTTP answers: **submitted** = left a trace in",
        "the gateway's `sessions` or `reports` (whatever the client was told); **refused** = the",
        "gateway said no (5xx, 429) and nothing was recorded; **completed** / **failed** = final",
        "state, failed with the reason the user sees; **lost** = submitted, never final;",
        "**duplicated** = more than one answer or error in a session's history, or more than one",
        "stored report for one request id; **raw duplicate events** = `query.completed` or",
        "`report.generated` events beyond the first per session or request on the topics",
        "(at-least-once delivery may repeat them; the read model must absorb the repeat);",
        "**dead letters** = messages written to any `<topic>.dlq` during the scenario.",
        "",
        "Each scenario also fails when a raw duplicate carries a new CloudEvents `id` (a",
        "consumer that drops duplicates by `id` + `source`, as",
        "[kafka-clients.md](kafka-clients.md) says, would take it for a new answer), when more",
        "requests are refused than the scenario allows (none, except 25 % for the broker",
        "outage, which outlasts a producer's acknowledgement wait), and when a kill -9",
        "scenario never found its victim with work in hand (killing an idle process proves",
        "nothing).",
        "",
        "### What happened in each scenario",
        "",
    ]
    for result in results:
        lines += [f"#### {result.title}", ""]
        lines += [f"- {note}" for note in result.notes]
        lines += [f"- failed: {n}× “{reason}”" for reason, n in result.tally.reasons.most_common()]
        lines += [f"- crash: {crash}" for crash in result.crashed]
        lines.append("")
    return "\n".join(lines)


def _row(result: ScenarioResult) -> str:
    t = result.tally
    cells = [
        result.title,
        t.submitted,
        t.refused,
        t.completed,
        t.failed,
        len(t.lost),
        len(t.duplicated),
        t.raw_duplicates,
        t.dead_letters,
        f"{result.duration:.0f} s",
    ]
    return "| " + " | ".join(str(c) for c in cells) + " |"


def _machine() -> str:
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        match = re.search(r"MemTotal:\s+(\d+) kB", meminfo.read_text())
        memory = f", {int(match.group(1)) / 2**20:.0f} GiB RAM" if match else ""
    return (
        f"{platform.system()} {platform.release()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs{memory}, Python {platform.python_version()}"
    )


def _infrastructure() -> str:
    pom = (REPO / "deploy/local/kafka/pom.xml").read_text()
    kafka = re.search(r"<kafka.version>(.*)</kafka.version>", pom)
    parts = [
        f"Kafka {kafka.group(1) if kafka else '?'} (one KRaft broker; the `3 brokers` rows run"
        " on a three-node\n  KRaft cluster, replication 3, `min.insync.replicas=2`)"
    ]
    try:
        client: MongoClient[dict[str, Any]]
        with MongoClient(MONGO, serverSelectionTimeoutMS=2000) as client:
            info = client.server_info()
        ferret = info.get("ferretdbVersion")
        parts.append(f"FerretDB {ferret}" if ferret else f"MongoDB {info.get('version')}")
    except Exception:
        parts.append("MongoDB wire server (version unknown)")
    try:
        with Redis.from_url(REDIS, socket_timeout=2) as redis:
            parts.append(f"Redis {redis.info('server')['redis_version']}")
    except Exception:
        parts.append("Redis (version unknown)")
    return ", ".join(parts)
