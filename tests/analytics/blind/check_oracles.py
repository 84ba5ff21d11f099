"""Run every oracle of the blind set against the warehouse and report problems.

Usage (from the repository root):
    uv run --frozen python tests/analytics/blind/check_oracles.py [/path/to/warehouse.duckdb] [-v]

Checks:
  * every rows/number oracle runs, returns at least one row and no NULL values;
  * number oracles return exactly one row with one column;
  * share oracles (kind == "share") lie within 0..100;
  * top/fewest style oracles with LIMIT n have no tie between row n and row n+1,
    nor (when ordered) between neighbouring rows of the list;
  * clarify cases have a phrase, out_of_scope cases have none, follow-ups name the earlier question;
  * questions are unique across CASES and RESERVE;
  * counts per kind and language (and the minimums the brief asks for).
Exit status 1 when any problem is found.
"""

from __future__ import annotations

import collections
import importlib.util
import itertools
import re
import sys
from pathlib import Path

import duckdb

HERE = Path(__file__).resolve().parent
DEFAULT_DB = "/tmp/blind/warehouse.duckdb"
REQUIRED_KINDS = (
    "exclusion",
    "age_range",
    "share",
    "fewest",
    "comparison",
    "clarify",
    "colloquial",
    "money",
    "distinct_patients",
    "top",
    "count",
    "trend",
    "breakdown",
    "follow_up",
    "out_of_scope",
)


def load_cases():
    spec = importlib.util.spec_from_file_location("blind_cases", HERE / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules["blind_cases"] = mod  # dataclasses need the module registered
    spec.loader.exec_module(mod)
    return mod.CASES, mod.RESERVE


def lang(q: str) -> str:
    return "ru" if re.search(r"[А-Яа-яЁё]", q) else "en"


LIMIT_RE = re.compile(r"\s+LIMIT\s+(\d+)\s*$", re.IGNORECASE)


def check(con, name, cases, verbose):
    problems = []
    for i, c in enumerate(cases):
        tag = f"{name}[{i}] ({c.kind}) {c.question!r}"
        if c.expect in ("rows", "number"):
            try:
                res = con.sql(c.oracle).fetchall()
            except Exception as e:
                problems.append(f"{tag}: FAILS: {e}")
                continue
            if not res:
                problems.append(f"{tag}: empty result")
                continue
            if any(v is None for row in res for v in row):
                problems.append(f"{tag}: NULL in result")
            if c.expect == "number" and (len(res) != 1 or len(res[0]) != 1):
                problems.append(f"{tag}: number oracle returned {len(res)}x{len(res[0])}")
            if c.kind == "share" and c.expect == "number" and not 0 <= float(res[0][0]) <= 100:
                problems.append(f"{tag}: share out of range {res[0][0]}")
            m = LIMIT_RE.search(c.oracle)
            if m:
                n = int(m.group(1))
                full = con.sql(LIMIT_RE.sub("", c.oracle)).fetchall()
                if len(full) < n:
                    problems.append(f"{tag}: only {len(full)} rows for LIMIT {n}")
                elif len(full) > n and full[n - 1][-1] == full[n][-1]:
                    problems.append(f"{tag}: tie at the LIMIT boundary: {full[n - 1]} vs {full[n]}")
                if c.ordered:
                    ties = [(a, b) for a, b in itertools.pairwise(res) if a[-1] == b[-1]]
                    if ties:
                        problems.append(f"{tag}: tie inside an ordered list: {ties}")
            if verbose:
                shown = res if len(res) <= 6 else [*res[:6], f"... {len(res)} rows"]
                print(f"OK {tag}: {shown}")
        elif c.expect == "clarify":
            if not c.oracle.strip():
                problems.append(f"{tag}: clarify case without a phrase")
        elif c.expect == "out_of_scope":
            if c.oracle:
                problems.append(f"{tag}: out_of_scope case should have no oracle")
        else:
            problems.append(f"{tag}: unknown expect {c.expect!r}")
        if c.kind == "follow_up" and not c.follow_up_of.strip():
            problems.append(f"{tag}: follow-up without follow_up_of")
        if c.follow_up_of and c.kind != "follow_up":
            problems.append(f"{tag}: follow_up_of set on a non-follow-up kind")
    return problems


def summary(name, cases):
    per = collections.defaultdict(collections.Counter)
    for c in cases:
        per[c.kind][lang(c.question)] += 1
    ru = sum(v["ru"] for v in per.values())
    print(f"\n{name}: {len(cases)} cases, ru={ru}, en={len(cases) - ru}")
    for kind in sorted(per):
        n = per[kind]
        print(f"  {kind:18s} total={n.total():3d}  ru={n['ru']:3d}  en={n['en']:3d}")
    return per, ru


def main(argv):
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    db = args[0] if args else DEFAULT_DB
    con = duckdb.connect(db, read_only=True)
    cases, reserve = load_cases()
    problems = check(con, "CASES", cases, verbose) + check(con, "RESERVE", reserve, verbose)

    seen = collections.Counter(c.question.strip().lower() for c in cases + reserve)
    problems += [f"duplicate question: {q!r}" for q, n in seen.items() if n > 1]

    per, ru = summary("CASES", cases)
    _, ru_r = summary("RESERVE", reserve)
    if len(cases) < 160:
        problems.append(f"CASES has {len(cases)} < 160")
    if ru * 2 < len(cases):
        problems.append(f"CASES has only {ru} Russian questions of {len(cases)}")
    if len(reserve) < 60:
        problems.append(f"RESERVE has {len(reserve)} < 60")
    if ru_r * 2 < len(reserve):
        problems.append(f"RESERVE has only {ru_r} Russian questions of {len(reserve)}")
    for kind in REQUIRED_KINDS:
        if sum(per[kind].values()) < 8:
            problems.append(f"kind {kind} has fewer than 8 cases in CASES")

    print()
    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  -", p)
        return 1
    print("all oracles OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
