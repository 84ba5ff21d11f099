"""The issues a question can leave open, each with its choices and a stated fallback.

Every issue carries what the router needs to ask about it (candidates with labels in both
languages and the slots each would set) and what to assume when the person has used up
their rounds of clarification (``fallback`` with an ``assumption`` to state).
"""

from collections.abc import Sequence
from datetime import date
from typing import Any

from medstream_questions.catalog import active_catalog
from medstream_questions.labels import diagnosis_label, period_label, place_label
from medstream_questions.plan import Period, Place
from medstream_questions.reading.dates import PartialPeriod, complete_partial, year_period
from medstream_questions.slots import Candidate, Issue
from medstream_questions.vocabulary.diagnoses import DIAGNOSES_BY_CODE

ALL_CITIES = ("All cities", "Все города")
ALL_DIAGNOSES = ("All diagnoses", "Все диагнозы")
ALL_OF_THESE = ("All of these", "Все перечисленные")
ALL_DATA = ("All data", "За всё время")


def _place_json(place: Place) -> dict[str, Any]:
    return place.model_dump(mode="json")


def place_candidate(place: Place, confidence: float = 1.0) -> Candidate:
    return Candidate(
        label_en=place_label(place, "en"),
        label_ru=place_label(place, "ru"),
        confidence=confidence,
        patch={"places": [_place_json(place)]},
    )


def diagnosis_candidate(codes: Sequence[str], confidence: float = 1.0) -> Candidate:
    if len(codes) == 1:
        entry = DIAGNOSES_BY_CODE[codes[0]]
        labels = (f"{entry.code} {entry.title_en}", f"{entry.code} {entry.title_ru}")
    else:
        labels = (diagnosis_label(codes, None, "en"), diagnosis_label(codes, None, "ru"))
    return Candidate(
        label_en=labels[0], label_ru=labels[1], confidence=confidence, patch={"codes": list(codes)}
    )


def _choice(labels: tuple[str, str], patch: dict[str, Any], confidence: float = 0.5) -> Candidate:
    return Candidate(label_en=labels[0], label_ru=labels[1], confidence=confidence, patch=patch)


def ambiguous_place(text: str, places: Sequence[Place]) -> Issue:
    first = places[0]
    return Issue(
        slot="place",
        problem="ambiguous",
        text=text,
        candidates=[place_candidate(place, 1 / len(places)) for place in places],
        fallback={"places": [_place_json(first)]},
        assumption_en=f"“{text}” was read as {place_label(first, 'en')}.",
        assumption_ru=f"«{text}» понято как {place_label(first, 'ru')}.",
    )


def unknown_place(text: str, suggestions: Sequence[tuple[Place, float]] = ()) -> Issue:
    """Closest names first (a typo), then every city, then "all cities"."""
    best: dict[Place, float] = {}
    for place, score in suggestions:
        best.setdefault(place, score)
    for city in active_catalog().cities:
        best.setdefault(Place(city=city.value), 0.1)
    candidates = [place_candidate(place, score) for place, score in best.items()]
    return Issue(
        slot="place",
        problem="unknown",
        text=text,
        candidates=[*candidates, _choice(ALL_CITIES, {"places": []})],
        fallback={"places": []},
        assumption_en=f"“{text}” is not a place in the data; all cities are included.",
        assumption_ru=f"«{text}» нет среди мест в данных; учтены все города.",
    )


def ambiguous_diagnosis(text: str, groups: Sequence[Sequence[str]]) -> Issue:
    union = sorted({code for group in groups for code in group})
    return Issue(
        slot="diagnosis",
        problem="ambiguous",
        text=text,
        candidates=[
            *(diagnosis_candidate(list(group), 1 / len(groups)) for group in groups),
            _choice(ALL_OF_THESE, {"codes": union}),
        ],
        fallback={"codes": union},
        assumption_en=f"“{text}” was read as all of: {', '.join(union)}.",
        assumption_ru=f"«{text}» понято как все диагнозы: {', '.join(union)}.",
    )


def unknown_diagnosis(text: str, suggestions: Sequence[tuple[Sequence[str], float]]) -> Issue:
    return Issue(
        slot="diagnosis",
        problem="unknown",
        text=text,
        candidates=[
            *(diagnosis_candidate(list(codes), score) for codes, score in suggestions),
            _choice(ALL_DIAGNOSES, {"codes": []}),
        ],
        fallback={"codes": []},
        assumption_en=f"“{text}” is not a known diagnosis; all diagnoses are included.",
        assumption_ru=f"«{text}» не найден среди диагнозов; учтены все диагнозы.",
    )


def period_candidate(period: Period) -> Candidate:
    return Candidate(
        label_en=period_label(period, "en"),
        label_ru=period_label(period, "ru"),
        confidence=0.5,
        patch={"period": period.model_dump(mode="json")},
    )


def partial_period(text: str, partial: PartialPeriod, data_start: date, data_end: date) -> Issue:
    choices = [
        complete_partial(partial, year)
        for year in range(data_end.year, data_start.year - 1, -1)
        if complete_partial(partial, year).end <= data_end
    ][:3]
    latest = choices[0] if choices else year_period(data_end.year)
    return Issue(
        slot="period",
        problem="missing",
        text=text,
        candidates=[period_candidate(period) for period in choices],
        fallback={"period": latest.model_dump(mode="json")},
        assumption_en=f"“{text}” was read as {period_label(latest, 'en')}.",
        assumption_ru=f"«{text}» понято как {period_label(latest, 'ru')}.",
    )


def period_out_of_range(text: str, data_start: date, data_end: date) -> Issue:
    everything = Period(start=data_start, end=data_end)
    years = [year_period(year) for year in range(data_end.year, data_end.year - 3, -1)]
    return Issue(
        slot="period",
        problem="unknown",
        text=text,
        candidates=[
            *(period_candidate(year) for year in years if year.start >= data_start),
            _choice(ALL_DATA, {"period": everything.model_dump(mode="json")}),
        ],
        fallback={"period": everything.model_dump(mode="json")},
        assumption_en=(
            f"There are no data for “{text}”; the whole period "
            f"({period_label(everything, 'en')}) is used."
        ),
        assumption_ru=(
            f"Данных за «{text}» нет; использован весь период ({period_label(everything, 'ru')})."
        ),
    )


# What a question can leave unsaid: the planner raises these ----------------------------


def _candidate(en: str, ru: str, **patch: str | None) -> Candidate:
    return Candidate(label_en=en, label_ru=ru, confidence=0.5, patch=patch)


MISSING_INTENT = Issue(
    slot="intent",
    problem="missing",
    candidates=[
        _candidate("Top 10 diagnoses", "Топ-10 диагнозов", family="top", dimension="diagnosis"),
        _candidate("Number of visits", "Число визитов", family="count"),
        _candidate("Trend by month", "Динамика по месяцам", family="trend", dimension="month"),
        _candidate("Average cost of a visit", "Средняя стоимость визита", family="cost"),
    ],
    fallback={"family": "top", "dimension": "diagnosis"},
    assumption_en="The question did not say what to compute; the commonest diagnoses are shown.",
    assumption_ru="В вопросе не указано, что посчитать; показаны самые частые диагнозы.",
)
MISSING_TREND_SUBJECT = Issue(
    slot="intent",
    problem="missing",
    candidates=[
        _candidate("Visits by month", "Визиты по месяцам", measure="visits", dimension="month"),
        _candidate(
            "Patients by month", "Пациенты по месяцам", measure="patients", dimension="month"
        ),
        _candidate(
            "Average cost by month",
            "Средняя стоимость по месяцам",
            family="cost",
            cost="average",
            dimension="month",
        ),
    ],
    fallback={"measure": "visits"},
    assumption_en="The question did not say the trend of what; visits are shown.",
    assumption_ru="Не сказано, динамика чего; показано число визитов.",
)
""""Show the trend" alone: of visits, patients or cost, and where? Asked, not guessed."""


MISSING_COMPARE_MEASURE = Issue(
    slot="intent",
    problem="missing",
    candidates=[
        _candidate("Number of visits", "Число визитов", measure="visits"),
        _candidate("Number of patients", "Число пациентов", measure="patients"),
        _candidate(
            "Average cost of a visit", "Средняя стоимость визита", family="cost", cost="average"
        ),
        _candidate("Total cost", "Общая стоимость", family="cost", cost="total"),
    ],
    fallback={"measure": "visits"},
    assumption_en="The question did not say what to compare; the numbers of visits are shown.",
    assumption_ru="Не сказано, что сравнить; показано число визитов.",
)
""""Compare Moscow with Saint Petersburg", "2024 versus 2023": by visits, patients or money?
Asked, not guessed."""
MISSING_COST_THRESHOLD = Issue(
    slot="intent",
    problem="missing",
    text="",
    candidates=[
        _candidate(
            "Average cost of a visit",
            "Средняя стоимость визита",
            family="cost",
            cost="average",
            judged=None,
        ),
        _candidate("Total cost", "Общая стоимость", family="cost", cost="total", judged=None),
        _candidate("Number of visits", "Число визитов", measure="visits", judged=None),
    ],
    fallback={"family": "cost", "cost": "average", "judged": None},
    assumption_en="No cost makes a visit “expensive” in the data; the average cost is shown.",
    assumption_ru="В данных нет порога «дорогого» визита; показана средняя стоимость.",
)
""""How many expensive visits?": above what cost? Asked; the average cost if no one answers."""


def unnamed_places(text: str) -> Issue:
    """ "Compare the two cities": which two? Every city is offered."""
    return Issue(
        slot="place",
        problem="missing",
        text=text,
        candidates=[
            *(place_candidate(Place(city=city.value), 0.3) for city in active_catalog().cities),
            _choice(ALL_CITIES, {"places": []}),
        ],
        fallback={"places": []},
        assumption_en=f"“{text}” did not say which; all cities are compared.",
        assumption_ru=f"«{text}» — не сказано, какие; сравниваются все города.",
    )


MISSING_BREAKDOWN = Issue(
    slot="dimension",
    problem="missing",
    candidates=[
        _candidate("By sex", "По полу", dimension="sex"),
        _candidate("By age group", "По возрастным группам", dimension="age_group"),
    ],
    fallback={"dimension": "age_group"},
    assumption_en="The breakdown is by age group.",
    assumption_ru="Распределение показано по возрастным группам.",
)
MISSING_TOP_SUBJECT = Issue(
    slot="dimension",
    problem="missing",
    candidates=[
        _candidate("Diagnoses", "Диагнозы", dimension="diagnosis"),
        _candidate("ICD-10 chapters", "Классы МКБ-10", dimension="chapter"),
        _candidate("Departments", "Отделения", dimension="department"),
        _candidate("Districts", "Районы", dimension="district"),
    ],
    fallback={"dimension": "diagnosis"},
    assumption_en="The top list did not say of what; diagnoses are shown.",
    assumption_ru="Не сказано, топ чего; показаны диагнозы.",
)
""""Top 5 in Novosibirsk for 2023": top 5 of what? Asked, not guessed."""
MISSING_SHARE_DIAGNOSIS = Issue(
    slot="diagnosis",
    problem="missing",
    candidates=[
        Candidate(label_en=en, label_ru=ru, confidence=0.5, patch={"codes": codes})
        for en, ru, codes in (
            ("Influenza", "Грипп", ["J09", "J10", "J11"]),
            ("COVID-19", "COVID-19", ["U07.1", "U07.2"]),
            ("Hypertension", "Гипертония", ["I10", "I11"]),
            ("Type 2 diabetes", "Диабет 2 типа", ["E11"]),
        )
    ],
    fallback={"family": "count"},
    assumption_en="No diagnosis was named for the share; the number of visits is shown instead.",
    assumption_ru="Не указан диагноз для доли; вместо доли показано число визитов.",
)
