"""Analytics' first answer after start-up, and the ones after it, for two source trees.

What a lazily imported module costs the question that first needs it: each round starts
one fresh child process per source tree (the trees alternate which goes first), which
imports the service's modules, builds its handler as the service does (``worker_spec``:
warehouse and catalog, SQL guard, privacy check, chart spec; offline engine, no live
visits), then handles ``query.routed`` events carrying the router's plans: the first one
timed alone (nothing warm but what start-up made), then every question ``--repeats``
times. The plans are made beforehand, by the first tree's engine in a process of their
own, so the children load only what the service loads. Printed: the medians over the
rounds of the start-up (import and ``worker_spec``), the first answer, and the median
later answer.

    git archive <commit> | tar -x -C /tmp/before
    uv run --frozen python bench/first_answer.py --before /tmp/before --rounds 5
"""

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("shared", "questions", "services/analytics")
QUESTIONS = (
    "Top-5 diagnoses in Saint Petersburg in 2025",
    "Топ-5 заболеваний в СПб за 2025 год",
    "How many visits were there in Moscow in 2024?",
    "Average cost of a visit by department in 2023",
    "Сколько пациентов старше 65 лет обращались в 2024 году?",
)


def child(warehouse: Path, repeats: int) -> None:
    started = time.perf_counter()
    from medstream_analytics.config import AnalyticsSettings
    from medstream_analytics.service import worker_spec
    from medstream_shared.constants import EventType
    from medstream_shared.events import models
    from medstream_shared.events.envelope import Envelope
    from medstream_shared.logging import configure_logging

    configure_logging("analytics")
    spec = worker_spec(AnalyticsSettings(warehouse_path=warehouse, live_visits=False))
    [subscription] = spec.subscriptions(None)  # type: ignore[arg-type]
    startup = (time.perf_counter() - started) * 1000
    events = [
        models.QueryRouted(
            session_id=f"bench-{index}",
            user_id="bench",
            question=question,
            language=plan["language"],
            plan=plan,
        )
        for index, (question, plan) in enumerate(json.loads(sys.stdin.read()))
    ]
    envelopes = [
        Envelope(
            id=f"e-{index}",
            type=EventType.QUERY_ROUTED,
            source="/bench",
            subject=event.subject,
            time=None,
            data=event,
        )
        for index, event in enumerate(events)
    ]

    async def answer(item: Envelope) -> float:
        began = time.perf_counter()
        [done] = await subscription.handle(item)
        assert isinstance(done, models.QueryCompleted), done
        return (time.perf_counter() - began) * 1000

    async def run() -> tuple[float, list[float]]:
        first = await answer(envelopes[0])
        later = [await answer(item) for _ in range(repeats) for item in envelopes]
        return first, later

    first, later = asyncio.run(run())
    if spec.on_shutdown is not None:
        spec.on_shutdown()
    print(json.dumps({"startup": startup, "first": first, "later": statistics.median(later)}))


def plan(warehouse: Path) -> None:
    """The router's plans of ``QUESTIONS``, as JSON, from the engine of this tree."""
    import duckdb
    from medstream_analytics.catalog import read_catalog
    from medstream_questions.understanding import Understanding

    with duckdb.connect(str(warehouse), read_only=True) as connection:
        understanding = Understanding(read_catalog(connection))
    print(json.dumps([(q, understanding.plan(q).model_dump(mode="json")) for q in QUESTIONS]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=False, help="the other source tree")
    parser.add_argument("--after", type=Path, default=REPO)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=3, help="passes after the first answer")
    parser.add_argument("--warehouse", type=Path, default=REPO / ".state/warehouse-v2.duckdb")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--plan", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.warehouse, args.repeats)
        return
    if args.plan:
        plan(args.warehouse)
        return
    trees = {"after": args.after.resolve()}
    if args.before is not None:
        trees = {"before": args.before.resolve(), **trees}
    # planned by the first tree's engine, so that both trees' plan contract accepts them
    planner = next(iter(trees.values()))
    planned = subprocess.run(
        [sys.executable, __file__, "--plan", "--warehouse", str(args.warehouse)],
        env={**os.environ, "PYTHONPATH": os.pathsep.join(str(planner / p) for p in PACKAGES)},
        cwd=planner,
        capture_output=True,
        text=True,
        check=True,
    )
    plans = planned.stdout.strip().splitlines()[-1]
    results: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    load = [os.getloadavg()[0]]
    for round_ in range(args.rounds):
        for name in list(trees) if round_ % 2 == 0 else list(reversed(trees)):
            env = {
                **os.environ,
                "PYTHONPATH": os.pathsep.join(str(trees[name] / p) for p in PACKAGES),
            }
            command = [sys.executable, __file__, "--child", "--warehouse", str(args.warehouse)]
            done = subprocess.run(
                [*command, "--repeats", str(args.repeats)],
                input=plans,
                env=env,
                cwd=trees[name],
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0:
                raise SystemExit(f"the child for {trees[name]} failed:\n{done.stderr[-3000:]}")
            results[name].append(json.loads(done.stdout.strip().splitlines()[-1]))
        shown = ", ".join(f"{n} first {results[n][-1]['first']:.1f} ms" for n in trees)
        print(f"round {round_ + 1}: {shown}", flush=True)
        load.append(os.getloadavg()[0])
    print(f"\n{args.rounds} rounds; load average {min(load):.1f}–{max(load):.1f}; ms, medians")
    print("(rounds in brackets):\n")
    print("| tree | start-up (import, worker_spec) | first answer | later answers (median) |")
    print("| --- | ---: | ---: | ---: |")
    for name, tree in trees.items():
        cells = []
        for key in ("startup", "first", "later"):
            values = [r[key] for r in results[name]]
            shown = ", ".join(f"{v:.0f}" if key == "startup" else f"{v:.1f}" for v in values)
            cells.append(f"**{statistics.median(values):.1f}** ({shown})")
        print(f"| {name} ({tree}) | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
