"""Periods people name that the data hold no dates for: a flu season, the holidays.

"The 2023 flu season" may be the winter of 2022/23 or of 2023/24, "the holidays" the New
Year break or the May days, "the school year" straddles two calendar years. Read as the
calendar year they were counted wrong without a word; now they are asked back with the
likely readings, and the whole year named stays the fallback, stated as an assumption.
"""

import re
from datetime import date
from typing import Literal

from medstream_questions.issues import period_candidate
from medstream_questions.labels import period_label
from medstream_questions.plan import Period
from medstream_questions.slots import Issue

VagueKind = Literal["season", "holidays", "school_year"]

VAGUE_PERIOD = re.compile(
    r"(?<!\w)(?:(?P<season>(?:flu|influenza|cold|epidemic|respiratory)\s+season|"
    r"сезон\w*\s+(?:гриппа|орви|простуд\w*|заболеваемости)|эпидсезон\w*|эпидемическ\w+\s+сезон\w*)"
    r"|(?P<holidays>(?:the\s+)?new\s+year(?:'s)?(?:\s+(?:period|break|season))?|"
    r"(?:the\s+)?(?:(?:may|new\s+year(?:'s)?|winter|summer|christmas)\s+)?"
    r"(?:public\s+)?holidays?|новогодн\w+\s+период\w*|(?:майск\w+|новогодн\w+|зимн\w+|летн\w+)\s+(?:праздник\w*|"
    r"каникул\w*)|праздник\w*|каникул\w*)"
    r"|(?P<school_year>(?:the\s+)?(?:school|academic)\s+year|учебн\w+\s+год\w*))(?!\w)"
)
""""the 2023 flu season", «сезон гриппа», "over the holidays", «праздники», "school year"."""


def read_vague_period(text: str) -> tuple[tuple[VagueKind, str] | None, str]:
    """The vague period named (its kind and words), and the text with those words blanked so
    «сезон гриппа» does not also become a flu filter."""
    match = VAGUE_PERIOD.search(text)
    if match is None:
        return None, text
    kinds: tuple[VagueKind, ...] = ("season", "holidays", "school_year")
    kind = next(k for k in kinds if match.group(k))
    blanked = text[: match.start()] + "|" * (match.end() - match.start()) + text[match.end() :]
    return (kind, match.group(0)), blanked


def vague_period_issue(
    kind: VagueKind, text: str, named: Period | None, data_start: date, data_end: date
) -> Issue:
    """Which dates the question means, with the readings of its year (or the latest one)."""
    year = named.start.year if named is not None else data_end.year
    whole = Period(start=date(year, 1, 1), end=date(year, 12, 31))
    readings = {
        "season": [  # the northern flu season: October to March
            Period(start=date(year - 1, 10, 1), end=date(year, 3, 31)),
            Period(start=date(year, 10, 1), end=date(year + 1, 3, 31)),
        ],
        "holidays": [
            Period(start=date(year, 1, 1), end=date(year, 1, 8)),
            Period(start=date(year, 5, 1), end=date(year, 5, 10)),
        ],
        "school_year": [
            Period(start=date(year - 1, 9, 1), end=date(year, 5, 31)),
            Period(start=date(year, 9, 1), end=date(year + 1, 5, 31)),
        ],
    }[kind]
    inside = [p for p in readings if p.start >= data_start and p.end <= data_end]
    fallback = named or whole
    return Issue(
        slot="period",
        problem="ambiguous",
        text=text,
        candidates=[period_candidate(period) for period in (*inside, fallback)],
        fallback={"period": fallback.model_dump(mode="json")},
        assumption_en=f"“{text}” has no dates in the data; {period_label(fallback, 'en')} is"
        " counted whole.",
        assumption_ru=f"У «{text}» нет дат в данных; учтён {period_label(fallback, 'ru')} целиком.",
    )
