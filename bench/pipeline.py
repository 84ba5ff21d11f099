"""End to end and warehouse latency: POST → completed, and a top-N query on the warehouse.

``--url``/``--key`` point at a running suite (`make run`); each question is submitted and
its session followed over SSE until ``completed``; the time from the POST to the final
event is recorded. ``--warehouse`` times a top-N query directly on the DuckDB file through
the analytics executor (the same read-only connection and guard the service uses).

    uv run python bench/pipeline.py --key "$(cat .state/dev-api-key)" \
        --warehouse .state/warehouse-v2.duckdb
"""

import argparse
import json
import statistics
import time
from pathlib import Path

import httpx
from medstream_analytics.executor import Warehouse
from medstream_analytics.guard import SqlGuard

TOP_N = """
SELECT d.icd10_code, d.title_en, COUNT(*) AS visits
FROM visits AS v JOIN diagnoses AS d ON v.icd10_code = d.icd10_code
WHERE v.city = 'Saint Petersburg' AND v.visit_date BETWEEN DATE '2025-01-01' AND DATE '2025-12-31'
GROUP BY d.icd10_code, d.title_en ORDER BY visits DESC LIMIT 5
"""
QUESTIONS = (
    "Top-5 diagnoses in Saint Petersburg in 2025",
    "Топ-5 заболеваний в СПб за 2025 год?",
    "How many influenza visits were there in Moscow in 2024?",
    "Monthly trend of visits in Kazan in 2025",
)


def follow_to_completion(client: httpx.Client, question: str) -> dict[str, float]:
    """Milliseconds from the POST to the first update of each status, over SSE."""
    started = time.perf_counter()
    accepted = client.post("/api/v1/queries", json={"question": question})
    accepted.raise_for_status()
    seen = {"accepted": (time.perf_counter() - started) * 1000}
    session_id = accepted.json()["session_id"]
    with client.stream("GET", f"/api/v1/sessions/{session_id}/events") as events:
        for line in events.iter_lines():
            if line.startswith("data:"):
                status = json.loads(line[5:])["status"]
                seen.setdefault(status, (time.perf_counter() - started) * 1000)
                if status in {"completed", "error"}:
                    if status != "completed":
                        raise SystemExit(f"{question!r} ended in {status}")
                    return seen
    raise SystemExit(f"the stream of {question!r} ended early")


def end_to_end(url: str, key: str, rounds: int) -> None:
    headers = {"Authorization": f"Bearer {key}"}
    with httpx.Client(base_url=url, headers=headers, timeout=30) as client:
        follow_to_completion(client, QUESTIONS[0])  # warm-up
        runs = [follow_to_completion(client, q) for _ in range(rounds) for q in QUESTIONS]
    totals = sorted(run["completed"] for run in runs)
    print(
        f"POST → completed over SSE: median {statistics.median(totals):.0f} ms, "
        f"p95 {totals[int(0.95 * len(totals)) - 1]:.0f} ms ({len(totals)} questions)"
    )
    print("median time from the POST to the first update of each status:")
    for status in ("accepted", "router_processing", "query_processing", "completed"):
        times = [run[status] for run in runs if status in run]
        if times:
            print(f"  {status:<18} {statistics.median(times):6.0f} ms  (seen in {len(times)})")


def warehouse_query(path: Path, rounds: int) -> None:
    warehouse = Warehouse(path, timeout_seconds=30, max_rows=10_000)
    sql = SqlGuard().validate(TOP_N)
    warehouse.run_sync(sql)  # warm-up: the first query reads the file
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        warehouse.run_sync(sql)
        times.append((time.perf_counter() - started) * 1000)
    rows = warehouse.distinct("SELECT count(*) FROM visits")[0][0]
    warehouse.close()
    print(
        f"top-5 query on {rows:,} visits: median {statistics.median(times):.1f} ms ({rounds} runs)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--key")
    parser.add_argument("--warehouse", type=Path)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    if args.warehouse:
        warehouse_query(args.warehouse, args.rounds * 5)
    if args.key:
        end_to_end(args.url, args.key, args.rounds)


if __name__ == "__main__":
    main()
