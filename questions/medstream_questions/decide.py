"""Slots → a complete :class:`QueryPlan`, an issue to ask about, or "out of scope".

This is where defaults live, each stated in the plan's assumptions when it could surprise:
no period means all the data; "cost" alone means the average cost of a visit. When the
router has used its rounds of clarification it calls ``decide(..., final=True)``, and every
open issue is settled by its fallback, stated as an assumption, instead of asked again.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from medstream_shared.language import pick

from medstream_questions.compile import GAP_MEASURES
from medstream_questions.issues import (
    MISSING_BREAKDOWN,
    MISSING_COMPARE_MEASURE,
    MISSING_COST_THRESHOLD,
    MISSING_INTENT,
    MISSING_SHARE_DIAGNOSIS,
    MISSING_TOP_SUBJECT,
    MISSING_TREND_SUBJECT,
)
from medstream_questions.labels import period_label
from medstream_questions.plan import (
    BREAKDOWN_DIMENSIONS,
    PLACE_DIMENSIONS,
    SPLITTABLE_DIMENSIONS,
    TIME_DIMENSIONS,
    Dimension,
    Family,
    Filters,
    Measure,
    Period,
    Place,
    QueryPlan,
    Subset,
)
from medstream_questions.reading.dates import year_period
from medstream_questions.slots import Issue, Note, Slots
from medstream_questions.text import Language

BARE_TREND = frozenset({"family", "dimension", "compare", "order"})
BARE_COMPARISON = frozenset(
    {
        "family",
        "dimension",
        "compare",
        "order",
        "places",
        "period",
        "periods",
        "pick_one",
        "baseline_later",
        "baseline_first",
    }
)
"""Places compared with nothing said of what: the measure is asked for."""
"""What "show the trend" says when it says nothing else."""
ISSUE_ORDER = ("intent", "dimension", "place", "diagnosis", "period")
TOP_LIMIT = 10
MONTHLY_UP_TO_MONTHS = 24


@dataclass(frozen=True, slots=True)
class Planned:
    plan: QueryPlan


@dataclass(frozen=True, slots=True)
class Clarify:
    issue: Issue
    slots: Slots


@dataclass(frozen=True, slots=True)
class OutOfScope:
    language: Language


Decision = Planned | Clarify | OutOfScope


class Planner:
    def __init__(self, *, data_start: date, data_end: date) -> None:
        self.data = Period(start=data_start, end=data_end)

    def decide(self, slots: Slots, *, final: bool = False) -> Decision:
        intent_said = bool(slots.said() & {"family", "dimension", "measure", "cost"})
        if not slots.on_topic or (slots.off_topic and not intent_said) or slots.absent:
            return OutOfScope(slots.language)
        if slots.median and not _median_of_cost_or_age(slots):
            return OutOfScope(slots.language)  # a median of visits: said plainly, not averaged
        slots = _span_ends_compared(_without_contradicting_ages(slots))
        assumptions: list[str] = []
        for _ in range(len(ISSUE_ORDER) + len(slots.issues)):
            open_issues = self._issues(slots)
            if not open_issues:
                return Planned(self._plan(slots, assumptions))
            if not final:
                return Clarify(open_issues[0], slots)
            issue = open_issues[0]
            assumptions.append(issue.assumption(slots.language))
            remaining = [other for other in slots.issues if other != issue]
            slots = slots.model_copy(update={"issues": remaining}).patched(issue.fallback)
        raise RuntimeError(f"fallbacks did not settle the issues: {self._issues(slots)}")

    def _issues(self, slots: Slots) -> list[Issue]:
        found = list(slots.issues)
        family = _family(slots)
        if slots.judged == "cost":
            found.append(MISSING_COST_THRESHOLD)  # «Сколько было дорогих визитов?»: above what?
        elif slots.judged and not slots.said() & {"measure", "cost", "money"}:
            found.append(MISSING_COMPARE_MEASURE)  # "the worst department": by what?
        elif family is None:
            found.append(MISSING_INTENT)
        elif family is Family.TREND and not slots.said() - BARE_TREND:
            found.append(MISSING_TREND_SUBJECT)  # «Покажи динамику»: of what, where, when?
        elif (_compares_places(slots) or _compares_periods(slots)) and not (
            slots.said() - BARE_COMPARISON
        ):  # «Сравни Москву с Питером», "How did we do in 2024 versus 2023?": by what?
            found.append(MISSING_COMPARE_MEASURE)
        elif family is Family.BREAKDOWN and slots.dimension not in SPLITTABLE_DIMENSIONS:
            found.append(MISSING_BREAKDOWN)
        elif (
            family is Family.TOP
            and slots.dimension is None
            and (slots.limit is not None or slots.measure is None)
            and not (slots.codes or slots.chapter)
        ):  # "top 5 in 2024", «Что было самым частым?»: of what?
            found.append(MISSING_TOP_SUBJECT)
        elif (
            family is Family.SHARE
            and not (slots.codes or slots.chapter or _subset(slots))
            and (slots.dimension is None or slots.measure is Measure.PATIENTS)
        ):  # "what share of visits did each city account for" is each city's part of all
            found.append(MISSING_SHARE_DIAGNOSIS)
        return sorted(found, key=lambda issue: ISSUE_ORDER.index(issue.slot))

    def _plan(self, slots: Slots, assumptions: list[str]) -> QueryPlan:
        language = slots.language
        if (
            slots.then_by in TIME_DIMENSIONS
            and slots.dimension not in TIME_DIMENSIONS
            and slots.family is not Family.TOP
        ):  # "by city and year" over time: the years first, each split by city; while
            # "which city had the most visits by year" is a top city in each year
            slots = slots.model_copy(
                update={"dimension": slots.then_by, "then_by": slots.dimension}
            )
        family = _family(slots)
        assert family is not None
        notes = [note.text(language) for note in slots.notes]
        period = slots.period
        register = _on_the_register(slots, family)
        if register is not None:
            return QueryPlan(
                family=family,
                measure=Measure.SHARE if family is Family.SHARE else Measure.PATIENTS,
                group_by=Dimension.SEX if slots.dimension is Dimension.SEX else None,
                filters=Filters(registered=True),
                language=language,
                assumptions=list(dict.fromkeys([*notes, register.text(language), *assumptions])),
                share_of=Subset(sex=slots.sex) if family is Family.SHARE else None,
                share_base=Measure.PATIENTS,
            )
        if slots.registered and (slots.measure is Measure.PATIENTS or family is Family.SHARE):
            notes.append(VISITED_NOT_REGISTERED.text(language))
        if period is None:
            period = self.data
            notes.append(
                pick(
                    (
                        f"Period: all data ({period_label(period, 'en')}).",
                        f"Период: все данные ({period_label(period, 'ru')}).",
                    ),
                    language,
                )
            )
        measure = _measure(slots, family)
        if measure is Measure.AVERAGE_COST and slots.cost is None:
            notes.append(
                pick(
                    (
                        "“Cost” is read as the average cost of a visit.",
                        "«Стоимость» понята как средняя стоимость визита.",
                    ),
                    language,
                )
            )
        part = _subset(slots) if family is Family.SHARE else None
        diagnosis_is_the_part = bool(slots.codes or slots.chapter) and not (
            slots.diagnosis_is_the_whole
        )
        share_of: Subset | None = None
        if part is not None and not diagnosis_is_the_part:
            share_of, left_out_of_scope = part
            slots = slots.model_copy(update=left_out_of_scope)
            if share_of.period is not None:  # "…of all COVID visits happened in 2022": of all data
                period = self.data
        filters = slots.filters(period)
        group_by = _group_by(slots, family, period)
        sides = _sides(slots) if family is not Family.SHARE else []
        if sides:  # each side a row (or, for one figure asked, side by side in one row)
            group_by = None
            family = Family.COST if family is Family.COST else Family.COUNT
            if any(side.department for side in sides):
                filters = filters.model_copy(update={"department": None})
            if any(side.visit_type for side in sides):
                filters = filters.model_copy(update={"visit_type": None})
        gap = bool(slots.gap) and len(sides) == 2 and measure in GAP_MEASURES
        limit = slots.limit
        if slots.pick_one and _compares_places(slots):
            limit = None  # "Kazan or Novosibirsk: which one spent more?": both, the larger first
        if limit is None and group_by is Dimension.DIAGNOSIS:
            limit = TOP_LIMIT  # some 270 codes: a list nobody reads
            if family is not Family.TOP:
                notes.append(
                    pick(
                        (
                            f"The {TOP_LIMIT} highest are shown.",
                            f"Показаны {TOP_LIMIT} наибольших значений.",
                        ),
                        language,
                    )
                )
        return QueryPlan(
            family=family,
            measure=measure,
            group_by=group_by,
            filters=filters,
            limit=limit,
            language=language,
            assumptions=list(dict.fromkeys([*notes, *assumptions])),
            order=slots.order or "desc",
            compare=(bool(slots.compare) or slots.family is Family.RANKING)
            and (len(filters.places) == 2 or len(filters.periods) == 2),
            share_of=share_of,
            share_base=_share_base(slots),
            sides=sides,
            gap=gap,
            then_by=_then_by(slots, group_by),
            age_bands=_age_bands(slots, group_by),
        )


def _age_bands(slots: Slots, group_by: Dimension | None) -> list[int]:
    """The bands listed, when the answer is split by age group (first or second)."""
    grouped_by_age = Dimension.AGE_GROUP in (group_by, _then_by(slots, group_by))
    return list(slots.age_bands or []) if grouped_by_age else []


def _then_by(slots: Slots, group_by: Dimension | None) -> Dimension | None:
    """The second grouping, when the first is a grouping too and neither is diagnoses, except
    for a top list in each group ("the top 3 diagnoses in each city")."""
    then_by = slots.then_by
    if group_by is None or then_by in (None, group_by, Dimension.DIAGNOSIS):
        return None
    in_each_group = slots.family in (Family.TOP, Family.COST)
    return then_by if group_by is not Dimension.DIAGNOSIS or in_each_group else None


REGISTER_NOTE = Note(
    slot="registered",
    text_en="All patients on the register, with or without a visit.",
    text_ru="Все пациенты в регистре, с визитами и без.",
)
VISITED_NOT_REGISTERED = Note(
    slot="registered",
    text_en="The register cannot be filtered by visits: patients with visits in this scope"
    " are counted.",
    text_ru="Регистр нельзя отфильтровать по визитам: посчитаны пациенты с визитами в этих рамках.",
)
REGISTER_FIELDS = frozenset(
    {"family", "measure", "dimension", "sex", "registered", "cost", "share_part"}
)
"""What a question about the register may say: patients, by sex or a share of one sex ("cost"
is only «всего», "total": money named is its own field)."""


def _on_the_register(slots: Slots, family: Family) -> Note | None:
    """«Сколько пациентов каждого пола у нас в базе?»: counted on the patient register, not
    among visits, when nothing else narrows it (a period or a place needs visits)."""
    if not slots.registered or slots.said() - REGISTER_FIELDS:
        return None
    if family is Family.SHARE:
        return REGISTER_NOTE if slots.sex is not None else None
    if slots.measure is not Measure.PATIENTS or slots.sex is not None:
        return None
    if family is Family.BREAKDOWN and slots.dimension is Dimension.SEX:
        return REGISTER_NOTE
    return REGISTER_NOTE if family is Family.COUNT and slots.dimension is None else None


def _median_of_cost_or_age(slots: Slots) -> bool:
    """Medians are of a visit's cost or age; of anything else they are not computed."""
    family = _family(slots)
    ages = (Measure.AVERAGE_AGE, Measure.MEDIAN_AGE)
    return slots.measure in ages or (family is Family.COST and not slots.per_patient)


def _share_base(slots: Slots) -> Measure:
    """What a share counts: money when spending is said («доля расходов»), else patients or
    visits."""
    if slots.money:
        return Measure.TOTAL_COST
    return Measure.PATIENTS if slots.measure is Measure.PATIENTS else Measure.VISITS


def _sides(slots: Slots) -> list[Subset]:
    """The sides compared, the one measured first and the baseline second.

    Two or more departments or visit types named are each a side ("Cardiology or Neurology",
    «стационарного и амбулаторного»). Two places
    or two periods are sides when one figure is asked of them ("how many more", «во сколько
    раз»); otherwise they are grouped rows as before. The baseline is the side after "than",
    «чем», «по сравнению с»; without one, the second place named, or the earlier period.
    """
    sides: list[Subset] = []
    if slots.departments and len(slots.departments) >= 2 and slots.every_department:
        return []  # "patients seen by both Cardiology and Therapy": one figure
    if slots.departments and len(slots.departments) >= 2:
        sides = [Subset(department=name) for name in slots.departments]
    elif slots.visit_types and len(slots.visit_types) >= 2 and slots.dimension is None:
        sides = [Subset(visit_type=name) for name in slots.visit_types]
    elif slots.gap and slots.places and len(slots.places) == 2 and slots.dimension is None:
        sides = [Subset(places=[place]) for place in slots.places]
    elif slots.gap and slots.periods and len(slots.periods) == 2:
        later_first = [Subset(period=period) for period in reversed(slots.periods)]
        return later_first[::-1] if slots.baseline_later else later_first
    if slots.baseline_first and len(sides) == 2:
        sides.reverse()
    return sides


def _subset(slots: Slots) -> tuple[Subset, dict[str, object]] | None:
    """What a share without a diagnosis is of, and the fields that then leave the scope.

    "What percentage of visits were emergency" takes emergency visits among all visits;
    «какую долю визитов дала Москва» takes Moscow among all cities. The first of visit type,
    sex, age, department and place that is said becomes the part, unless one is said after
    "were"/«составляли» ("what percent of inpatients were women"): that one is the part.
    """
    ages: dict[str, object] = {"age_min": None, "age_max": None, "age_group": None}
    if slots.share_part == "period" and slots.period is not None and slots.dimension is None:
        return Subset(period=slots.period), {"period": None, "periods": None}
    if slots.share_part == "sex" and slots.sex is not None:
        return Subset(sex=slots.sex), {"sex": None}
    if slots.share_part == "age" and (slots.age_min is not None or slots.age_max is not None):
        return Subset(age_min=slots.age_min, age_max=slots.age_max), ages
    if slots.share_part == "age" and slots.age_group is not None:
        first, last = slots.age_group.ages
        return Subset(age_min=first, age_max=last), ages
    if slots.share_part == "department" and slots.department is not None:
        return Subset(department=slots.department), {"department": None}
    if slots.share_part == "places" and slots.places and len(slots.places) == 1:
        return Subset(places=slots.places), {"places": _whole_of(slots.places[0])}
    if slots.visit_type is not None:
        return Subset(visit_type=slots.visit_type), {"visit_type": None}
    if slots.sex is not None:
        return Subset(sex=slots.sex), {"sex": None}
    if slots.age_min is not None or slots.age_max is not None:
        return Subset(age_min=slots.age_min, age_max=slots.age_max), ages
    if slots.age_group is not None:
        first, last = slots.age_group.ages
        return Subset(age_min=first, age_max=last), ages
    if slots.department is not None:
        return Subset(department=slots.department), {"department": None}
    if slots.places and len(slots.places) == 1:
        return Subset(places=slots.places), {"places": _whole_of(slots.places[0])}
    return None


def _whole_of(place: Place) -> list[Place]:
    """What a place's share is taken of: a district's, of its city ("how many percent of Kazan
    visits were in the Sovetsky district"); a city's, of the whole network."""
    return [Place(city=place.city)] if place.district else []


def _family(slots: Slots) -> Family | None:
    """The family a question asks for; its grouping may imply one ("by month" is a trend)."""
    family, dimension = slots.family, slots.dimension
    if family in (Family.SHARE, Family.COST):
        return family
    if family is Family.TOP and slots.then_by is not None and slots.limit is not None:
        return Family.TOP  # "which city had the most visits by year": a top list in each year
    if _compares_places(slots) and family not in (Family.TREND,):
        return Family.RANKING
    if slots.pick_one and dimension in TIME_DIMENSIONS | BREAKDOWN_DIMENSIONS:
        # "which month had the most…", "which visit type was least frequent": ranked, not
        # a trend or a breakdown
        return Family.TOP
    if dimension in TIME_DIMENSIONS or family is Family.TREND or _compares_periods(slots):
        return Family.TREND
    if dimension in BREAKDOWN_DIMENSIONS or family is Family.BREAKDOWN:
        return Family.BREAKDOWN
    if dimension in PLACE_DIMENSIONS or (family is Family.RANKING and dimension is None):
        return Family.RANKING
    if family in (Family.TOP, Family.RANKING) or (family is None and dimension is not None):
        return Family.TOP  # "compare diagnoses…" ranks diagnoses: a top list
    if family is Family.COUNT or slots.measure is not None:
        return Family.COUNT
    return None


def _without_contradicting_ages(slots: Slots) -> Slots:
    """Bounds that leave no age ("over 80", then "under 18" left out) are dropped and said so,
    rather than failing the plan."""
    first, last = slots.age_min, slots.age_max
    if first is None or last is None or first <= last:
        return slots
    note = Note(
        slot="age",
        text_en=f"The ages said contradict each other ({first} and over, {last} and under);"
        " no age filter is applied.",
        text_ru=f"Указанные возрасты противоречат друг другу (от {first} и до {last} лет);"
        " фильтр по возрасту не применён.",
    )
    return slots.model_copy(
        update={"age_min": None, "age_max": None, "notes": [*slots.notes, note]}
    )


def _span_ends_compared(slots: Slots) -> Slots:
    """ "Did the average cost rise from 2021 to 2025?", «насколько выросла … с 2021 по 2025»:
    a change over a span of years compares its first and last year, not the span pooled."""
    period = slots.period
    if not (slots.compare or slots.gap) or slots.periods or period is None:
        return slots
    if slots.family is Family.TREND or slots.dimension is not None:
        return slots  # "the trend from 2021 to 2025" is every year of it
    if len(slots.places or []) > 1 or slots.departments or slots.visit_types:
        return slots  # the places or departments are what is compared
    whole_years = (period.start.month, period.start.day, period.end.month, period.end.day) == (
        1,
        1,
        12,
        31,
    )
    if not whole_years or period.end.year == period.start.year:
        return slots
    ends = [year_period(period.start.year), year_period(period.end.year)]
    return slots.model_copy(update={"periods": ends})


def _compares_periods(slots: Slots) -> bool:
    """Separate periods compared: one row per period, side by side.

    «Сравни визиты с гриппом в 2023 и 2024 годах» wants each year's number. "How many flu
    visits in 2021 and 2024?" stays one number, over those two years only; a comparison of
    places ("Moscow vs Kazan in 2023 and 2024") still ranks the places over both years.
    """
    if not slots.periods or _unit_of(slots.periods) is None:
        return False
    if slots.dimension is not None or len(slots.places or []) > 1:
        return False
    return slots.family is Family.RANKING or bool(slots.compare)


def _compares_places(slots: Slots) -> bool:
    """ "Where were there more visits, in Moscow or in Kazan?": a row for each place."""
    places = slots.places or []
    return bool(slots.compare) and len(places) > 1 and slots.dimension is None


def _unit_of(periods: list[Period]) -> Dimension | None:
    """The largest calendar unit the periods are all made of: years, quarters or months.

    Years compared give a row per year, and so do like periods of different years (the first
    halves of 2024 and 2025); halves or seasons of one year, which have no grouping of their
    own, give their quarters or months.
    """
    units = ((Dimension.YEAR, 12), (Dimension.QUARTER, 3), (Dimension.MONTH, 1))
    for unit, months in units:  # each period one whole unit: "Q1 2024 vs Q1 2025"
        if all(_made_of(period, months) and _months_in(period) == months for period in periods):
            return unit
    years = [period.start.year for period in periods]
    if all(p.start.year == p.end.year for p in periods) and len(set(years)) == len(years) > 1:
        return Dimension.YEAR  # "the first half of 2025 against the first half of 2024"
    for unit, months in ((Dimension.YEAR, 12), (Dimension.QUARTER, 3), (Dimension.MONTH, 1)):
        if all(_made_of(period, months) for period in periods):
            return unit
    return None


def _months_in(period: Period) -> int:
    return (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1


def _made_of(period: Period, months: int) -> bool:
    start, after = period.start, period.end + timedelta(days=1)
    return all(day.day == 1 and (day.month - 1) % months == 0 for day in (start, after))


def _measure(slots: Slots, family: Family) -> Measure:
    if family is Family.SHARE:
        return Measure.SHARE
    if slots.per_patient:
        return Measure.COST_PER_PATIENT if family is Family.COST else Measure.VISITS_PER_PATIENT
    if family is Family.COST and slots.median:
        return Measure.MEDIAN_COST
    if family is Family.COST and slots.extreme is not None:  # "the most expensive visit"
        return Measure.MAX_COST if slots.extreme == "max" else Measure.MIN_COST
    if slots.median and slots.measure in (Measure.AVERAGE_AGE, Measure.MEDIAN_AGE):
        return Measure.MEDIAN_AGE
    if family is Family.COST:
        return Measure.TOTAL_COST if slots.cost == "total" else Measure.AVERAGE_COST
    return slots.measure or Measure.VISITS


NOUN_GROUPINGS = (Dimension.DIAGNOSIS, Dimension.CHAPTER)


def _group_by(slots: Slots, family: Family, period: Period) -> Dimension | None:
    dimension = slots.dimension
    places = slots.places or []
    over_time = family is Family.COST and slots.over_time and dimension is None
    if (family is Family.TREND and dimension not in TIME_DIMENSIONS) or over_time:
        unit = _unit_of(slots.periods) if slots.periods else None
        if unit is not None:
            return unit
        months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month
        return Dimension.MONTH if months < MONTHLY_UP_TO_MONTHS else Dimension.QUARTER
    if family is Family.RANKING and dimension not in PLACE_DIMENSIONS:
        one_city = len(places) == 1 and places[0].district is None
        districts = len(places) > 1 and all(place.district for place in places)
        return Dimension.DISTRICT if one_city or districts else Dimension.CITY
    pooled_means = slots.measure in (Measure.AVERAGE_AGE, Measure.MEDIAN_AGE) or slots.per_patient
    an_average = pooled_means or (family is Family.COST and slots.cost != "total")
    compared = family is Family.COST and bool(slots.compare)
    if (an_average or compared) and dimension is None and slots.periods:
        # "the average cost in 2021 and in 2025", pooled, is no year's: one row per period
        # (a total or a count over two years is still one sum, unless the two are compared:
        # "was the total higher in 2022 or in 2025?")
        unit = _unit_of(slots.periods)
        if unit is not None:
            return unit
    if (
        (family in (Family.COST, Family.SHARE) or pooled_means)
        and dimension is None
        and len(places) > 1
    ):
        # an average or a share pooled over places compares nothing: one row per place
        return Dimension.DISTRICT if all(p.district for p in places) else Dimension.CITY
    if family is Family.SHARE and dimension in NOUN_GROUPINGS and (slots.chapter or slots.codes):
        # "what percent of visits had a respiratory-chapter diagnosis", "… a diagnosis of flu":
        # the chapter or diagnosis named is the part; "diagnosis", "chapter" are plain nouns
        return None
    if family is Family.TOP:
        return dimension or Dimension.DIAGNOSIS
    if family is Family.COUNT:
        return None
    return dimension
