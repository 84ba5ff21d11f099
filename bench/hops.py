"""Where a question's time goes, hop by hop, from the services' own logs.

Every worker logs one ``event handled`` line per event with the session id, the time it
finished and ``duration_ms`` (handler + publishing its outputs and waiting for the acks);
the gateway logs the same for each event it projects. With the client's times of the same
sessions (``bench/side_by_side.py --sessions-out``) that splits POST → ``completed`` into:

- POST → 202 (gateway: API key, MongoDB insert, publish ``query.submitted`` with acks=all)
- 202 → router starts (the broker hands ``query.submitted`` to the router: fetch wait)
- router handling (conversation read/write in MongoDB, understand/decide/compile,
  publish ``query.routed`` and wait for the ack)
- router done → analytics starts (fetch wait)
- analytics handling (plan, SQL on the warehouse, answer, chart spec, publish + ack)
- analytics done → gateway starts projecting ``query.completed`` (fetch wait, and any
  events queued before it in the gateway's consumer)
- gateway projection (MongoDB reads and writes, Redis stream append)
- projected → the client reads ``completed`` on SSE (Redis XREAD wake-up, SSE write)

    uv run --frozen python bench/hops.py --sessions /tmp/sessions.json [--logs .state/logs]

Times are medians (and p95) over the sessions; the log clocks and the client's are the
same machine's wall clock.
"""

import argparse
import json
import statistics
from datetime import datetime
from pathlib import Path
from typing import Any


def handled(logs: Path, wanted: set[str]) -> dict[tuple[str, str, str], tuple[float, float]]:
    """(session, service, event type) → (start, end) epoch seconds, from the JSON logs."""
    found: dict[tuple[str, str, str], tuple[float, float]] = {}
    for path in sorted(logs.glob("*.log")):
        with path.open(errors="replace") as lines:
            for line in lines:
                if '"event handled"' not in line or '"session_id"' not in line:
                    continue
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    continue
                session = entry.get("session_id")
                if session not in wanted:
                    continue
                end = datetime.fromisoformat(entry["timestamp"].replace("Z", "+00:00"))
                finish = end.timestamp()
                start = finish - entry["duration_ms"] / 1000
                found.setdefault((session, entry["service"], entry["event_type"]), (start, finish))
    return found


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def hops(sessions: list[dict[str, Any]], logs: Path) -> list[tuple[str, list[float]]]:
    found = handled(logs, {s["session_id"] for s in sessions})
    names = [
        "POST → 202 (gateway: MongoDB insert + publish, acks=all)",
        "202 → router starts (fetch)",
        "router handling (MongoDB + decide + publish)",
        "router done → analytics starts (fetch)",
        "analytics handling (SQL + answer + publish)",
        "analytics done → gateway projects completed (fetch + queue)",
        "gateway projection of completed (MongoDB + Redis)",
        "projected → client reads completed (Redis + SSE)",
        "POST → completed (client)",
    ]
    table: list[list[float]] = [[] for _ in names]
    submitted, routed, completed = (
        "medstream.query.submitted",
        "medstream.query.routed",
        "medstream.query.completed",
    )
    for s in sessions:
        sid = s["session_id"]
        try:
            r = found[(sid, "router", submitted)]
            a = found[(sid, "analytics", routed)]
            g = found[(sid, "gateway", completed)]
        except KeyError:
            continue
        t0 = s["posted_at"]
        accepted = t0 + s["accepted_ms"] / 1000
        done = t0 + s["status_ms"]["completed"] / 1000
        points = [t0, accepted, r[0], r[1], a[0], a[1], g[0], g[1], done]
        for i in range(len(points) - 1):
            table[i].append((points[i + 1] - points[i]) * 1000)
        table[-1].append((done - t0) * 1000)
    return list(zip(names, table, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=Path, required=True)
    parser.add_argument("--logs", type=Path, default=Path(".state/logs"))
    args = parser.parse_args()
    rows = hops(json.loads(args.sessions.read_text()), args.logs)
    count = len(rows[0][1])
    print(f"| hop ({count} sessions) | median ms | p95 ms |")
    print("| --- | ---: | ---: |")
    for name, values in rows:
        if values:
            print(f"| {name} | {statistics.median(values):.1f} | {percentile(values, 0.95):.1f} |")


if __name__ == "__main__":
    main()
