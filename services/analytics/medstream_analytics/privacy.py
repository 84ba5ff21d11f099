"""Patient privacy, enforced on the SQL that runs, whoever wrote it (the offline engine or a model).

Two rules, as public-health statistics apply them:

- **No identifying columns without a role.** A result column that carries ``patient_id`` or
  ``birth_date`` as it is (directly or through a CTE or subquery; inside an aggregate such as
  ``count(DISTINCT patient_id)`` it identifies no one) needs the ``patient-data`` role.
- **Small counts are suppressed.** A count below ``min_count`` (default 5) in a result row is
  shown as ``"<5"``, and the row's other aggregates (an average, a share, a sum computed over
  those few visits) are withheld with it, so that the count cannot be read back from them.

What this does not do, and docs/analytics.md says so: complementary suppression (a hidden
cell can sometimes be derived from a total and the other cells), and a measure shown with no
count beside it (an average over two visits) is shown as it is.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

import sqlglot
from medstream_shared.constants import Role
from medstream_shared.warehouse import WAREHOUSE_TABLES
from sqlglot import exp
from sqlglot.optimizer.qualify import qualify
from sqlglot.optimizer.scope import Scope, build_scope
from sqlglot.schema import MappingSchema

from medstream_analytics.guard import DIALECT, CheckedSql, UnsafeSql

IDENTIFYING_COLUMNS: Final = frozenset({"patient_id", "birth_date"})
DEFAULT_MIN_COUNT: Final = 5

_SCHEMA = MappingSchema(
    {table: dict(columns) for table, columns in WAREHOUSE_TABLES.items()}, dialect=DIALECT
)

NOTE: Final = {
    "en": "Counts below {k} are shown as “<{k}” (and averages or shares over them withheld) "
    "to protect patients' privacy.",
    "ru": "Числа меньше {k} показаны как «<{k}» (а средние и доли по ним скрыты), "
    "чтобы защитить частную жизнь пациентов.",
}


@dataclass(frozen=True, slots=True)
class OutputKinds:
    """Which result columns are counts and which are other aggregates, by position."""

    counts: tuple[int, ...]
    aggregates: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Suppressed:
    rows: list[list[Any]]
    """Rows as shown: small counts are ``"<k"``, the aggregates beside them None."""
    for_chart: list[list[Any]]
    """The same rows with every withheld value None, for charts (which skip None)."""
    cells: int


class PrivacyPolicy:
    def __init__(self, min_count: int = DEFAULT_MIN_COUNT) -> None:
        if min_count < 1:
            raise ValueError("min_count must be at least 1 (1 suppresses nothing)")
        self.min_count = min_count

    def check(self, sql: CheckedSql | str, roles: Iterable[Role]) -> OutputKinds:
        """Refuse identifying columns without the role; say which columns are counts.

        Given the guard's :class:`CheckedSql`, reads the tree the guard qualified; given
        text, parses and qualifies it here.
        """
        root = sql.qualified if isinstance(sql, CheckedSql) else _qualified(sql)
        scope = build_scope(root)
        if scope is None:
            return OutputKinds((), ())
        branches = [_outputs(leaf) for leaf in _leaves(scope)]
        names = [projection.alias_or_name for projection, _ in branches[0]]
        if Role.PATIENT_DATA not in set(roles):
            identifying = sorted(
                {
                    names[i]
                    for outputs in branches
                    for i, (projection, where) in enumerate(outputs[: len(names)])
                    if _identifies(projection, where)
                },
                key=names.index,
            )
            if identifying:
                raise UnsafeSql(
                    f"the result column(s) {', '.join(identifying)} identify patients and "
                    f"need the {Role.PATIENT_DATA.value} role: answer with counts or other "
                    "aggregates instead"
                )
        kinds = [
            {_kind(*outputs[i]) for outputs in branches if i < len(outputs)}
            for i in range(len(names))
        ]
        return OutputKinds(
            counts=tuple(i for i, found in enumerate(kinds) if "count" in found),
            aggregates=tuple(
                i for i, found in enumerate(kinds) if "aggregate" in found and "count" not in found
            ),
        )

    def suppress(
        self, rows: Sequence[Sequence[Any]], kinds: OutputKinds, roles: Iterable[Role]
    ) -> Suppressed:
        if Role.PATIENT_DATA in set(roles) or not kinds.counts:
            shown = [list(row) for row in rows]
            return Suppressed(shown, shown, 0)
        marker = f"<{self.min_count}"
        shown, charted, cells = [], [], 0
        for row in rows:
            small = [i for i in kinds.counts if _is_small(row[i], self.min_count)]
            if not small:
                shown.append(list(row))
                charted.append(list(row))
                continue
            withheld = set(kinds.aggregates)
            cells += len(small)
            shown.append(
                [
                    marker if i in small else None if i in withheld else value
                    for i, value in enumerate(row)
                ]
            )
            charted.append(
                [None if i in small or i in withheld else value for i, value in enumerate(row)]
            )
        return Suppressed(shown, charted, cells)

    def note(self, language: str) -> str:
        return NOTE.get(language, NOTE["en"]).format(k=self.min_count)


def _is_small(value: Any, min_count: int) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 < value < min_count


def _qualified(sql: str) -> exp.Expr:
    parsed = sqlglot.parse_one(sql, read=DIALECT)
    return qualify(parsed, schema=_SCHEMA, dialect=DIALECT, quote_identifiers=False)


def _leaves(scope: Scope) -> list[Scope]:
    """The SELECTs whose rows make up a result: one, or every branch of a UNION."""
    if not scope.set_operation_scopes:
        return [scope]
    return [leaf for branch in scope.set_operation_scopes for leaf in _leaves(branch)]


def _outputs(scope: Scope) -> list[tuple[exp.Expr, Scope]]:
    select = scope.expression
    selects = list(select.selects) if isinstance(select, exp.Query) else []
    return [(projection, scope) for projection in selects]


def _identifies(node: exp.Expr, scope: Scope) -> bool:
    for column in _plain_columns(node):
        source = scope.sources.get(column.table)
        if isinstance(source, exp.Table) and column.name.lower() in IDENTIFYING_COLUMNS:
            return True
        if isinstance(source, Scope) and any(
            _identifies(projection, inner) for projection, inner in _named(source, column.name)
        ):
            return True
    return False


def _kind(node: exp.Expr, scope: Scope) -> str:
    """``count`` (a COUNT, also windowed or filtered, or a column that is one), ``aggregate``
    (any other value computed from an aggregate), or ``plain``."""
    inner = node.unalias()
    while isinstance(inner, exp.Window | exp.Filter | exp.Paren):
        inner = inner.this
    if isinstance(inner, exp.Count):
        return "count"
    if isinstance(inner, exp.Column):
        source = scope.sources.get(inner.table)
        if isinstance(source, Scope):
            kinds = {_kind(projection, where) for projection, where in _named(source, inner.name)}
            return "count" if "count" in kinds else "aggregate" if "aggregate" in kinds else "plain"
        return "plain"
    if inner.find(exp.AggFunc) is not None:
        return "aggregate"
    columns = list(inner.find_all(exp.Column))
    if any(_kind(column, scope) != "plain" for column in columns):
        return "aggregate"
    return "plain"


def _named(source: Scope, name: str) -> list[tuple[exp.Expr, Scope]]:
    """A derived table's column ``name`` in each of its SELECTs (by position after the first,
    as a UNION names its columns)."""
    leaves = [_outputs(leaf) for leaf in _leaves(source)]
    names = [projection.alias_or_name for projection, _ in leaves[0]]
    if name not in names:
        return []
    position = names.index(name)
    return [outputs[position] for outputs in leaves if position < len(outputs)]


def _plain_columns(node: exp.Expr) -> list[exp.Column]:
    """Columns used as they are: not inside an aggregate, whose result identifies no one."""
    return [
        column
        for column in node.find_all(exp.Column)
        if column.find_ancestor(exp.AggFunc) is None
        or _outside(column.find_ancestor(exp.AggFunc), node)
    ]


def _outside(ancestor: exp.Expr | None, node: exp.Expr) -> bool:
    """Whether ``ancestor`` lies above ``node`` (so it does not aggregate within it)."""
    while ancestor is not None:
        if ancestor is node:
            return False
        ancestor = ancestor.parent
    return True
