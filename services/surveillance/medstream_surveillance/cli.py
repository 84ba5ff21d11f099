"""``medstream-surveillance detect``: the detection methods on a CSV file, with no Kafka.

The streaming service will run the same pure functions on its windows; this command lets an
epidemiologist run them on a series of their own, check an alert by hand, or compare with R.
``main`` returns the exit status, so that tests can call it directly.
"""

import argparse
import csv
import os
import sys
from pathlib import Path

from medstream_shared.cli import version_line

from medstream_surveillance.counts import CountsRefused, DailyCounts, read_counts
from medstream_surveillance.detection import ALPHA, BASELINE, DayResult, Method, detect

DESCRIPTION = (
    "Outbreak surveillance on live visits: counts them per city and diagnosis group in daily "
    "and 7-day windows (faust-streaming, from <prefix>visits) and publishes an alert on "
    "<prefix>alerts when a window exceeds its baseline (EARS C2, computed as R's "
    "surveillance::earsC computes it, or the seasonal historical limits of the warehouse). "
    "With no command, or `serve`, the service runs; `detect` runs a method on a CSV file."
)
SERVE = "Runs the service until SIGTERM (settings: MEDSTREAM_* environment variables)."
DETECT = (
    f"Reads a CSV file with the columns day (YYYY-MM-DD, one row per day, oldest first) and "
    f"count, and prints day,observed,threshold,alarm as CSV: the threshold is earsC's "
    f"upperbound (baseline {BASELINE} days, alpha {ALPHA}); it is empty, with no alarm, for the "
    f"first days (7 for C1, 9 for C2, 11 for C3) and wherever R's upperbound is NA."
)


def main(argv: list[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command in (None, "serve"):
        from medstream_shared.cli import run_service

        from medstream_surveillance.config import get_settings
        from medstream_surveillance.service import serve

        run_service(get_settings, serve)
        return 0
    try:
        series = read_counts(args.counts)
    except CountsRefused as refused:
        print(f"error: {refused}", file=sys.stderr)
        return 1
    return _print(series, detect(series.counts, Method(args.method)))


def _print(series: DailyCounts, results: list[DayResult]) -> int:
    out = csv.writer(sys.stdout, lineterminator="\n")
    try:
        out.writerow(["day", "observed", "threshold", "alarm"])
        for day, result in zip(series.days, results, strict=True):
            threshold = "" if result.threshold is None else repr(result.threshold)
            out.writerow([day.isoformat(), result.observed, threshold, str(result.alarm).lower()])
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. `| head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="medstream-surveillance", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=version_line("surveillance"))
    commands = parser.add_subparsers(dest="command", title="commands")
    commands.add_parser("serve", help="run the service (the default)", description=SERVE)
    run = commands.add_parser(
        "detect", help="run a detection method on a day,count CSV file", description=DETECT
    )
    run.add_argument(
        "--method", required=True, choices=[method.value for method in Method], help="EARS method"
    )
    run.add_argument("--counts", type=Path, required=True, metavar="FILE.csv", help="day,count")
    return parser
