"""Reads an import's ``--aliases`` file: what people call its cities, districts, departments.

The rows fill the warehouse's ``names`` table, which the catalog looks up by
``(kind, value, city)``: a district is only found together with its city, and a value must be
spelled as the visits store it (trimmed). The file is small and written by hand, so it is read
in Python and checked strictly: an unknown key is more likely a typo than a wish.

CSV: columns ``kind,value,city,name_en,name_ru,aliases,unit`` (``kind`` and ``value``
required), ``aliases`` separated by ``|``. YAML: a list of mappings with the same keys,
``aliases`` a list. An empty ``name_en``/``name_ru`` is stored as NULL: the catalog derives
a name for it.
"""

import csv
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS = ("city", "district", "department")
UNITS = ("district", "okrug")
KEYS = ("kind", "value", "city", "name_en", "name_ru", "aliases", "unit")
YAML_SUFFIXES = (".yaml", ".yml")
_EXPECTED_KEYS = "expected " + ", ".join(KEYS)


@dataclass(frozen=True, slots=True)
class NameRow:
    """One row of the ``names`` table."""

    kind: str
    value: str
    city: str | None
    name_en: str | None
    name_ru: str | None
    aliases: tuple[str, ...]
    unit: str | None


@dataclass(frozen=True, slots=True)
class EntryProblem:
    """A problem at a CSV line or YAML entry (``number``; None: the whole file)."""

    number: int | None
    column: str | None
    value: str | None
    problem: str


@dataclass(slots=True)
class AliasesRead:
    """The valid rows and every problem found, so that a report can list them all.

    ``unit`` says what ``EntryProblem.number`` counts: ``line`` (CSV) or ``entry`` (YAML).
    """

    unit: str
    rows: list[NameRow] = field(default_factory=list)
    problems: list[EntryProblem] = field(default_factory=list)


class _FileProblem(Exception):
    """The file as a whole cannot be read; carries the one problem to report."""

    def __init__(self, problem: EntryProblem) -> None:
        super().__init__(problem.problem)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class _Entry:
    fields: Mapping[str, Any]
    number: int


def read_aliases(path: Path) -> AliasesRead:
    """Every valid entry of ``path`` and every problem in it; content never raises."""
    suffix = path.suffix.lower()
    result = AliasesRead("entry" if suffix in YAML_SUFFIXES else "line")
    if suffix not in (*YAML_SUFFIXES, ".csv"):
        result.problems.append(
            _whole_file(
                f"has an unsupported type {suffix or '(no extension)'!r}; "
                "expected .yaml, .yml or .csv"
            )
        )
        return result
    if not path.is_file():
        result.problems.append(_whole_file("does not exist"))
        return result
    try:
        entries = list(_yaml_entries(path) if result.unit == "entry" else _csv_entries(path))
    except _FileProblem as failed:
        result.problems.append(failed.problem)
        return result
    except OSError as exc:
        result.problems.append(_whole_file(f"cannot be read: {exc.strerror or exc}"))
        return result
    _collect(entries, result)
    return result


def _collect(entries: list[_Entry], result: AliasesRead) -> None:
    """Check each entry; the same (kind, value, city) twice would make the lookup ambiguous."""
    seen: dict[tuple[str, str, str | None], int] = {}
    for entry in entries:
        problems = _entry_problems(entry)
        if problems:
            result.problems.extend(problems)
            continue
        row = _row(entry.fields)
        key = (row.kind, row.value, row.city)
        if key in seen:
            result.problems.append(
                EntryProblem(
                    entry.number,
                    "value",
                    row.value,
                    f"is given twice for the same kind and city (also {result.unit} {seen[key]})",
                )
            )
            continue
        seen[key] = entry.number
        result.rows.append(row)


def _csv_entries(path: Path) -> Iterator[_Entry]:
    """Rows of a CSV file with their line numbers (the header is line 1)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = [name.strip().lower() for name in next(reader, [])]
            _check_header(header)
            for record in reader:
                if not any(cell.strip() for cell in record):
                    continue
                if len(record) > len(header):
                    raise _FileProblem(
                        EntryProblem(
                            reader.line_num,
                            None,
                            None,
                            f"has {len(record)} fields but the header has {len(header)}",
                        )
                    )
                yield _Entry(dict(zip(header, record, strict=False)), reader.line_num)
    except UnicodeDecodeError:
        raise _FileProblem(_whole_file("is not UTF-8 text")) from None
    except csv.Error as exc:
        raise _FileProblem(_whole_file(f"is not valid CSV: {exc}")) from None


def _check_header(header: list[str]) -> None:
    if not header:
        raise _FileProblem(_whole_file(f"is empty; expected a header line ({_EXPECTED_KEYS})"))
    for name in header:
        if name not in KEYS:
            raise _FileProblem(
                EntryProblem(
                    1, name or "(empty)", None, f"is not a known column ({_EXPECTED_KEYS})"
                )
            )
    for name in ("kind", "value"):
        if name not in header:
            raise _FileProblem(EntryProblem(1, name, None, "the column is missing"))


def _yaml_entries(path: Path) -> Iterator[_Entry]:
    """Mappings of a YAML list, numbered from 1. PyYAML is needed only for YAML files."""
    try:
        import yaml
    except ImportError:
        raise _FileProblem(_whole_file("needs PyYAML to be read; use a .csv file")) from None
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise _FileProblem(_whole_file("is not UTF-8 text")) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        reason = getattr(exc, "problem", None) or "syntax error"
        raise _FileProblem(_whole_file(f"is not valid YAML{where}: {reason}")) from None
    if document is None:
        return
    if not isinstance(document, list):
        raise _FileProblem(_whole_file("must be a list of entries (mappings with kind, value)"))
    for number, item in enumerate(document, start=1):
        if not isinstance(item, dict):
            raise _FileProblem(
                EntryProblem(number, None, _show(item), "is not a mapping with kind, value, ...")
            )
        yield _Entry(item, number)


def _entry_problems(entry: _Entry) -> list[EntryProblem]:
    """Everything wrong with one entry; empty when it makes a valid ``names`` row."""
    fields = entry.fields
    found = [
        (str(key) or "(empty)", None, f"is not a known key ({_EXPECTED_KEYS})")
        for key in fields
        if key not in KEYS
    ]
    kind = _lower(fields.get("kind"))
    if kind not in KINDS:
        found.append(("kind", fields.get("kind"), "is not one of " + ", ".join(KINDS)))
    if _text(fields.get("value")) is None:
        found.append(("value", None, "value is empty"))
    found.extend(_place_problems(kind, fields))
    if _aliases(fields.get("aliases")) is None:
        found.append(("aliases", fields.get("aliases"), "is not a list of names"))
    for column in ("name_en", "name_ru"):
        if isinstance(fields.get(column), list | dict):
            found.append((column, fields[column], "is not a single name"))
    return [EntryProblem(entry.number, column, _show(value), text) for column, value, text in found]


def _place_problems(kind: str | None, fields: Mapping[str, Any]) -> list[tuple[str, Any, str]]:
    """``city`` and ``unit`` belong to districts only, and a district needs its city."""
    found: list[tuple[str, Any, str]] = []
    city = _text(fields.get("city"))
    if kind == "district" and city is None:
        found.append(("city", None, "value is empty (a district needs the city it is in)"))
    if kind in ("city", "department") and city is not None:
        found.append(("city", fields.get("city"), f"is only for districts, not for a {kind}"))
    unit = _lower(fields.get("unit"))
    if unit is not None and unit not in UNITS:
        found.append(("unit", fields.get("unit"), "is not one of " + ", ".join(UNITS)))
    elif unit is not None and kind in ("city", "department"):
        found.append(("unit", fields.get("unit"), f"is only for districts, not for a {kind}"))
    return found


def _row(fields: Mapping[str, Any]) -> NameRow:
    """The ``names`` row of an entry that ``_entry_problems`` found valid."""
    aliases = _aliases(fields.get("aliases"))
    assert aliases is not None
    return NameRow(
        kind=_lower(fields["kind"]) or "",
        value=_text(fields["value"]) or "",
        city=_text(fields.get("city")),
        name_en=_text(fields.get("name_en")),
        name_ru=_text(fields.get("name_ru")),
        aliases=aliases,
        unit=_lower(fields.get("unit")),
    )


def _aliases(raw: Any) -> tuple[str, ...] | None:
    """A YAML list or a ``|``-separated string, trimmed, blanks and repeats dropped."""
    if raw is None:
        return ()
    if isinstance(raw, str):
        items: list[Any] = raw.split("|")
    elif isinstance(raw, list):
        items = raw
    else:
        return None
    if not all(isinstance(item, str | int | float) for item in items):
        return None
    return tuple(dict.fromkeys(text for item in items if (text := str(item).strip())))


def _text(raw: Any) -> str | None:
    """Trimmed text, or None when empty (a missing name is derived later, by the catalog)."""
    if raw is None:
        return None
    text = str(raw).strip()
    return text or None


def _lower(raw: Any) -> str | None:
    text = _text(raw)
    return text.lower() if text is not None else None


def _show(value: Any) -> str | None:
    return None if value is None else str(value)


def _whole_file(problem: str) -> EntryProblem:
    return EntryProblem(None, None, None, problem)
