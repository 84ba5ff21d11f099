"""The functions analytics SQL may call, and why any other is refused.

An allow-list rather than a deny-list: DuckDB keeps adding table functions and extensions
that read files, URLs or settings, and a function nobody listed is refused by default.
Functions are matched by sqlglot expression class, which also catches aliases
(``read_csv_auto`` parses as ``read_csv``); DuckDB functions sqlglot has no class for are
matched by name.
"""

from typing import Final

from sqlglot import exp

AGGREGATE_FUNCTIONS: Final[frozenset[type[exp.Func]]] = frozenset(
    {
        exp.AnyValue,
        exp.ApproxDistinct,
        exp.ArgMax,
        exp.ArgMin,
        exp.Avg,
        exp.Corr,
        exp.Count,
        exp.CountIf,
        exp.CovarPop,
        exp.CovarSamp,
        exp.First,
        exp.GroupConcat,
        exp.Last,
        exp.LogicalAnd,
        exp.LogicalOr,
        exp.Max,
        exp.Median,
        exp.Min,
        exp.Mode,
        exp.PercentileCont,
        exp.PercentileDisc,
        exp.Quantile,
        exp.Stddev,
        exp.StddevPop,
        exp.StddevSamp,
        exp.Sum,
        exp.Variance,
        exp.VariancePop,
    }
)
WINDOW_FUNCTIONS: Final[frozenset[type[exp.Func]]] = frozenset(
    {
        exp.CumeDist,
        exp.DenseRank,
        exp.FirstValue,
        exp.Lag,
        exp.LastValue,
        exp.Lead,
        exp.NthValue,
        exp.Ntile,
        exp.PercentRank,
        exp.Rank,
        exp.RowNumber,
    }
)
SCALAR_FUNCTIONS: Final[frozenset[type[exp.Func]]] = frozenset(
    {
        # logic that sqlglot models as functions
        exp.And,
        exp.Collate,
        exp.Exists,
        exp.Or,
        exp.Xor,
        # conditionals and casts
        exp.Case,
        exp.Cast,
        exp.Coalesce,
        exp.Greatest,
        exp.If,
        exp.Least,
        exp.Nullif,
        exp.TryCast,
        # dates
        exp.CurrentDate,
        exp.CurrentTimestamp,
        exp.Date,
        exp.DateStrToDate,
        exp.DateAdd,
        exp.DateDiff,
        exp.DateFromParts,
        exp.DateSub,
        exp.DateTrunc,
        exp.Day,
        exp.DayOfMonth,
        exp.DayOfWeek,
        exp.DayOfWeekIso,
        exp.DayOfYear,
        exp.Dayname,
        exp.Extract,
        exp.LastDay,
        exp.Month,
        exp.Monthname,
        exp.Quarter,
        exp.StrToDate,
        exp.StrToTime,
        exp.TimeToStr,
        exp.TimestampTrunc,
        exp.TsOrDsToDate,
        exp.Week,
        exp.WeekOfYear,
        exp.Year,
        exp.YearOfWeek,
        # numbers
        exp.Abs,
        exp.Ceil,
        exp.Exp,
        exp.Floor,
        exp.Ln,
        exp.Log,
        exp.Pow,
        exp.Round,
        exp.Sign,
        exp.Sqrt,
        # text
        exp.Concat,
        exp.ConcatWs,
        exp.Contains,
        exp.EndsWith,
        exp.Initcap,
        exp.Left,
        exp.Length,
        exp.Lower,
        exp.Pad,
        exp.RegexpExtract,
        exp.RegexpILike,
        exp.RegexpLike,
        exp.RegexpReplace,
        exp.Replace,
        exp.Right,
        exp.SplitPart,
        exp.StartsWith,
        exp.StrPosition,
        exp.Substring,
        exp.Trim,
        exp.Upper,
    }
)
ALLOWED_FUNCTIONS: Final = AGGREGATE_FUNCTIONS | WINDOW_FUNCTIONS | SCALAR_FUNCTIONS
"""Functions analytics answers need; anything else (table functions included) is refused."""

ALLOWED_ANONYMOUS_FUNCTIONS: Final = frozenset(
    {"age", "date_part", "datepart", "isoyear", "yearweek", "printf", "date_sub"}
)
"""DuckDB functions sqlglot has no class for, matched by name."""

_FILE_FUNCTION_PREFIXES: Final = (
    "read_",
    "parquet_",
    "iceberg_",
    "delta_",
    "sqlite_",
    "postgres_",
    "mysql_",
    "json_execute",
)
_FILE_FUNCTIONS: Final = frozenset({"glob", "sniff_csv", "load_extension", "write_csv"})
_DYNAMIC_SQL_FUNCTIONS: Final = frozenset({"query", "query_table"})
_SETTINGS_FUNCTIONS: Final = frozenset(
    {"getenv", "current_setting", "getvariable", "set_variable", "setseed"}
)


def function_risk(name: str) -> str:
    """Why a function outside the allow-list is refused, in words a model can act on."""
    if name.startswith(_FILE_FUNCTION_PREFIXES) or name in _FILE_FUNCTIONS:
        return "it reads files, URLs or extensions"
    if name.startswith(("duckdb_", "pragma_")):
        return "it reads the system catalog"
    if name in _SETTINGS_FUNCTIONS:
        return "it reads or changes settings or the environment"
    if name in _DYNAMIC_SQL_FUNCTIONS:
        return "it runs dynamically built SQL"
    return "it is not on the allow-list of analytics functions"
