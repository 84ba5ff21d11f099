"""What the catalog costs analytics at start-up and at a swap: reading it from the warehouse,
and building the question engine's lexicon from it.

Both happen once per warehouse version (start-up, and each replaced file). Run on the
warehouse ``make run`` serves (1,000,000 visits by default).

usage: uv run python bench/catalog.py [--warehouse .state/warehouse-v2.duckdb] [--repeats 7]
"""

import argparse
import statistics
import time
from pathlib import Path

import duckdb
from medstream_analytics.catalog import read_catalog
from medstream_questions.reading import lexicon as lexicons
from medstream_questions.understanding import Understanding


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", type=Path, default=Path(".state/warehouse-v2.duckdb"))
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    reads, builds = [], []
    for _ in range(args.repeats):
        started = time.perf_counter()
        with duckdb.connect(str(args.warehouse), read_only=True) as connection:
            catalog = read_catalog(connection)
        reads.append(time.perf_counter() - started)
        lexicons._LEXICONS.clear()  # a new version: the lexicon is built again
        started = time.perf_counter()
        Understanding(catalog)
        builds.append(time.perf_counter() - started)
    print(
        f"{args.warehouse}: {catalog.visits:,} visits, {len(catalog.cities)} cities, "
        f"{sum(len(c.districts) for c in catalog.cities)} districts, "
        f"{len(catalog.diagnoses)} diagnoses"
    )
    print(f"open + read catalog: median {statistics.median(reads) * 1000:.0f} ms "
          f"(min {min(reads) * 1000:.0f}, max {max(reads) * 1000:.0f})")  # fmt: skip
    print(f"build understanding: median {statistics.median(builds) * 1000:.0f} ms "
          f"(min {min(builds) * 1000:.0f}, max {max(builds) * 1000:.0f})")  # fmt: skip


if __name__ == "__main__":
    main()
