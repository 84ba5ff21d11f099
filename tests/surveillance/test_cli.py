"""``medstream-surveillance`` through its real entry point (the console script, and
``python -m``): help and version start nothing, ``detect`` prints CSV, a bad file is one line."""

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from medstream_surveillance.detection import Method, detect

BIN = Path(sys.executable).parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EIGHT_DAYS = "day,count\n" + "".join(f"2024-01-0{day},{day}\n" for day in range(1, 9))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "medstream-surveillance"), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_help_and_version_start_nothing() -> None:
    helped = run("--help")
    versioned = run("--version")

    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.startswith("usage: medstream-surveillance")
    words = " ".join(helped.stdout.split())
    assert "EARS" in words and "detect" in words
    assert "serve" in words and "the service runs" in words
    assert versioned.returncode == 0
    assert versioned.stdout.strip() == "medstream-surveillance 0.1.0"
    # Without a command the service runs (tests/e2e/test_surveillance.py starts it so).


def test_detect_help_names_the_methods_and_the_columns() -> None:
    helped = run("detect", "--help")

    assert helped.returncode == 0, helped.stderr
    assert "{ears-c1,ears-c2,ears-c3}" in helped.stdout
    assert "day,observed,threshold,alarm" in helped.stdout


def test_detect_prints_day_observed_threshold_alarm(tmp_path: Path) -> None:
    counts = tmp_path / "counts.csv"
    counts.write_text(EIGHT_DAYS)

    done = run("detect", "--method", "ears-c1", "--counts", str(counts))

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "day,observed,threshold,alarm"
    assert lines[1:8] == [f"2024-01-0{day},{day},,false" for day in range(1, 8)]
    assert lines[8] == "2024-01-08,8,10.675664758038842,false"  # R prints 10.675664758038842
    assert done.stderr == ""


def test_python_m_runs_the_same_command(tmp_path: Path) -> None:
    counts = tmp_path / "counts.csv"
    counts.write_text(EIGHT_DAYS)
    args = ["detect", "--method", "ears-c1", "--counts", str(counts)]

    module = subprocess.run(
        [sys.executable, "-m", "medstream_surveillance", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert module.returncode == 0, module.stderr
    assert module.stdout == run(*args).stdout


@pytest.mark.parametrize("method", list(Method))
def test_detect_prints_what_the_functions_compute(method: Method) -> None:
    """The printed thresholds read back to the very floats (repr), on a whole series."""
    fixture = FIXTURES / "spikes.csv"
    counts = [int(row["count"]) for row in csv.DictReader(fixture.open())]

    done = run("detect", "--method", method.value, "--counts", str(fixture))

    assert done.returncode == 0, done.stderr
    printed = list(csv.DictReader(io.StringIO(done.stdout)))
    expected = detect(counts, method)
    assert [int(row["observed"]) for row in printed] == counts
    assert [float(row["threshold"]) if row["threshold"] else None for row in printed] == [
        result.threshold for result in expected
    ]
    assert [row["alarm"] == "true" for row in printed] == [result.alarm for result in expected]
    assert any(result.alarm for result in expected)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("day,visits\n2024-01-01,3\n", "line 1: no 'count' column"),
        ("day,count\n2024-01-01,3\n2024-01-02,2.5\n", "line 3: count '2.5' is not a whole number"),
        ("day,count\n2024-01-02,3\n2024-01-01,2\n", "line 3: day 2024-01-01 comes after"),
        ("day,count\n2024-01-01,3\n2024-01-01,2\n", "line 3: day 2024-01-01 appears twice"),
    ],
)
def test_a_bad_file_is_one_line_with_the_file_and_line_and_status_1(
    tmp_path: Path, text: str, problem: str
) -> None:
    counts = tmp_path / "bad.csv"
    counts.write_text(text)

    done = run("detect", "--method", "ears-c2", "--counts", str(counts))

    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith(f"error: {counts} ")
    assert problem in done.stderr
    assert done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    nowhere = tmp_path / "nowhere.csv"
    done = run("detect", "--method", "ears-c3", "--counts", str(nowhere))

    assert done.returncode == 1
    assert done.stderr == f"error: cannot read {nowhere}: No such file or directory\n"


def test_an_unknown_method_is_a_usage_error(tmp_path: Path) -> None:
    done = run("detect", "--method", "farrington", "--counts", str(tmp_path / "x.csv"))

    assert done.returncode == 2
    assert "invalid choice: 'farrington'" in done.stderr
    assert "Traceback" not in done.stderr
