"""Idle RSS of each service after start-up, median of several starts, for any source tree.

Starts the four services (gateway, router, analytics, reports) from ``--source`` (default:
this checkout; give a ``git worktree`` of another commit to measure a before/after) on
ports ``--port-base``…+3 with their own topic prefix (``--prefix``), so they share the
running infrastructure with ``make run`` without joining its consumer groups. Each start
waits for every ``/health/ready``, lets the process settle ``--settle`` seconds, reads
``VmRSS`` (what ``ps -o rss`` shows) and stops the services. Also prints the RSS of the
infrastructure processes (Kafka, the MongoDB-wire server, Redis, Prometheus).

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
                "MEDSTREAM_API_KEYS": "footprint:footprint-key-0123456789",
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
        return {service: rss_mb(process.pid) for service, process in processes.items()}
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
    args = parser.parse_args()
    args.logs.mkdir(parents=True, exist_ok=True)
    runs = []
    for start in range(args.starts):
        runs.append(start_once(args, args.logs))
        shown = ", ".join(f"{s} {mb:.0f}" for s, mb in runs[-1].items())
        print(f"start {start + 1}: {shown} (MB)", flush=True)
    print(f"\n| service ({args.source}) | RSS after start-up, MB (median of {args.starts}) |")
    print("| --- | ---: |")
    for service in SERVICES:
        print(f"| {service} | {statistics.median(run[service] for run in runs):.0f} |")
    infra = infra_rss()
    for name, mb in infra.items():
        print(f"| {name} (running) | {mb:.0f} |")
    total = sum(statistics.median(run[s] for run in runs) for s in SERVICES) + sum(infra.values())
    print(f"| whole stack | {total:.0f} |")


if __name__ == "__main__":
    main()
