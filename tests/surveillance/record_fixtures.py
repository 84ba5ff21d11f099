"""Records what R's ``surveillance::earsC`` says about four daily series, as the fixtures the
Python detection methods are held to (tests/surveillance/test_agreement_with_r.py).

    uv run --frozen python -m tests.surveillance.record_fixtures

needs ``Rscript`` with the surveillance package (Debian: ``apt-get install
--no-install-recommends r-cran-surveillance``). The series are generated here, from fixed
seeds and nothing but ``random.Random.random`` (whose sequence Python keeps stable), so a
re-recording on another machine changes a fixture only if R changes its answer.
"""

import csv
import math
import random
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
R_SCRIPT = HERE / "r_reference.R"
FIRST_DAY = date(2023, 9, 1)
DAYS = 400
INSTALL = "Debian: apt-get install --no-install-recommends r-cran-surveillance"


def _poisson(rng: random.Random, mean: float) -> int:
    """Knuth's method: enough for the means here (below 60) and exactly reproducible."""
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def seasonal() -> list[int]:
    """A winter peak (1 February) three times the summer trough, and quieter weekends."""
    rng = random.Random(20230901)
    counts = []
    for t in range(DAYS):
        day = FIRST_DAY + timedelta(days=t)
        season = math.cos(2 * math.pi * (day - date(2024, 2, 1)).days / 365.25)
        weekday = 0.6 if day.weekday() >= 5 else 1.0
        counts.append(_poisson(rng, (25 + 15 * season) * weekday))
    return counts


def flat() -> list[int]:
    """A steady mean of 12, with a fortnight where a feed repeated the same count (sd 0)."""
    rng = random.Random(12)
    counts = [_poisson(rng, 12) for _ in range(DAYS)]
    counts[200:215] = [12] * 15
    return counts


def spikes() -> list[int]:
    """A mean of 10 with a one-day spike, a five-day outbreak, a two-day one and a late one."""
    rng = random.Random(10)
    counts = [_poisson(rng, 10) for _ in range(DAYS)]
    for start, extra in ((60, [40]), (150, [15, 22, 30, 24, 18]), (250, [25, 20]), (390, [35])):
        for offset, added in enumerate(extra):
            counts[start + offset] += added
    return counts


def zeros() -> list[int]:
    """A rare condition: mostly zeros, a month with none at all, and a small cluster."""
    rng = random.Random(0)
    counts = [_poisson(rng, 0.4) for _ in range(DAYS)]
    counts[100:140] = [0] * 40
    counts[141:144] = [3, 5, 4]
    return counts


SERIES: dict[str, Callable[[], list[int]]] = {
    "seasonal": seasonal,
    "flat": flat,
    "spikes": spikes,
    "zeros": zeros,
}


def write_counts(path: Path, counts: list[int]) -> None:
    with path.open("w", newline="") as file:
        out = csv.writer(file, lineterminator="\n")
        out.writerow(["day", "count"])
        for t, count in enumerate(counts):
            out.writerow([(FIRST_DAY + timedelta(days=t)).isoformat(), count])


def r_missing() -> str | None:
    """Why R cannot be run here, or None when ``Rscript`` has the surveillance package."""
    rscript = shutil.which("Rscript")
    if rscript is None:
        return f"Rscript is not installed ({INSTALL})"
    probe = subprocess.run(
        [rscript, "-e", "library(surveillance)"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if probe.returncode != 0:
        return f"R has no surveillance package ({INSTALL})"
    return None


def run_r(counts_csv: Path, out_csv: Path) -> None:
    """earsC's C1, C2 and C3 on ``counts_csv`` (day,count) into ``out_csv``."""
    subprocess.run(
        ["Rscript", str(R_SCRIPT), str(counts_csv), str(out_csv)],
        check=True,
        timeout=300,
        capture_output=True,
        text=True,
    )


def r_versions() -> str:
    done = subprocess.run(
        [
            "Rscript",
            "-e",
            'cat(R.version.string, "; surveillance", format(packageVersion("surveillance")))',
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip()


def main() -> None:
    reason = r_missing()
    if reason:
        raise SystemExit(f"error: {reason}")
    FIXTURES.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        for name, generate in SERIES.items():
            counts_csv = Path(scratch) / f"{name}-counts.csv"
            write_counts(counts_csv, generate())
            run_r(counts_csv, FIXTURES / f"{name}.csv")
            print(f"wrote {FIXTURES / name}.csv")
    (FIXTURES / "R_VERSION").write_text(r_versions() + "\n")


if __name__ == "__main__":
    main()
