"""Idle RSS of each service after start-up, median of several starts, for any source tree.

Starts the four services (gateway, router, analytics, reports) from ``--source`` (default:
this checkout; give a ``git worktree`` of another commit to measure a before/after) on
ports ``--port-base``…+3 with their own topic prefix (``--prefix``), so they share the
running infrastructure with ``make run`` without joining its consumer groups. Each start
waits for every ``/health/ready``, lets the process settle ``--settle`` seconds, reads
``VmRSS`` (what ``ps -o rss`` shows) and stops the services. Also prints the RSS of the
infrastructure processes (Kafka, the MongoDB-wire server, Redis, Prometheus).

With ``--ask`` (the default asks one English and one Russian question) each start then
posts those questions to its gateway, one at a time, waits until each session is final and
reads every service's RSS again: what a process holds once it has done its work, next to
what it holds idle.

    git worktree add /tmp/before <commit>
    uv run --frozen python bench/footprint.py --source /tmp/before --starts 3
    uv run --frozen python bench/footprint.py --starts 3
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
SERVICES = ("gateway", "router", "analytics", "reports")
INFRA = {
    "kafka": "kafka.Kafka",
    "mongodb-wire": "ferretdb",
    "redis": "redis-server",
    "prometheus": "prometheus --config",
}


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def infra_rss() -> dict[str, float]:
    found: dict[str, float] = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            command = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            for name, marker in INFRA.items():
                if marker in command and name not in found:
                    found[name] = rss_mb(int(proc.name))
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return found


API_KEY = "footprint-key-0123456789"
QUESTIONS = ("Top-5 diagnoses in Saint Petersburg in 2025", "Топ-5 заболеваний в СПб за 2025 год")
FINAL = ("completed", "error", "waiting_feedback")


def ask(port: int, question: str) -> str:
    """Post a question to the gateway and wait for its session to be final; its status."""
    headers = {"Authorization": f"Bearer {API_KEY}"}
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers=headers, timeout=10) as api:
        created = api.post("/api/v1/queries", json={"question": question})
        created.raise_for_status()
        session = created.json()["session_id"]
        deadline = time.time() + 60
        while time.time() < deadline:
            current = api.get(f"/api/v1/sessions/{session}")
            if current.status_code == 200 and current.json()["status"] in FINAL:
                return str(current.json()["status"])
            time.sleep(0.2)
    raise SystemExit(f"no answer to {question!r} within 60 s")


def start_once(args: argparse.Namespace, log_dir: Path) -> dict[str, float]:
    source = args.source.resolve()
    paths = [source / "shared", source / "questions"] + [
        source / "services" / name for name in (*SERVICES, "surveillance")
    ]
    processes: dict[str, subprocess.Popen[bytes]] = {}
    try:
        for index, service in enumerate(SERVICES):
            env = {
                **os.environ,
                "PYTHONPATH": os.pathsep.join(str(p) for p in paths),
                "MEDSTREAM_TOPIC_PREFIX": args.prefix,
                "MEDSTREAM_HTTP_PORT": str(args.port_base + index),
                "MEDSTREAM_WAREHOUSE_PATH": str(args.warehouse),
                "MEDSTREAM_API_KEYS": f"footprint:{API_KEY}",
                "MEDSTREAM_STATE_DIR": str(log_dir),
                # analytics' live-visit store: its own file, not make run's
                "MEDSTREAM_REPLICA_ID": "bench-footprint",
            }
            log = (log_dir / f"{service}.log").open("ab")
            processes[service] = subprocess.Popen(
                [sys.executable, "-m", f"medstream_{service}"],
                cwd=source,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.time() + 180
        for index, service in enumerate(SERVICES):
            url = f"http://127.0.0.1:{args.port_base + index}/health/ready"
            while True:
                if processes[service].poll() is not None:
                    raise SystemExit(f"{service} exited; see {log_dir}/{service}.log")
                try:
                    if httpx.get(url, timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.time() > deadline:
                    raise SystemExit(f"{service} not ready; see {log_dir}/{service}.log")
                time.sleep(0.5)
        time.sleep(args.settle)
        found = {service: rss_mb(process.pid) for service, process in processes.items()}
        for number, question in enumerate(args.ask, 1):
            status = ask(args.port_base, question)
            if status != "completed":
                print(f"  question {number} ended {status}: {question}", flush=True)
            time.sleep(1)
            for service, process in processes.items():
                found[f"{service} after question {number}"] = rss_mb(process.pid)
        return found
    finally:
        for process in processes.values():
            process.terminate()
        for process in processes.values():
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=REPO)
    parser.add_argument("--starts", type=int, default=3)
    parser.add_argument("--settle", type=float, default=10.0)
    parser.add_argument("--prefix", default="footprint.")
    parser.add_argument("--port-base", type=int, default=8100)
    parser.add_argument("--warehouse", type=Path, default=REPO / ".state/warehouse-v2.duckdb")
    parser.add_argument("--logs", type=Path, default=Path("/tmp/medstream-footprint"))
    parser.add_argument(
        "--ask", nargs="*", default=list(QUESTIONS), help="questions asked after the idle RSS"
    )
    args = parser.parse_args()
    args.logs.mkdir(parents=True, exist_ok=True)
    runs = []
    for start in range(args.starts):
        runs.append(start_once(args, args.logs))
        shown = ", ".join(f"{s} {mb:.0f}" for s, mb in runs[-1].items() if s in SERVICES)
        print(f"start {start + 1}: {shown} (MB)", flush=True)
    asked = [f" | after question {n} ({q[:24]}…)" for n, q in enumerate(args.ask, 1)]
    print(f"\n| service ({args.source}) | RSS after start-up, MB (median of {args.starts})", end="")
    print("".join(asked) + " |")
    print("| --- | ---: |" + " ---: |" * len(asked))
    for service in SERVICES:
        row = [statistics.median(run[service] for run in runs)]
        row += [
            statistics.median(run[f"{service} after question {n}"] for run in runs)
            for n in range(1, len(asked) + 1)
        ]
        print(f"| {service} | " + " | ".join(f"{mb:.0f}" for mb in row) + " |")
    infra = infra_rss()
    for name, mb in infra.items():
        print(f"| {name} (running) | {mb:.0f} |")
    total = sum(statistics.median(run[s] for run in runs) for s in SERVICES) + sum(infra.values())
    print(f"| whole stack | {total:.0f} |")


if __name__ == "__main__":
    main()
