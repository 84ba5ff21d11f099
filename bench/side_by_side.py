"""The durable pipeline and the in-process baseline, measured side by side in one run.

For each system: sessions/s at saturation (closed loop: ``--levels`` clients, each asking,
following its session over SSE to ``completed`` and asking again, ``--seconds`` per level;
the best completed-sessions/s is the saturation rate), then latency at half of that rate
(open loop: sessions started at a fixed interval, whatever the answers do, for
``--half-seconds``; POST → ``completed`` over SSE). The systems take turns within each
step and each step runs ``--rounds`` times (A B A B …), so both see the same machine; the
table gives medians of the rounds and the durable/in-process ratios.

Against ``make run`` with the gateway's per-user rate limit and backpressure raised (one dev
key drives everything):

    bash deploy/local/services.sh stop
    MEDSTREAM_RATE_LIMIT_PER_SECOND=100000 MEDSTREAM_RATE_LIMIT_BURST=100000 \\
      MEDSTREAM_BACKPRESSURE_MAX_LAG=1000000 make run
    uv run --frozen python bench/side_by_side.py --key "$(cat .state/dev-api-key)"

The in-process baseline (``bench/inprocess.py``) is started on ``--inprocess-port`` by this
script unless ``--inprocess-url`` names a running one. ``--only durable`` measures the
durable pipeline alone (for replicas, `bench/scale.py`). ``--sessions-out FILE`` writes the
durable half-load sessions (id, POST time, client-side times) for `bench/hops.py`.
"""

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

QUESTIONS = (
    "Top-5 diagnoses in Saint Petersburg in 2025",
    "Топ-5 заболеваний в СПб за 2025 год?",
    "How many influenza visits were there in Moscow in 2024?",
    "Monthly trend of visits in Kazan in 2025",
)
REPO = Path(__file__).resolve().parent.parent
RECONNECTS = 3


@dataclass
class Session:
    session_id: str
    posted_at: float  # time.time() at the POST
    accepted_ms: float
    status_ms: dict[str, float] = field(default_factory=dict)
    reconnects: int = 0


class Failure(RuntimeError):
    pass


async def ask(client: httpx.AsyncClient, question: str) -> Session:
    """POST a question and follow it over SSE until a final status; times in ms."""
    wall = time.time()
    started = time.perf_counter()
    response = await client.post("/api/v1/queries", json={"question": question})
    if response.status_code != 202:
        raise Failure(f"POST answered {response.status_code}: {response.text[:200]}")
    session = Session(response.json()["session_id"], wall, (time.perf_counter() - started) * 1000)
    for _ in range(RECONNECTS + 1):  # as EventSource does, when a stream ends early
        async with client.stream("GET", f"/api/v1/sessions/{session.session_id}/events") as events:
            async for line in events.aiter_lines():
                if line.startswith("data:"):
                    status = json.loads(line[5:])["status"]
                    session.status_ms.setdefault(status, (time.perf_counter() - started) * 1000)
                    if status in {"completed", "error", "waiting_feedback"}:
                        if status != "completed":
                            raise Failure(f"{question!r} ended in {status}")
                        return session
        session.reconnects += 1
    raise Failure(f"the stream of {question!r} ended early {RECONNECTS + 1} times")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def closed_loop(client: httpx.AsyncClient, clients: int, seconds: float) -> float:
    """Completed sessions/s with ``clients`` asking back to back."""
    deadline = time.perf_counter() + seconds
    done = 0

    async def one(index: int) -> None:
        nonlocal done
        n = index
        while time.perf_counter() < deadline:
            await ask(client, QUESTIONS[n % len(QUESTIONS)])
            n += 1
            if time.perf_counter() <= deadline:
                done += 1

    started = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(clients)))
    return done / max(seconds, time.perf_counter() - started - 0.0) if done else 0.0


async def open_loop(client: httpx.AsyncClient, rate: float, seconds: float) -> list[Session]:
    """Start a session every 1/``rate`` s for ``seconds``; every session, once answered."""
    interval = 1 / rate
    tasks = []
    start = time.perf_counter()
    n = 0
    while (due := start + n * interval) < start + seconds:
        await asyncio.sleep(max(0.0, due - time.perf_counter()))
        tasks.append(asyncio.create_task(ask(client, QUESTIONS[n % len(QUESTIONS)])))
        n += 1
    return list(await asyncio.gather(*tasks))


def make_client(url: str, key: str | None) -> httpx.AsyncClient:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    limits = httpx.Limits(max_connections=1000, max_keepalive_connections=200)
    return httpx.AsyncClient(base_url=url, headers=headers, timeout=60, limits=limits)


async def saturation(
    client: httpx.AsyncClient, levels: list[int], seconds: float
) -> tuple[float, dict[int, float]]:
    """The best sessions/s over rising client counts (stops once two levels add < 5 %)."""
    rates: dict[int, float] = {}
    best, flat = 0.0, 0
    for clients in levels:
        rate = await closed_loop(client, clients, seconds)
        rates[clients] = rate
        flat = flat + 1 if rate < best * 1.05 else 0
        best = max(best, rate)
        if flat >= 2:
            break
    return best, rates


@contextlib.contextmanager
def inprocess_server(port: int, key: str | None, warehouse: Path) -> Any:
    command = [
        sys.executable,
        str(REPO / "bench" / "inprocess.py"),
        "--port",
        str(port),
        "--warehouse",
        str(warehouse),
    ]
    if key:
        command += ["--key", key]
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"http://127.0.0.1:{port}/health/ready").status_code == 200:
                    break
            time.sleep(0.3)
        else:
            raise SystemExit("the in-process baseline did not start")
        yield f"http://127.0.0.1:{port}", process.pid
    finally:
        process.terminate()
        process.wait(10)


def load_average() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


def summary(sessions: list[Session]) -> dict[str, float]:
    totals = [s.status_ms["completed"] for s in sessions]
    return {
        "p50": percentile(totals, 0.5),
        "p95": percentile(totals, 0.95),
        "accepted_p50": percentile([s.accepted_ms for s in sessions], 0.5),
        "n": len(totals),
        "reconnects": sum(s.reconnects for s in sessions),
    }


async def run(args: argparse.Namespace, systems: dict[str, str]) -> None:
    clients = {name: make_client(url, args.key) for name, url in systems.items()}
    for client in clients.values():  # warm-up: first plans, first queries
        for question in QUESTIONS * 2:
            await ask(client, question)
    print(f"load average before: {load_average()}", flush=True)
    levels = [int(v) for v in args.levels.split(",")]
    peaks: dict[str, list[float]] = {name: [] for name in systems}
    for round_no in range(args.rounds):
        for name, client in clients.items():
            best, rates = await saturation(client, levels, args.seconds)
            peaks[name].append(best)
            shown = ", ".join(f"{c}: {r:.1f}" for c, r in rates.items())
            print(f"round {round_no + 1} {name:<10} saturation {best:6.1f} sessions/s  ({shown})")
            await asyncio.sleep(args.pause)
    peak = {name: statistics.median(values) for name, values in peaks.items()}
    halves: dict[str, list[dict[str, float]]] = {name: [] for name in systems}
    kept: list[Session] = []
    for round_no in range(args.rounds):
        for name, client in clients.items():
            rate = peak[name] / 2 if args.half_rate is None else args.half_rate
            sessions = await open_loop(client, rate, args.half_seconds)
            result = summary(sessions)
            halves[name].append(result)
            if name == "durable":
                kept.extend(sessions)
            print(
                f"round {round_no + 1} {name:<10} at {rate:5.1f}/s: p50 {result['p50']:5.0f} ms, "
                f"p95 {result['p95']:5.0f} ms, POST {result['accepted_p50']:4.0f} ms "
                f"({result['n']:.0f} sessions, {result['reconnects']:.0f} SSE reconnects)",
                flush=True,
            )
            await asyncio.sleep(args.pause)
    print(f"load average after: {load_average()}")
    for client in clients.values():
        await client.aclose()

    def med(name: str, key: str) -> float:
        return statistics.median(r[key] for r in halves[name])

    print()
    print("| | sessions/s at saturation | p50 at half load | p95 at half load |")
    print("| --- | ---: | ---: | ---: |")
    for name in systems:
        print(
            f"| {name} | {peak[name]:.1f} | {med(name, 'p50'):.0f} ms | {med(name, 'p95'):.0f} ms |"
        )
    if "durable" in systems and "inprocess" in systems:
        ratio = peak["durable"] / peak["inprocess"]
        gap = med("durable", "p50") - med("inprocess", "p50")
        print(
            f"| durable / in-process | {ratio:.2f}× (target ≥ 0.5×) | "
            f"+{gap:.0f} ms (target ≤ +30 ms) | "
            f"+{med('durable', 'p95') - med('inprocess', 'p95'):.0f} ms |"
        )
    if args.sessions_out:
        rows = [
            {
                "session_id": s.session_id,
                "posted_at": s.posted_at,
                "accepted_ms": s.accepted_ms,
                "status_ms": s.status_ms,
            }
            for s in kept
        ]
        args.sessions_out.write_text(json.dumps(rows))
        print(f"{len(rows)} durable sessions written to {args.sessions_out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000", help="the durable gateway")
    parser.add_argument("--key", help="the API key (the in-process baseline requires it too)")
    parser.add_argument("--inprocess-url", help="a running baseline (default: start one)")
    parser.add_argument("--inprocess-port", type=int, default=8010)
    parser.add_argument("--warehouse", type=Path, default=REPO / ".state/warehouse-v2.duckdb")
    parser.add_argument("--only", choices=["durable", "inprocess"])
    parser.add_argument("--levels", default="1,2,4,8,16,32")
    parser.add_argument("--seconds", type=float, default=10, help="per closed-loop level")
    parser.add_argument("--half-seconds", type=float, default=30)
    parser.add_argument("--half-rate", type=float, help="fix the open-loop rate (sessions/s)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--pause", type=float, default=2.0, help="seconds between steps")
    parser.add_argument("--sessions-out", type=Path)
    args = parser.parse_args()
    systems = {}
    if args.only != "inprocess":
        systems["durable"] = args.url
    if args.only == "durable":
        asyncio.run(run(args, systems))
        return
    if args.inprocess_url:
        systems["inprocess"] = args.inprocess_url
        asyncio.run(run(args, systems))
        return
    with inprocess_server(args.inprocess_port, args.key, args.warehouse) as (url, _):
        systems["inprocess"] = url
        asyncio.run(run(args, systems))


if __name__ == "__main__":
    main()
