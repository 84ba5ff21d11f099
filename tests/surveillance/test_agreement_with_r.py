"""The detection methods give R's ``surveillance::earsC`` answers (baseline 7, alpha 0.001):
on the recorded fixtures always, and against R itself in the integration run (which installs
R's package with ``deploy/local/infra.sh install rstats``).

Thresholds agree within 1e-9 relative, alarms exactly; R's NA (the first days, and a C3
upperbound of 0/0) is a day with no threshold and no alarm here. The fixtures are written by
``python -m tests.surveillance.record_fixtures`` (see docs/surveillance.md).
"""

import csv
import math
import subprocess
from pathlib import Path

import pytest
from medstream_surveillance.detection import Method, detect

from tests.surveillance.record_fixtures import FIXTURES, SERIES, r_missing, run_r, write_counts

RELATIVE = 1e-9
COLUMN = {Method.C1: "c1", Method.C2: "c2", Method.C3: "c3"}

Reference = dict[Method, list[tuple[float | None, bool | None]]]


def read_reference(path: Path) -> tuple[list[int], Reference]:
    """The counts and, per method and day, R's upperbound and alarm (None for NA)."""
    rows = list(csv.DictReader(path.open()))
    reference: Reference = {
        method: [
            (
                None if row[f"{key}_upperbound"] == "NA" else float(row[f"{key}_upperbound"]),
                None if row[f"{key}_alarm"] == "NA" else row[f"{key}_alarm"] == "TRUE",
            )
            for row in rows
        ]
        for method, key in COLUMN.items()
    }
    return [int(float(row["count"])) for row in rows], reference


def disagreements(counts: list[int], reference: Reference) -> list[str]:
    found = []
    for method, expected in reference.items():
        for day, (result, (upperbound, alarm)) in enumerate(
            zip(detect(counts, method), expected, strict=True)
        ):
            if upperbound is None:
                same = result.threshold is None and not result.alarm and alarm is None
            else:
                same = (
                    result.threshold is not None
                    and math.isclose(result.threshold, upperbound, rel_tol=RELATIVE)
                    and result.alarm == alarm
                )
            if not same:
                found.append(f"{method} day {day}: R {upperbound}, {alarm}; Python {result}")
    return found


INFRA = Path(__file__).resolve().parents[2] / "deploy" / "local" / "infra.sh"


@pytest.mark.parametrize("series", SERIES)
def test_the_methods_agree_with_the_recorded_r_output(series: str) -> None:
    counts, reference = read_reference(FIXTURES / f"{series}.csv")

    assert disagreements(counts, reference) == []


@pytest.mark.parametrize("series", SERIES)
def test_the_fixtures_hold_the_generated_series(series: str) -> None:
    counts, _ = read_reference(FIXTURES / f"{series}.csv")

    assert counts == SERIES[series]()
    assert len(counts) >= 300


def test_the_fixtures_reach_the_cases_that_matter() -> None:
    """Alarms for every method, and C3 upperbounds R leaves NA inside its range."""
    references = {name: read_reference(FIXTURES / f"{name}.csv")[1] for name in SERIES}

    for method in Method:
        assert sum(alarm is True for ref in references.values() for _, alarm in ref[method]) > 20
    assert sum(bound is None for bound, _ in references["zeros"][Method.C3][11:]) > 20
    assert sum(bound is None for bound, _ in references["flat"][Method.C3][11:]) > 0
    assert sum(bound == 0 for bound, _ in references["zeros"][Method.C3]) > 0


@pytest.fixture(scope="module")
def rscript() -> None:
    """R with the surveillance package, installed (apt, once) by the infrastructure script."""
    if r_missing():
        subprocess.run(["bash", str(INFRA), "install", "rstats"], check=True, timeout=600)
    reason = r_missing()
    assert not reason, f"R could not be installed for the live comparison: {reason}"


@pytest.mark.integration
@pytest.mark.usefixtures("rscript")
@pytest.mark.parametrize("series", SERIES)
def test_the_methods_agree_with_r_run_now(series: str, tmp_path: Path) -> None:
    write_counts(tmp_path / "counts.csv", SERIES[series]())
    run_r(tmp_path / "counts.csv", tmp_path / "r.csv")
    counts, reference = read_reference(tmp_path / "r.csv")

    assert counts == SERIES[series]()
    assert disagreements(counts, reference) == []
