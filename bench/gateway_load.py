"""Requests per second and latency of the gateway's two hottest endpoints.

Drives a running gateway (one uvicorn worker, as `make run` starts it) from one process
with asyncio clients: ``GET /api/v1/sessions/{id}`` (a read from MongoDB) and
``POST /api/v1/queries`` (a write to MongoDB and an acknowledged Kafka publish). Start
the gateway with a rate limit that will not interfere, e.g.

    MEDSTREAM_RATE_LIMIT_PER_SECOND=100000 MEDSTREAM_RATE_LIMIT_BURST=100000 make run
    uv run python bench/gateway_load.py --key "$(cat .state/dev-api-key)"

Each scenario runs ``--seconds`` with ``--concurrency`` clients after a warm-up, and is
repeated ``--repeats`` times; medians of the runs are printed. A 503 is the gateway
shedding load because the router or analytics is behind (backpressure): it is counted in
the "shed" column, not as an error. Any other 4xx/5xx stops the run.
"""

import argparse
import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable

import httpx

Call = Callable[[httpx.AsyncClient], Awaitable[httpx.Response]]


async def drive(
    client: httpx.AsyncClient, call: Call, seconds: float, concurrency: int
) -> tuple[list[float], int, int]:
    """Latencies of every response, and how many were shed (503) or errors."""
    latencies: list[float] = []
    shed = errors = 0
    deadline = time.perf_counter() + seconds

    async def worker() -> None:
        nonlocal shed, errors
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            response = await call(client)
            latencies.append(time.perf_counter() - started)
            if response.status_code == 503:
                shed += 1
            elif response.status_code >= 400:
                errors += 1

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, shed, errors


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def scenario(
    name: str, url: str, key: str, call: Call, seconds: float, concurrency: int, repeats: int
) -> None:
    headers = {"Authorization": f"Bearer {key}"}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(
        base_url=url, headers=headers, limits=limits, timeout=30
    ) as client:
        await drive(client, call, 1.0, concurrency)  # warm-up
        rates, shed_shares, p50s, p99s = [], [], [], []
        for _ in range(repeats):
            latencies, shed, errors = await drive(client, call, seconds, concurrency)
            if errors:
                raise SystemExit(f"{name}: {errors} error responses; is the rate limit raised?")
            rates.append(len(latencies) / seconds)
            shed_shares.append(100 * shed / len(latencies))
            p50s.append(percentile(latencies, 0.50) * 1000)
            p99s.append(percentile(latencies, 0.99) * 1000)
    print(
        f"| {name} | {concurrency} | {statistics.median(rates):,.0f} | "
        f"{statistics.median(shed_shares):.0f} % | "
        f"{statistics.median(p50s):.1f} | {statistics.median(p99s):.1f} |"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--key", required=True)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    async with httpx.AsyncClient(
        base_url=args.url, headers={"Authorization": f"Bearer {args.key}"}
    ) as client:
        created = await client.post("/api/v1/queries", json={"question": "Top-5 diagnoses"})
        created.raise_for_status()
        session_id = created.json()["session_id"]

    async def read(client: httpx.AsyncClient) -> httpx.Response:
        return await client.get(f"/api/v1/sessions/{session_id}")

    async def submit(client: httpx.AsyncClient) -> httpx.Response:
        return await client.post("/api/v1/queries", json={"question": "Top-5 diagnoses in Kazan"})

    print("| endpoint | clients | requests/s | shed (503) | p50 ms | p99 ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, call in (
        ("GET /api/v1/sessions/{id}", read),
        ("POST /api/v1/queries", submit),
    ):
        await scenario(name, args.url, args.key, call, args.seconds, args.concurrency, args.repeats)


if __name__ == "__main__":
    asyncio.run(main())
