"""How long ``dataset import`` takes for a million visits, from CSV and from Parquet.

The input is a generated warehouse's ``visits`` and ``patients`` written out by DuckDB (so
about 250,000 patients for 1,000,000 visits), as a hospital would hand them over. Each format
is imported ``--repeats`` times into a fresh file; the figure is the median wall time of the
import itself (reading, every check, writing, checkpoint), without the process start-up.

usage: uv run --frozen python bench/import_warehouse.py [--rows 1000000] [--repeats 3]
"""

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import duckdb
from medstream_analytics.warehouse.generate import generate
from medstream_analytics.warehouse.importing import import_warehouse

TARGET_SECONDS = 5.0
"""The budget for a million visits on a 2-core machine."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="visits to import")
    parser.add_argument("--repeats", type=int, default=3, help="imports per format")
    parser.add_argument("--seed", type=int, default=42, help="seed of the generated data")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="import-bench-") as directory:
        folder = Path(directory)
        inputs = write_inputs(folder, rows=args.rows, seed=args.seed)
        for suffix in ("csv", "parquet"):
            timings = [
                import_once(folder, inputs[f"visits.{suffix}"], inputs[f"patients.{suffix}"])
                for _ in range(args.repeats)
            ]
            report(suffix, args.rows, timings)


def write_inputs(folder: Path, *, rows: int, seed: int) -> dict[str, Path]:
    """The generated warehouse's visits and patients as CSV and as Parquet files."""
    started = time.perf_counter()
    source = folder / "generated.duckdb"
    stats = generate(source, rows=rows, seed=seed)
    files = {
        f"{table}.{suffix}": folder / f"{table}.{suffix}"
        for table in ("visits", "patients")
        for suffix in ("csv", "parquet")
    }
    with duckdb.connect(str(source), read_only=True) as con:
        for name, path in files.items():
            table, suffix = name.split(".")
            options = "HEADER" if suffix == "csv" else "FORMAT parquet"
            con.execute(f"COPY {table} TO '{path}' ({options})")
    sizes = ", ".join(f"{name} {path.stat().st_size / 1e6:.0f} MB" for name, path in files.items())
    print(
        f"input: {stats.visits:,} visits, {stats.patients:,} patients ({sizes}); "
        f"prepared in {time.perf_counter() - started:.1f} s"
    )
    return files


def import_once(folder: Path, visits: Path, patients: Path) -> float:
    out = folder / "imported.duckdb"
    out.unlink(missing_ok=True)
    started = time.perf_counter()
    import_warehouse(out, visits=visits, patients=patients)
    return time.perf_counter() - started


def report(label: str, rows: int, timings: list[float]) -> None:
    median = statistics.median(timings)
    verdict = "within" if median <= TARGET_SECONDS * rows / 1_000_000 else "OVER"
    runs = ", ".join(f"{seconds:.2f}" for seconds in timings)
    print(
        f"{label}: median {median:.2f} s ({rows / median:,.0f} visits/s; runs {runs} s) — "
        f"{verdict} the {TARGET_SECONDS:.0f} s per million budget"
    )


if __name__ == "__main__":
    main()
