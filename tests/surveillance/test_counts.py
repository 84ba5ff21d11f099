"""Reading a day,count file: a series of consecutive days, or one line naming the problem."""

from datetime import date
from pathlib import Path

import pytest
from medstream_surveillance.counts import CountsRefused, read_counts


def write(tmp_path: Path, text: str, name: str = "counts.csv") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_a_series_with_other_columns_spaces_a_bom_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "counts.csv"
    rows = "Kazan, 3 ,2024-02-28\n\nKazan,0,2024-02-29\nKazan,7,2024-03-01\n"
    path.write_bytes(f"\ufeffcity,count,day\n{rows}".encode())

    series = read_counts(path)

    assert series.days == [date(2024, 2, 28), date(2024, 2, 29), date(2024, 3, 1)]
    assert series.counts == [3, 0, 7]


def test_a_header_alone_is_an_empty_series(tmp_path: Path) -> None:
    series = read_counts(write(tmp_path, "day,count\n"))

    assert (series.days, series.counts) == ([], [])


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "the file is empty; expected a header line 'day,count'"),
        ("day,visits\n2024-01-01,3\n", "line 1: no 'count' column (the header is 'day,visits';"),
        ("date,count\n2024-01-01,3\n", "line 1: no 'day' column"),
        ("day,count,count\n2024-01-01,3,4\n", "line 1: the column 'count' appears twice"),
        ("day,count\n2024-01-01,3\n2024-01-02,3.5\n", "line 3: count '3.5' is not a whole number"),
        ("day,count\n2024-01-01,three\n", "line 2: count 'three' is not a whole number"),
        ("day,count\n2024-01-01,1_000\n", "line 2: count '1_000' is not a whole number"),
        ("day,count\n2024-01-01,-2\n", "line 2: count -2 is negative"),
        ("day,count\n2024-01-01\n", "line 2: no count"),
        ("day,count\n2024-01-01,\n", "line 2: no count"),
        ("day,count\n,4\n", "line 2: no day"),
        ("day,count\n01/02/2024,4\n", "line 2: day '01/02/2024' is not a date written YYYY-MM-DD"),
        ("day,count\n2024-02-30,4\n", "line 2: day '2024-02-30' is not a date written YYYY-MM-DD"),
        (
            "day,count\n2024-01-01,1\n2024-01-02,2\n2024-01-01,3\n",
            "line 4: day 2024-01-01 appears twice (first on line 2)",
        ),
        (
            "day,count\n2024-01-02,1\n2024-01-01,2\n",
            "line 3: day 2024-01-01 comes after 2024-01-02; the days must be in increasing order",
        ),
        (
            "day,count\n2024-01-01,1\n2024-01-03,2\n",
            "line 3: day 2024-01-03 follows 2024-01-01: no row for 2024-01-02; every day needs a "
            "row (count 0 for a day without visits)",
        ),
        (
            "day,count\n2024-01-01,1\n2024-01-05,2\n",
            "line 3: day 2024-01-05 follows 2024-01-01: no row for 2024-01-02 to 2024-01-04;",
        ),
        ('day,count\n2024-01-01,"1\n', "line 2: not valid CSV (unexpected end of data)"),
    ],
)
def test_a_bad_file_is_refused_with_the_file_the_line_and_the_problem(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = write(tmp_path, text)

    with pytest.raises(CountsRefused) as refused:
        read_counts(path)

    message = str(refused.value)
    assert message.startswith(str(path))
    assert problem in message
    assert "\n" not in message


def test_a_line_number_counts_physical_lines(tmp_path: Path) -> None:
    path = write(tmp_path, 'day,count,note\n2024-01-01,1,"two\nlines"\n\n2024-01-02,x,\n')

    with pytest.raises(CountsRefused, match=r"line 5: count 'x'"):
        read_counts(path)


def test_a_missing_file_a_directory_and_a_binary_file(tmp_path: Path) -> None:
    binary = tmp_path / "counts.xlsx"
    binary.write_bytes(b"PK\x03\x04\xff\xfe\x00\x00")

    with pytest.raises(CountsRefused, match=r"^cannot read .*nowhere\.csv: No such file"):
        read_counts(tmp_path / "nowhere.csv")
    with pytest.raises(CountsRefused, match=r"^cannot read "):
        read_counts(tmp_path)
    with pytest.raises(CountsRefused, match=r"counts\.xlsx: not a UTF-8 text file$"):
        read_counts(binary)
