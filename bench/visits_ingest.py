"""Live visits: ingestion throughput, visit-to-answer delay, and what the union view costs.

``throughput``: publishes ``--visits`` visits (the plain confluent-kafka publisher of
``examples/publish_visits.py``) on topics of a fresh prefix, then times a ``VisitFeed``
catching up with them into a fresh live store beside ``--warehouse``: Kafka fetch, decode,
checks against base and live, one DuckDB transaction per batch. Visits/s, median of
``--runs``.

``delay``: starts gateway, router and analytics (``tests.stack``) on a copy of
``--warehouse``, then each round publishes ``--visits`` visits and asks "How many visits
were there on <day>?" through the gateway until the answer counts them: seconds from the
broker's acks to that answer. ``new day`` rounds publish on a day after the newest data
(the catalog must move before the question can be read); ``same day`` rounds add to a day
already there. Median of ``--runs`` each.

``union``: compiled questions on the base file read-only (as before live visits) and through
the live store's views (empty, then with ``--visits`` live rows); median ms of 30 runs.

    uv run --frozen python bench/visits_ingest.py throughput --warehouse /tmp/w.duckdb
    uv run --frozen python bench/visits_ingest.py delay --warehouse /tmp/w.duckdb
    uv run --frozen python bench/visits_ingest.py union --warehouse /tmp/w.duckdb
"""

import argparse
import asyncio
import datetime as dt
import functools
import importlib.util
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # tests.stack, for the delay mode

from medstream_analytics import live_store  # noqa: E402
from medstream_analytics.executor import Warehouse  # noqa: E402
from medstream_analytics.visit_batch import apply, prepare  # noqa: E402

UNION_QUESTIONS = (
    "Top-5 diagnoses in Saint Petersburg in 2025",
    "How many influenza visits were there in Moscow in 2024?",
    "Monthly trend of visits in Kazan in 2025",
    "Average cost of a visit by city in 2025",
    "Breakdown of flu visits by sex in Moscow in 2024",
)


def example() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "publish_visits", REPO / "examples/publish_visits.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def example_args(count: int, day: dt.date, first_id: int, **extra: Any) -> argparse.Namespace:
    values = {
        "count": count,
        "first_id": first_id,
        "first_patient_id": first_id,
        "date": day.isoformat(),
        "city": "Moscow",
        "district": "Western",
        "department": "Therapy",
        "icd10": None,
        **extra,
    }
    return argparse.Namespace(**values)


# ---------------------------------------------------------------- throughput


async def one_throughput_run(warehouse_path: Path, visits: int, bootstrap: str) -> float:
    from medstream_analytics.visit_feed import VisitFeed
    from medstream_shared.config import MedstreamSettings
    from medstream_shared.kafka.admin import ensure_topics
    from medstream_shared.kafka.producer import EventProducer

    prefix = f"bench-visits-{uuid.uuid4().hex[:8]}."
    settings = MedstreamSettings(kafka_bootstrap=bootstrap, topic_prefix=prefix)
    await ensure_topics(settings)
    publisher = example()
    rows = publisher.make_visits(example_args(visits, dt.date(2026, 1, 3), 8 * 10**12))
    publisher.publish(bootstrap, f"{prefix}visits", rows, "/bench")
    with tempfile.TemporaryDirectory(prefix="medstream-live-") as directory:
        warehouse = Warehouse(
            warehouse_path, timeout_seconds=10, max_rows=100, live=f"{directory}/live.duckdb"
        )
        producer = EventProducer(settings, source="/bench")
        await producer.start()
        feed = VisitFeed(settings, warehouse, producer, replica_id="bench")
        try:
            await feed.start()
            started = time.perf_counter()
            applied = await feed.catch_up()
            seconds = time.perf_counter() - started
        finally:
            await feed.stop()
            await producer.stop()
            warehouse.close()
    await delete_topics(bootstrap, prefix)
    if applied != visits:
        raise SystemExit(f"applied {applied} of {visits}")
    return visits / seconds


async def delete_topics(bootstrap: str, prefix: str) -> None:
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        topics = [t for t in await admin.list_topics() if t.startswith(prefix)]
        if topics:
            await admin.delete_topics(topics)
    finally:
        await admin.close()


def throughput(args: argparse.Namespace) -> None:
    rates = []
    for run in range(args.runs):
        rate = asyncio.run(one_throughput_run(args.warehouse, args.visits, args.bootstrap))
        rates.append(rate)
        print(f"run {run + 1}: {args.visits} visits, {rate:,.0f} visits/s into DuckDB")
    print(f"median {statistics.median(rates):,.0f} visits/s over {args.runs} runs")


# ---------------------------------------------------------------- delay


def delay(args: argparse.Namespace) -> None:
    import httpx

    from tests.harness import USERS, client_for, running, wait_for_status
    from tests.stack import build_stack

    directory = Path(tempfile.mkdtemp(prefix="medstream-delay-"))
    base = directory / "warehouse.duckdb"
    shutil.copy(args.warehouse, base)
    (directory / "logs").mkdir()
    keys = ",".join(f"{user}:{key}" for user, key in USERS.items())
    stack = build_stack(directory / "logs", warehouse=base, api_keys=keys)
    publisher = example()

    def answer(client: httpx.Client, day: dt.date) -> int | None:
        question = f"How many visits were there on {day.day} {day:%B} {day.year}?"
        posted = client.post("/api/v1/queries", json={"question": question})
        session = wait_for_status(
            client, posted.json()["session_id"], {"completed", "waiting_feedback", "error"}
        )
        if session["status"] != "completed":
            return None
        return int(session["result"]["rows"][0][0])

    def round_trip(client: httpx.Client, day: dt.date, first_id: int, wanted: int) -> float:
        rows = publisher.make_visits(example_args(args.visits, day, first_id))
        publisher.publish(stack.kafka_bootstrap, f"{stack.topic_prefix}visits", rows, "/bench")
        acked = time.perf_counter()
        while answer(client, day) != wanted:
            if time.perf_counter() - acked > 30:
                raise SystemExit(f"{day} not answered with {wanted} in 30 s")
        return time.perf_counter() - acked

    with running(stack, ("gateway", "router", "analytics")), client_for(stack, "alice") as client:
        newest = dt.date(2026, 1, 1)
        new_day, same_day = [], []
        for run in range(args.runs):
            day = newest + dt.timedelta(days=run)
            new_day.append(round_trip(client, day, 9 * 10**12 + run * 10**6, args.visits))
            same_day.append(
                round_trip(client, day, 9 * 10**12 + run * 10**6 + 5 * 10**5, 2 * args.visits)
            )
            print(f"round {run + 1}: new day {new_day[-1]:.2f} s, same day {same_day[-1]:.2f} s")
    print(
        f"visit-to-answer, median of {args.runs}: new day {statistics.median(new_day):.2f} s, "
        f"same day {statistics.median(same_day):.2f} s ({args.visits} visits per round)"
    )
    shutil.rmtree(directory, ignore_errors=True)


# ---------------------------------------------------------------- union


def union(args: argparse.Namespace) -> None:
    from medstream_questions.compile import compile_plan
    from medstream_questions.understanding import Understanding

    plain = Warehouse(args.warehouse, timeout_seconds=30, max_rows=10_000)
    understanding = Understanding(plain.catalog)
    sqls = {q: compile_plan(understanding.plan(q)) for q in UNION_QUESTIONS}
    with tempfile.TemporaryDirectory(prefix="medstream-union-") as directory:
        empty, filled = (
            Warehouse(args.warehouse, timeout_seconds=30, max_rows=10_000, live=f"{directory}/{n}")
            for n in ("empty.duckdb", "filled.duckdb")
        )
        add_live_rows(filled, args.visits)
        setups = {
            "base only (before)": plain,
            "union, empty live": empty,
            f"union, {args.visits:,} live": filled,
        }
        results = {q: interleaved(setups, sql) for q, sql in sqls.items()}
        empty.close()
        filled.close()
    plain.close()
    labels = list(setups)
    print("| question (ms, median of 30) | " + " | ".join(labels) + " |")
    print("| --- |" + " ---: |" * len(labels))
    for question, row in results.items():
        print(f"| {question} | " + " | ".join(f"{row[k]:.2f}" for k in labels) + " |")
    medians = [statistics.median(r[k] for r in results.values()) for k in labels]
    print("| median of the questions | " + " | ".join(f"{m:.2f}" for m in medians) + " |")
    ratios = [statistics.median(r[k] / r[labels[0]] for r in results.values()) for k in labels]
    print("| median ratio to before | " + " | ".join(f"{r:.2f}" for r in ratios) + " |")


def interleaved(setups: dict[str, Warehouse], sql: str, runs: int = 30) -> dict[str, float]:
    """Median ms per setup, the setups taking turns so that machine noise hits all alike."""
    samples: dict[str, list[float]] = {label: [] for label in setups}
    for warehouse in setups.values():
        warehouse.run_sync(sql)
    for _ in range(runs):
        for label, warehouse in setups.items():
            started = time.perf_counter()
            warehouse.run_sync(sql)
            samples[label].append((time.perf_counter() - started) * 1000)
    return {label: statistics.median(values) for label, values in samples.items()}


def add_live_rows(warehouse: Warehouse, visits: int) -> None:
    from medstream_shared.events.models import VisitRecorded

    from tests.analytics.live_visits import record

    publisher = example()
    rows = publisher.make_visits(example_args(visits, dt.date(2025, 12, 30), 8 * 10**12))
    records = [record(VisitRecorded.model_validate(row), offset=i) for i, row in enumerate(rows)]
    for seq, start in enumerate(range(0, len(records), 5000), start=1):
        batch = records[start : start + 5000]
        prepared = warehouse.write(functools.partial(prepare, records=batch))
        warehouse.write(functools.partial(apply, batch=prepared, topic="bench", seq=seq))
    assert warehouse.write(live_store.last_seq) > 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=("throughput", "delay", "union"))
    parser.add_argument("--warehouse", type=Path, default=REPO / ".state/warehouse-v2.duckdb")
    parser.add_argument("--bootstrap", default="127.0.0.1:9092")
    parser.add_argument("--visits", type=int, default=None)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    args.visits = args.visits or {"throughput": 50_000, "delay": 20, "union": 10_000}[args.mode]
    {"throughput": throughput, "delay": delay, "union": union}[args.mode](args)


if __name__ == "__main__":
    main()
