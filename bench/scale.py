"""Sessions/s at saturation with 1, 2 and 3 analytics replicas (and optionally 2 gateways),
with the CPU each process spent per session: where a machine's cores run out.

Runs against ``make run`` (started with the rate limit and backpressure raised, as for
`bench/side_by_side.py`). For each replica count it starts the extra analytics processes
(and with ``--gateways 2`` a second gateway on ``--gateway2-port``) from this checkout, waits
until they are ready and the consumer group has rebalanced, drives the closed loop of
`bench/side_by_side.py` with rising client counts (the clients alternate between the
gateways), and stops the extras. CPU per session is read from ``/proc/<pid>/stat`` of every
medstream process, of Kafka, the MongoDB-wire server and Redis, and of this client.

    uv run --frozen python bench/scale.py --key "$(cat .state/dev-api-key)" --replicas 1,2,3 \
        --gateways 2
"""

import argparse
import asyncio
import contextlib
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import side_by_side as sbs

REPO = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")
GROUPS = {
    "gateway": "medstream_gateway",
    "router": "medstream_router",
    "analytics": "medstream_analytics",
    "reports": "medstream_reports",
    "kafka": "kafka.Kafka",
    "mongodb-wire": "ferretdb",
    "redis": "redis-server",
}


def cpu_by_group() -> dict[str, float]:
    """CPU seconds so far of every process of each group (and of this client)."""
    used = dict.fromkeys([*GROUPS, "client"], 0.0)
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            command = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            stat = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        seconds = (int(stat[11]) + int(stat[12])) / TICKS
        if int(proc.name) == os.getpid():
            used["client"] += seconds
            continue
        for group, marker in GROUPS.items():
            if marker in command:
                used[group] += seconds
                break
    return used


@contextlib.contextmanager
def extra_processes(
    analytics: int, gateways: int, gateway2_port: int, key: str
) -> Iterator[list[str]]:
    """Start ``analytics`` more analytics replicas and ``gateways`` more gateways (with the
    dev key and the limits raised as the benchmark's ``make run`` has them)."""
    env = {**os.environ}
    gateway_env = {
        "MEDSTREAM_API_KEYS": f"dev:{key}",
        "MEDSTREAM_RATE_LIMIT_PER_SECOND": "100000",
        "MEDSTREAM_RATE_LIMIT_BURST": "100000",
        "MEDSTREAM_BACKPRESSURE_MAX_LAG": "1000000",
    }
    started: list[tuple[str, subprocess.Popen[bytes], str]] = []
    urls = []
    try:
        for index in range(analytics):
            port = 8012 + 10 * index
            started.append(
                (
                    "analytics",
                    subprocess.Popen(
                        [sys.executable, "-m", "medstream_analytics"],
                        cwd=REPO,
                        # each replica its own live store (MEDSTREAM_REPLICA_ID)
                        env={
                            **env,
                            "MEDSTREAM_HTTP_PORT": str(port),
                            "MEDSTREAM_REPLICA_ID": f"bench-scale-{index + 2}",
                        },
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                    ),
                    f"http://127.0.0.1:{port}/health/ready",
                )
            )
        for index in range(gateways):
            port = gateway2_port + index
            started.append(
                (
                    "gateway",
                    subprocess.Popen(
                        [sys.executable, "-m", "medstream_gateway"],
                        cwd=REPO,
                        env={**env, **gateway_env, "MEDSTREAM_HTTP_PORT": str(port)},
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                    ),
                    f"http://127.0.0.1:{port}/health/ready",
                )
            )
            urls.append(f"http://127.0.0.1:{port}")
        deadline = time.time() + 120
        for name, process, ready in started:
            while True:
                if process.poll() is not None:
                    raise SystemExit(f"an extra {name} exited")
                with contextlib.suppress(httpx.HTTPError):
                    if httpx.get(ready, timeout=2).status_code == 200:
                        break
                if time.time() > deadline:
                    raise SystemExit(f"an extra {name} did not get ready")
                time.sleep(0.5)
        time.sleep(12 if started else 0)  # the consumer groups rebalance
        yield urls
    finally:
        for _, process, _ in started:
            process.terminate()
        for _, process, _ in started:
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
        time.sleep(12 if started else 0)  # and rebalance back


async def closed_loop_many(urls: list[str], key: str, clients: int, seconds: float) -> float:
    """Completed sessions/s with ``clients`` asking back to back, alternating gateways."""
    pool = [sbs.make_client(url, key) for url in urls]
    deadline = time.perf_counter() + seconds
    done = 0

    async def one(index: int) -> None:
        nonlocal done
        client = pool[index % len(pool)]
        n = index
        while time.perf_counter() < deadline:
            await sbs.ask(client, sbs.QUESTIONS[n % len(sbs.QUESTIONS)])
            n += 1
            if time.perf_counter() <= deadline:
                done += 1

    for client in pool:  # warm-up of each gateway
        await sbs.ask(client, sbs.QUESTIONS[0])
    await asyncio.gather(*(one(i) for i in range(clients)))
    for client in pool:
        await client.aclose()
    return done / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--key", required=True)
    parser.add_argument("--replicas", default="1,2,3")
    parser.add_argument("--gateways", type=int, default=1, choices=[1, 2])
    parser.add_argument("--gateway2-port", type=int, default=8020)
    parser.add_argument("--levels", default="4,8,16")
    parser.add_argument("--seconds", type=float, default=10)
    args = parser.parse_args()
    levels = [int(v) for v in args.levels.split(",")]
    print(f"load average before: {sbs.load_average()}")
    results = []
    for replicas in (int(v) for v in args.replicas.split(",")):
        with extra_processes(replicas - 1, args.gateways - 1, args.gateway2_port, args.key) as more:
            urls = [args.url, *more]
            best, best_cpu, best_clients = 0.0, {}, 0
            for clients in levels:
                before, started = cpu_by_group(), time.perf_counter()
                rate = asyncio.run(closed_loop_many(urls, args.key, clients, args.seconds))
                after, wall = cpu_by_group(), time.perf_counter() - started
                sessions = max(rate * args.seconds, 1)
                cpu = {g: (after[g] - before[g]) * 1000 / sessions for g in after}
                busy = sum(after[g] - before[g] for g in after) / wall
                print(
                    f"analytics ×{replicas}, gateways ×{len(urls)}, {clients} clients: "
                    f"{rate:5.1f} sessions/s, CPU {busy:.2f} cores busy",
                    flush=True,
                )
                if rate > best:
                    best, best_cpu, best_clients = rate, {**cpu, "cores": busy}, clients
            results.append((replicas, len(urls), best, best_clients, best_cpu))
    print(f"load average after: {sbs.load_average()}\n")
    groups = [*GROUPS, "client"]
    print(
        "| analytics replicas | gateways | sessions/s | clients | cores busy | "
        + " | ".join(f"{g} ms CPU/session" for g in groups)
        + " |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | " + " | ".join("---:" for _ in groups) + " |")
    for replicas, gateways, best, clients, cpu in results:
        print(
            f"| {replicas} | {gateways} | {best:.1f} | {clients} | {cpu.get('cores', 0):.2f} | "
            + " | ".join(f"{cpu.get(g, 0):.1f}" for g in groups)
            + " |"
        )
    if results:
        total = statistics.median(sum(cpu.get(g, 0) for g in groups) for *_, cpu in results)
        print(f"\nmedian CPU per session, all processes: {total:.0f} ms")


if __name__ == "__main__":
    main()
