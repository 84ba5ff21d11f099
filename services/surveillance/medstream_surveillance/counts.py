"""Reading a daily count series (``day,count`` CSV) for the detection methods.

The methods count baseline days by position, so a series must be exactly one row per
calendar day, oldest first: a missing, repeated or out-of-order day would silently shift every
baseline. Such a file is refused with the file, the line and the problem, for the user to fix.
"""

import csv
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from _csv import Reader

COLUMNS = ("day", "count")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_COUNT = re.compile(r"\d+")


class CountsRefused(Exception):
    """The file is not a daily count series; ``str()`` is the one line the user reads."""


@dataclass(frozen=True, slots=True)
class DailyCounts:
    days: list[date]
    counts: list[int]


def read_counts(path: Path) -> DailyCounts:
    """The series in ``path``; other columns than ``day`` and ``count`` are ignored."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as file:
            return _parse(path, file)
    except UnicodeDecodeError:
        raise CountsRefused(f"{path}: not a UTF-8 text file") from None
    except OSError as exc:
        raise CountsRefused(f"cannot read {path}: {exc.strerror or exc}") from None


def _parse(path: Path, file: TextIO) -> DailyCounts:
    rows = csv.reader(file, strict=True)
    try:
        return _series(path, rows)
    except csv.Error as exc:
        raise CountsRefused(f"{path} line {rows.line_num}: not valid CSV ({exc})") from None


def _series(path: Path, rows: "Reader") -> DailyCounts:
    header = next(rows, None)
    if header is None:
        raise CountsRefused(f"{path}: the file is empty; expected a header line 'day,count'")
    where = _columns(path, [name.strip() for name in header])
    series = DailyCounts([], [])
    first_seen: dict[date, int] = {}
    for row in rows:
        if not any(field.strip() for field in row):
            continue
        line = f"{path} line {rows.line_num}"
        day = _day(line, _field(row, where["day"], line, "day"))
        count = _count(line, _field(row, where["count"], line, "count"))
        if day in first_seen:
            raise CountsRefused(
                f"{line}: day {day} appears twice (first on line {first_seen[day]})"
            )
        if series.days:
            _follows(line, series.days[-1], day)
        first_seen[day] = rows.line_num
        series.days.append(day)
        series.counts.append(count)
    return series


def _columns(path: Path, header: list[str]) -> dict[str, int]:
    where = {}
    for column in COLUMNS:
        if header.count(column) > 1:
            raise CountsRefused(f"{path} line 1: the column '{column}' appears twice")
        if column not in header:
            raise CountsRefused(
                f"{path} line 1: no '{column}' column (the header is {','.join(header)!r}; "
                "expected columns day,count)"
            )
        where[column] = header.index(column)
    return where


def _field(row: list[str], index: int, line: str, column: str) -> str:
    value = row[index].strip() if index < len(row) else ""
    if not value:
        raise CountsRefused(f"{line}: no {column}")
    return value


def _day(line: str, text: str) -> date:
    try:
        if _DAY.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise CountsRefused(f"{line}: day {text!r} is not a date written YYYY-MM-DD")


def _count(line: str, text: str) -> int:
    if _COUNT.fullmatch(text):
        return int(text)
    if text.startswith("-") and _COUNT.fullmatch(text[1:]):
        raise CountsRefused(f"{line}: count {text} is negative")
    raise CountsRefused(f"{line}: count {text!r} is not a whole number")


def _follows(line: str, previous: date, day: date) -> None:
    if day < previous:
        raise CountsRefused(
            f"{line}: day {day} comes after {previous}; the days must be in increasing order"
        )
    if day - previous > timedelta(days=1):
        first, last = previous + timedelta(days=1), day - timedelta(days=1)
        span = f"{first}" if first == last else f"{first} to {last}"
        raise CountsRefused(
            f"{line}: day {day} follows {previous}: no row for {span}; "
            "every day needs a row (count 0 for a day without visits)"
        )
