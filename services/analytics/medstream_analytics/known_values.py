"""Refuses SQL that compares a categorical column with a value the data do not hold.

A model that writes ``city = 'Moskva'`` or ``department = 'Cardio'`` gets zero rows and,
without this check, a confident 0. The catalog read from the warehouse says which cities,
districts, departments and visit types exist, so such a query is refused with the values the
data do hold, and the question is answered by the offline engine instead.
"""

from collections.abc import Iterator

from medstream_shared.events.catalog import Catalog
from sqlglot import exp

SEXES = frozenset({"M", "F"})
_SHOWN = 12


def check_known_values(query: exp.Expr, catalog: Catalog) -> str | None:
    """Why the query names a value the data lack, or None when every value exists."""
    known = _domains(catalog)
    for column, value in _compared_literals(query):
        domain = known.get(column)
        if domain is not None and value not in domain:
            listed = ", ".join(f"'{v}'" for v in sorted(domain)[:_SHOWN])
            more = ", …" if len(domain) > _SHOWN else ""
            return f"unknown {column} '{value}': the data hold {listed}{more}"
    return None


def _domains(catalog: Catalog) -> dict[str, frozenset[str]]:
    return {
        "city": frozenset(city.value for city in catalog.cities),
        "district": frozenset(d.value for city in catalog.cities for d in city.districts),
        "department": frozenset(d.value for d in catalog.departments),
        "visit_type": frozenset(catalog.visit_types),
        "sex": SEXES,
    }


def _compared_literals(query: exp.Expr) -> Iterator[tuple[str, str]]:
    """``(column, value)`` for every ``column = 'v'``, ``column <> 'v'``, ``column IN (…)``."""
    for node in query.find_all(exp.EQ, exp.NEQ, exp.In):
        column = node.this if isinstance(node.this, exp.Column) else None
        if isinstance(node, exp.In):
            values = node.expressions
        else:
            values = [node.expression]
            if column is None and isinstance(node.expression, exp.Column):
                column, values = node.expression, [node.this]
        if column is None:
            continue
        for value in values:
            if isinstance(value, exp.Literal) and value.is_string:
                yield column.name.lower(), value.name
