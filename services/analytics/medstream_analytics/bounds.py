"""Refuses SQL whose cost nothing else would bound: amplified strings and joins without a key.

The executor's timer interrupts a query between vectors, not inside one scalar call, so
``lpad('x', 2000000000, 'y')`` or ``printf('%0999999999d', 1)`` runs (and allocates) to the
end whatever the time limit; a join with no condition multiplies the warehouse by itself.
DuckDB's ``memory_limit`` stops the worst of them late; these checks stop them before they
start, with a reason a model can act on.
"""

import re
from typing import Final

from sqlglot import exp

MAX_TEXT_WIDTH: Final = 1_000
"""The widest string a padding or format may ask for: labels, not megabytes."""

_FORMAT_WIDTH = re.compile(r"%[-+ 0#']*(\d*)(?:\.(\d*))?")
_FORMATTING = ("printf", "format")


def check_bounds(query: exp.Expr) -> str | None:
    """Why the query could run away, or None when its cost is bounded by its tables."""
    for node in query.find_all(exp.Pad, exp.Anonymous, exp.Join):
        reason = _reason(node, query)
        if reason is not None:
            return reason
    return None


def _reason(node: exp.Expr, query: exp.Expr) -> str | None:
    if isinstance(node, exp.Pad):
        return _pad_reason(node)
    if isinstance(node, exp.Anonymous) and node.name.lower() in _FORMATTING:
        return _format_reason(node)
    if isinstance(node, exp.Join):
        return _join_reason(node, query)
    return None


def _pad_reason(node: exp.Pad) -> str | None:
    width = node.expression
    if not (isinstance(width, exp.Literal) and width.is_int):
        return "lpad/rpad need a literal width"
    if int(width.name) > MAX_TEXT_WIDTH:
        return f"lpad/rpad width {width.name} is above {MAX_TEXT_WIDTH}"
    return None


def _format_reason(node: exp.Anonymous) -> str | None:
    name = node.name.lower()
    pattern = node.expressions[0] if node.expressions else None
    if not (isinstance(pattern, exp.Literal) and pattern.is_string):
        return f"{name} needs a literal format string"
    for width, precision in _FORMAT_WIDTH.findall(pattern.name):
        for number in (width, precision):
            if number and int(number) > MAX_TEXT_WIDTH:
                return f"{name} asks for a field of {number} characters (above {MAX_TEXT_WIDTH})"
    return None


def _join_reason(join: exp.Join, query: exp.Expr) -> str | None:
    """A join needs a condition relating both sides, unless one side is a single row."""
    if join.args.get("using") or _relates_columns(join.args.get("on")):
        return None
    if _single_row(join.this, query) or _single_row(_joined_to(join), query):
        return None
    return (
        "a join without a join condition (a cross join) multiplies the tables; join on a key "
        "(e.g. ON v.patient_id = p.patient_id) or join a one-row aggregate"
    )


def _joined_to(join: exp.Join) -> exp.Expr | None:
    """The FROM source a select's first join joins (``FROM (SELECT count(*) …) t, visits``)."""
    select = join.parent
    if not isinstance(select, exp.Select) or select.args.get("joins", [None])[0] is not join:
        return None
    source = select.args.get("from_") or select.args.get("from")
    return source.this if source is not None else None


def _relates_columns(condition: exp.Expr | None) -> bool:
    if condition is None:
        return False
    for comparison in condition.find_all(exp.EQ):
        left, right = comparison.this, comparison.expression
        if isinstance(left, exp.Column) and isinstance(right, exp.Column):
            return True
    return False


def _single_row(source: exp.Expr | None, query: exp.Expr) -> bool:
    """An aggregate with no GROUP BY (``(SELECT count(*) AS total FROM visits) t``), inline or
    as a CTE: joining it adds a column, not rows."""
    select = source.this if isinstance(source, exp.Subquery) else None
    if isinstance(source, exp.Table) and not source.db:
        cte = next(
            (c for c in query.find_all(exp.CTE) if c.alias_or_name.lower() == source.name.lower()),
            None,
        )
        select = cte.this if cte is not None else None
    if not isinstance(select, exp.Select) or select.args.get("group"):
        return False
    return all(
        any(isinstance(node, exp.AggFunc) for node in column.walk())
        for column in select.expressions
    )
