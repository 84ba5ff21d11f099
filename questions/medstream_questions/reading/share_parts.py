"""In a share, which named thing is the part and which the whole.

"What percent of flu patients were children": flu names the whole, children the part.
"What percentage of visits in Moscow were flu": flu is the part. «Доля стационарных среди
визитов с пневмонией»: what follows «среди» ("among") is the whole. The part is what comes
after "were"/"was" (or "took place", "happened", "came from"), «пришлось на»/«приходится
на», «прошли», «являются» or a spaced dash («какой процент пациентов с диабетом — мужчины»);
the whole is what follows "among"/«среди».
Without such words a diagnosis stays the part, as before.
"""

import re
from collections.abc import Sequence

from medstream_questions.reading.extractors import CodeReading
from medstream_questions.reading.lexicon import (
    AgeGroupSense,
    ChapterSense,
    DepartmentSense,
    DiagnosisSense,
    PlaceSense,
    SexSense,
    VisitTypeSense,
)
from medstream_questions.reading.matching import Mention
from medstream_questions.text import Token

PART = re.compile(
    r"(?<!\w)(?:were|was|are|is|took\s+place|take\s+place|happened|occurred|came\s+from|"
    r"went\s+(?:to|on|into)|(?:was|were)\s+spent\s+on|accounted\s+for\s+by|fell\s+(?:to|on)|"
    r"ушл\w*\s+на|потрачен\w*\s+на|"
    r"прошл\w*|состоял\w*\s+в|был[аои]?|оказал\w*|пришл\w*\s+на|пришел\w*\s+на|"
    r"приходит\w*(?:\s+на)?|приходил\w*(?:\s+на)?|"
    r"составля\w*|состави\w*|являл?\w*|made\s+up|make\s+up|makes\s+up|made|make|makes)(?!\w)"
    r"|\s[—–-]\s"  # «пациентов с диабетом — мужчины»: a spaced dash is Russian's "are"
)
WHOLE = re.compile(
    r"(?<!\w)(?:among|среди|as\s+an?\s+(?:percentage|percent|share|proportion|fraction)\s+of|"
    r"as\s+an?\s+%\s+of|of\s+the\s+total|in\s+the\s+total|в\s+общ(?:их|ем|ей)|от\s+общ(?:их|его|ей)|"
    r"знаменатель|denominator|всей\s+сети|of\s+the\s+whole\s+network|across\s+the\s+network|"
    r"(?:out\s+)?of\s+all|в\s+процентах\s+от|от\s+всех|из\s+всех)(?!\w)"
)
"""What follows names the whole: "among", «среди», "men as a percentage of the patients with
I10", «из всех пациентов с диабетом»."""


def diagnosis_is_the_whole(
    text: str, tokens: Sequence[Token], mentions: Sequence[Mention], codes: Sequence[CodeReading]
) -> bool:
    """True when the diagnosis named qualifies the whole, so the other narrowing is the part."""
    starts = [
        tokens[m.first].start
        for m in mentions
        if isinstance(m.senses[0], DiagnosisSense | ChapterSense)
    ] + [code.start for code in codes]
    if not starts:
        return False
    whole = WHOLE.search(text)
    if whole is not None and all(start > whole.end() for start in starts):
        return True  # «Женщины — это сколько процентов от всех обращений с мигренью»
    if whole is not None and codes:
        after = {code.codes for code in codes if code.start > whole.end()}
        if after == {code.codes for code in codes}:  # «… в визитах с I10 (знаменатель — все
            return True  # визиты с I10)»: the code named again for the whole
    part = PART.search(text)
    return part is not None and all(start < part.start() for start in starts)


PART_KINDS: tuple[tuple[type, str], ...] = (
    (VisitTypeSense, "visit_type"),
    (SexSense, "sex"),
    (AgeGroupSense, "age"),
    (DepartmentSense, "department"),
    (PlaceSense, "places"),
)


def part_named_after_copula(
    text: str,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    age_start: int | None = None,
    period_start: int | None = None,
) -> str | None:
    """Which narrowing is the part when the question says it after "were"/«составляли»:
    "what percent of inpatients were women" is women among inpatients, not the reverse.
    An age read by the age readers (``age_start``, where it was written) counts too:
    «процент расходов на стационар пришёлся на пациентов 65 лет и старше». So does one period
    (``period_start``): "what percentage of all COVID visits happened in 2022"."""
    part = PART.search(text)
    if part is None:
        return _part_named_before_the_whole(text, tokens, mentions, age_start)
    # «долю всех госпитализаций составили госпитализации в кардиологию»: what is named on
    # both sides of the copula qualifies the whole
    before = {m.senses[0] for m in mentions if tokens[m.first].start < part.start()}
    named = [
        (start, kind)
        for start, kind, sense in _narrowings(tokens, mentions, age_start, period_start)
        if start >= part.end() and (sense is None or sense not in before)
    ]
    whole = WHOLE.search(text, part.end())  # «Женщины — это сколько процентов от всех
    if whole is not None:  # обращений … за 2025 год»: what follows «от всех» is the whole's
        named = [(start, kind) for start, kind in named if start < whole.start()]
    return min(named)[1] if named else None


def _part_named_before_the_whole(
    text: str, tokens: Sequence[Token], mentions: Sequence[Mention], age_start: int | None
) -> str | None:
    """«Доля Казани в расходах всей сети на онкологию», "novosibirsk pensioners 65+ as a % of
    all visits there": with no copula, what is named last before the whole's marker is the
    part."""
    whole = WHOLE.search(text)
    if whole is None:
        return None
    named = [
        (start, kind)
        for start, kind, _ in _narrowings(tokens, mentions, age_start, None)
        if start < whole.start()
    ]
    return max(named)[1] if named else None


def _narrowings(
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    age_start: int | None,
    period_start: int | None,
) -> list[tuple[int, str, object | None]]:
    """Every narrowing that could be a share's part: where it is written, its kind, and the
    mention's sense (none for an age or a period read by the regex readers)."""
    found: list[tuple[int, str, object | None]] = []
    for mention in mentions:
        sense = mention.senses[0]
        kind = next((k for kind_of, k in PART_KINDS if isinstance(sense, kind_of)), None)
        if kind is not None:
            found.append((tokens[mention.first].start, kind, sense))
    if age_start is not None:
        found.append((age_start, "age", None))
    if period_start is not None:
        found.append((period_start, "period", None))
    return found
