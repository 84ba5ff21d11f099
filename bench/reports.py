"""Report generation and report reads.

The offline engine's generation time is measured in-process on the documented example
patient; with ``--url``/``--key`` a report is requested from a running suite and read
back through the gateway, first from MongoDB (cache cold) then from Redis (cached).

    uv run python bench/reports.py --key "$(cat .state/dev-api-key)"
"""

import argparse
import statistics
import time
import uuid
from datetime import UTC, datetime

import httpx
import redis
from medstream_gateway.readmodel.reports import CACHE_KEY
from medstream_reports.engine.offline import OfflineReportEngine
from medstream_shared.events.models import ReportRequested

EXAMPLE = {
    "language": "en",
    "patient": {"age": 67, "sex": "M", "height_cm": 178, "weight_kg": 92},
    "complaints": ["shortness of breath"],
    "history": ["hypertension"],
    "medications": ["lisinopril"],
    "vitals": {
        "systolic_bp": 190,
        "diastolic_bp": 120,
        "heart_rate": 118,
        "temperature_c": 39.8,
        "respiratory_rate": 28,
        "spo2": 88,
    },
    "labs": [{"name": "glucose", "value": 14.2, "unit": "mmol/L"}],
}


def generation(rounds: int) -> None:
    engine = OfflineReportEngine()
    request = ReportRequested(request_id="bench", user_id="bench", **EXAMPLE)
    engine.generate(request, report_id="warm", created_at=datetime.now(UTC))
    times = []
    for i in range(rounds):
        started = time.perf_counter()
        engine.generate(request, report_id=f"r{i}", created_at=datetime.now(UTC))
        times.append((time.perf_counter() - started) * 1000)
    print(f"offline report generation: median {statistics.median(times):.2f} ms ({rounds} runs)")


def reads(url: str, key: str, redis_url: str, rounds: int) -> None:
    """Each report read twice side by side: cache emptied (MongoDB), then cached (Redis)."""
    headers = {"Authorization": f"Bearer {key}"}
    cache = redis.Redis.from_url(redis_url)
    from_mongo, from_redis = [], []
    with httpx.Client(base_url=url, headers=headers, timeout=30) as client:
        for _ in range(rounds):
            body = {**EXAMPLE, "complaints": [f"cough {uuid.uuid4().hex[:8]}"]}
            report_id = client.post("/api/v1/reports", json=body).json()["report_id"]
            while client.get(f"/api/v1/reports/{report_id}").json()["status"] == "pending":
                time.sleep(0.02)
            cache.delete(CACHE_KEY.format(report_id=report_id))
            for sink in (from_mongo, from_redis):
                started = time.perf_counter()
                client.get(f"/api/v1/reports/{report_id}").raise_for_status()
                sink.append((time.perf_counter() - started) * 1000)
    mongo_ms, redis_ms = statistics.median(from_mongo), statistics.median(from_redis)
    print(
        f"GET /api/v1/reports/{{id}}: MongoDB median {mongo_ms:.2f} ms, "
        f"Redis (cached) median {redis_ms:.2f} ms, ratio {mongo_ms / redis_ms:.2f} ({rounds} runs)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--key")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    generation(args.rounds)
    if args.key:
        reads(args.url, args.key, args.redis_url, min(args.rounds, 50))


if __name__ == "__main__":
    main()
