"""Command line for the warehouse: ``dataset generate`` and ``dataset import``.

    dataset generate --rows N --seed S --out PATH
    dataset import --visits FILE --patients FILE [--diagnoses FILE] [--aliases FILE]
                   --out PATH [--report FILE]

``main`` returns the exit status instead of exiting, so that the service's own entry point
can delegate to it and tests can call it directly.
"""

import argparse
import sys
from pathlib import Path

import duckdb

from medstream_analytics.warehouse.generate import generate
from medstream_analytics.warehouse.importing import ImportFailed, import_warehouse


def main(argv: list[str] | None = None) -> int:
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has already printed usage and the error
        return exc.code if isinstance(exc.code, int) else 2
    if args.action == "import":
        return _import(args)
    try:
        stats = generate(args.out, rows=args.rows, seed=args.seed)
    except OSError as exc:
        print(f"error: cannot write the warehouse to {args.out}: {exc}", file=sys.stderr)
        return 1
    print(
        f"wrote {stats.visits:,} visits, {stats.patients:,} patients and {stats.diagnoses} "
        f"diagnoses to {stats.path} in {stats.seconds:.1f} s"
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    """Problems in the input are the user's to fix: one ``error:`` line, status 1."""
    try:
        stats = import_warehouse(
            args.out,
            visits=args.visits,
            patients=args.patients,
            diagnoses=args.diagnoses,
            aliases=args.aliases,
            report=args.report,
        )
    except ImportFailed as failed:
        print(f"error: {failed}", file=sys.stderr)
        return 1
    except (OSError, duckdb.Error) as exc:  # e.g. no space left, or --out is a directory
        print(f"error: cannot write the warehouse to {args.out}: {exc}", file=sys.stderr)
        return 1
    print(
        f"imported {stats.visits:,} visits, {stats.patients:,} patients, {stats.diagnoses:,} "
        f"diagnoses into {stats.path} in {stats.seconds:.1f} s"
    )
    return 0


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="medstream-analytics")
    commands = parser.add_subparsers(dest="command", required=True)
    dataset = commands.add_parser("dataset", help="generate or import the warehouse")
    actions = dataset.add_subparsers(dest="action", required=True)
    create = actions.add_parser("generate", help="generate a deterministic DuckDB warehouse")
    create.add_argument(
        "--rows",
        type=_positive_int,
        default=1_000_000,
        help="number of visits (default: %(default)s)",
    )
    create.add_argument(
        "--seed", type=_non_negative_int, default=42, help="random seed (default: %(default)s)"
    )
    create.add_argument("--out", type=Path, required=True, help="DuckDB file to (re)write")
    load = actions.add_parser(
        "import", help="import a hospital's own visits and patients (CSV or Parquet)"
    )
    load.add_argument("--visits", type=Path, required=True, help="visits, .csv or .parquet")
    load.add_argument("--patients", type=Path, required=True, help="patients, .csv or .parquet")
    load.add_argument(
        "--diagnoses", type=Path, help="ICD-10 titles, .csv or .parquet (default: built in)"
    )
    load.add_argument(
        "--aliases", type=Path, help="names of cities, districts, departments (.yaml or .csv)"
    )
    load.add_argument("--out", type=Path, required=True, help="DuckDB file to (re)write")
    load.add_argument(
        "--report", type=Path, help="list every problem in this CSV file instead of the first"
    )
    return parser


def _positive_int(text: str) -> int:
    value = _int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, got {value}")
    return value


def _non_negative_int(text: str) -> int:
    """numpy's ``default_rng`` rejects negative seeds, so refuse them with a clear message."""
    value = _int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be a non-negative integer, got {value}")
    return value


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None


if __name__ == "__main__":
    sys.exit(main())
