"""Soak: a steady open-loop load for N minutes, sampling each service's RSS every 30 s.

Drives ``make run`` (rate limit raised as for `bench/side_by_side.py`) at ``--rate``
sessions/s (use half of the saturation rate that `bench/side_by_side.py` found), each
session POSTed and followed over SSE to ``completed``. Every ``--every`` seconds it reads
``VmRSS`` of each process named in ``.state/run/*.pid`` (the services and the
infrastructure; what ``ps -o rss`` shows) and the p50 of the sessions completed since the
last sample. At the end it prints every sample and, per process, the least-squares slope
in MB/min over the samples after ``--warmup`` minutes (start-up and first-use growth are
not a leak).

    uv run --frozen python bench/soak.py --key "$(cat .state/dev-api-key)" --rate 5 --minutes 10
"""

import argparse
import asyncio
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import side_by_side as sbs

REPO = Path(__file__).resolve().parent.parent


def rss_mb(pid: int) -> float:
    """VmRSS in MB; NaN once the process is gone (printed, left out of the slope)."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except (FileNotFoundError, ProcessLookupError):
        return float("nan")
    for line in lines:
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def service_pids(run_dir: Path) -> dict[str, int]:
    pids = {}
    for pidfile in sorted(run_dir.glob("*.pid")):
        pid = int(pidfile.read_text().strip())
        if Path(f"/proc/{pid}").exists():
            pids[pidfile.stem] = pid
    return pids


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of (minutes, MB): MB per minute."""
    n = len(points)
    if n < 2:
        return 0.0
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / sxx if sxx else 0.0


async def soak(args: argparse.Namespace) -> None:
    pids = service_pids(args.run_dir)
    if not pids:
        raise SystemExit(f"no running services in {args.run_dir}; make run first")
    client = sbs.make_client(args.url, args.key)
    samples: list[tuple[float, dict[str, float], float | None, int]] = []
    latencies: list[float] = []
    failures = 0
    tasks: set[asyncio.Task[None]] = set()

    async def one(n: int) -> None:
        nonlocal failures
        try:
            session = await sbs.ask(client, sbs.QUESTIONS[n % len(sbs.QUESTIONS)])
            latencies.append(session.status_ms["completed"])
        except (sbs.Failure, Exception):
            failures += 1

    def sample(minute: float) -> None:
        rss = {name: rss_mb(pid) for name, pid in pids.items()}
        done = sorted(latencies)
        latencies.clear()
        p50 = done[len(done) // 2] if done else None
        samples.append((minute, rss, p50, len(done)))
        shown = ", ".join(f"{k} {v:.0f}" for k, v in rss.items())
        p50_text = f"{p50:.0f} ms" if p50 is not None else "-"
        print(f"{minute:5.1f} min  p50 {p50_text} ({len(done)})  RSS MB: {shown}", flush=True)

    start = time.perf_counter()
    end = start + args.minutes * 60
    next_sample = start
    interval = 1 / args.rate
    n = 0
    while (now := time.perf_counter()) < end:
        if now >= next_sample:
            sample((now - start) / 60)
            next_sample += args.every
        due = start + n * interval
        await asyncio.sleep(max(0.0, due - time.perf_counter()))
        task = asyncio.create_task(one(n))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
        n += 1
    await asyncio.gather(*tasks)
    sample((time.perf_counter() - start) / 60)
    await client.aclose()
    print(f"\n{n} sessions started at {args.rate}/s, {failures} failed")
    print(f"| process | first MB | last MB | slope after {args.warmup:g} min, MB/min |")
    print("| --- | ---: | ---: | ---: |")
    for name in samples[0][1]:
        points = [
            (m, rss[name])
            for m, rss, _, _ in samples
            if m >= args.warmup and name in rss and not math.isnan(rss[name])
        ]
        print(
            f"| {name} | {samples[0][1][name]:.0f} | {samples[-1][1].get(name, 0):.0f} | "
            f"{slope(points):+.2f} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--key", required=True)
    parser.add_argument("--rate", type=float, required=True, help="sessions/s")
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--every", type=float, default=30, help="seconds between samples")
    parser.add_argument("--warmup", type=float, default=1, help="minutes left out of the slope")
    parser.add_argument("--run-dir", type=Path, default=REPO / ".state/run")
    asyncio.run(soak(parser.parse_args()))


if __name__ == "__main__":
    main()
