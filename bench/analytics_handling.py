"""Analytics handling time per question, for two source trees side by side.

What the ``analytics handling`` hop of docs/performance.md costs without Kafka around it:
the handler the service wires (``worker_spec``: warehouse, SQL guard, privacy check,
DuckDB, answer, chart spec; offline engine, no live visits) handles a ``query.routed``
event carrying the router's plan, for every evaluation question that plans to SQL,
against the 1M-visit warehouse. Each round starts one child process per source tree (the
trees alternate which goes first), imports from that tree only, plans every question
untimed, warms up with one pass, then times ``--repeats`` passes; a question's time is its
median over the passes, a round's figure the median and the sum over the questions. The
medians of the rounds are printed, with the ratio of the two trees.

    git archive <commit> | tar -x -C /tmp/before
    uv run --frozen python bench/analytics_handling.py --before /tmp/before --rounds 5
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
CLOCKS = {
    "wall": time.perf_counter,
    "cpu": time.process_time,  # every thread: the handler's and DuckDB's
    "loop": time.thread_time,  # the event loop's thread: the handler without DuckDB
}
"""What is timed: the wall clock moves with the shared machine's load, CPU time far less."""
PACKAGES = ("shared", "questions", "services/analytics")


def source_path(source: Path) -> str:
    return os.pathsep.join(str(source / package) for package in PACKAGES)


def run_child(
    source: Path, warehouse: Path, repeats: int, questions: list[str]
) -> dict[str, list[float]]:
    """One tree's per-question medians (ms) by clock, from a fresh process importing it."""
    env = {**os.environ, "PYTHONPATH": source_path(source)}
    command = [sys.executable, __file__, "--child", "--warehouse", str(warehouse)]
    command += ["--repeats", str(repeats)]
    done = subprocess.run(
        command,
        input=json.dumps(questions),
        env=env,
        cwd=source,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"the child for {source} failed:\n{done.stderr[-3000:]}")
    result: dict[str, list[float]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def child(warehouse: Path, repeats: int) -> None:
    """Plan every question (untimed), then time the handler on each, ``repeats`` passes."""
    import duckdb
    from medstream_analytics.catalog import read_catalog
    from medstream_analytics.config import AnalyticsSettings
    from medstream_analytics.service import worker_spec
    from medstream_questions.decide import Planned
    from medstream_questions.understanding import Understanding
    from medstream_shared.constants import EventType
    from medstream_shared.events import models
    from medstream_shared.events.envelope import Envelope
    from medstream_shared.logging import configure_logging

    configure_logging("analytics")  # as the service logs (its stdout is a pipe here)
    questions: list[str] = json.loads(sys.stdin.read())
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        understanding = Understanding(read_catalog(connection))
    envelopes = []
    for index, question in enumerate(questions):
        decision = understanding.decide(understanding.read(question))
        if not isinstance(decision, Planned):
            continue
        plan = decision.plan
        event = models.QueryRouted(
            session_id=f"bench-{index}",
            user_id="bench",
            question=question,
            language=plan.language,
            plan=plan.model_dump(mode="json"),
        )
        envelopes.append(
            Envelope(
                id=f"e-{index}",
                type=EventType.QUERY_ROUTED,
                source="/bench",
                subject=event.subject,
                time=None,
                data=event,
            )
        )
    settings = AnalyticsSettings(warehouse_path=warehouse, live_visits=False)
    spec = worker_spec(settings)
    [subscription] = spec.subscriptions(None)  # type: ignore[arg-type]

    async def passes() -> dict[str, list[float]]:
        for item in envelopes:  # warm-up: caches, DuckDB's buffers
            [answer] = await subscription.handle(item)
            assert isinstance(answer, models.QueryCompleted), answer
        timings = {kind: [[] for _ in envelopes] for kind in CLOCKS}
        for _ in range(repeats):
            for index, item in enumerate(envelopes):
                started = [clock() for clock in CLOCKS.values()]
                await subscription.handle(item)
                for kind, clock, start in zip(CLOCKS, CLOCKS.values(), started, strict=True):
                    timings[kind][index].append((clock() - start) * 1000)
        return {kind: [statistics.median(t) for t in times] for kind, times in timings.items()}

    medians = asyncio.run(passes())
    if spec.on_shutdown is not None:
        spec.on_shutdown()
    print(json.dumps(medians))


Rounds = list[dict[str, list[float]]]
"""Per round: per clock, each question's median over the passes (ms)."""


def report(trees: dict[str, Path], results: dict[str, Rounds], clock: str) -> None:
    """One table: the median question and the sum over the questions, rounds in brackets."""
    print(f"\n{clock} time per question, ms (rounds in brackets):\n")
    print("| tree | median question | sum over the questions |")
    print("| --- | ---: | ---: |")
    figures: dict[str, tuple[float, float]] = {}
    for name, tree in trees.items():
        medians = [statistics.median(r[clock]) for r in results[name]]
        sums = [sum(r[clock]) for r in results[name]]
        figures[name] = (statistics.median(medians), statistics.median(sums))
        shown_m = ", ".join(f"{m:.2f}" for m in medians)
        shown_s = ", ".join(f"{s:.0f}" for s in sums)
        print(
            f"| {name} ({tree}) | **{figures[name][0]:.2f}** ({shown_m}) "
            f"| **{figures[name][1]:.0f}** ({shown_s}) |"
        )
    if "before" in figures:
        (median, total), (was_median, was_total) = figures["after"], figures["before"]
        print(f"| after / before | **{median / was_median:.2f}×** | **{total / was_total:.2f}×** |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=False, help="the other source tree")
    parser.add_argument("--after", type=Path, default=REPO)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=5, help="timed passes per child")
    parser.add_argument("--warehouse", type=Path, default=REPO / ".state/warehouse-v2.duckdb")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.warehouse, args.repeats)
        return
    sys.path.insert(0, str(REPO))
    from tests.analytics.eval.questions import CASES

    questions = [case.question for case in CASES if case.expect in ("rows", "number")]
    trees = {"after": args.after.resolve()}
    if args.before is not None:
        trees = {"before": args.before.resolve(), **trees}
    results: dict[str, Rounds] = {name: [] for name in trees}
    load = [os.getloadavg()[0]]
    for round_ in range(args.rounds):
        order = list(trees) if round_ % 2 == 0 else list(reversed(trees))
        for name in order:
            results[name].append(run_child(trees[name], args.warehouse, args.repeats, questions))
        shown = ", ".join(
            f"{name} {statistics.median(results[name][-1]['wall']):.2f} ms" for name in trees
        )
        print(f"round {round_ + 1}, median question: {shown}", flush=True)
        load.append(os.getloadavg()[0])
    count = len(results["after"][0]["wall"])
    print(f"\n{count} questions × {args.repeats} passes × {args.rounds} rounds; ", end="")
    print(f"load average {min(load):.1f}–{max(load):.1f}")
    for clock in CLOCKS:
        report(trees, results, clock)


if __name__ == "__main__":
    main()
