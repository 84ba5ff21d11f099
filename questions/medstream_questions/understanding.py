"""One object that reads questions and decides on them, for one warehouse's catalog."""

import re
from datetime import date

from medstream_questions.catalog import Catalog, use_catalog
from medstream_questions.decide import Decision, OutOfScope, Planned, Planner
from medstream_questions.labels import period_label
from medstream_questions.parse import QuestionParser
from medstream_questions.plan import Period, QueryPlan
from medstream_questions.slots import Note, Slots
from medstream_questions.text import Language

FOLLOW_UP_OPENING = re.compile(
    r"^\s*(?:and|but|what\s+about|how\s+about|same|the\s+same|now|а|и|ну\s+а|а\s+что|"
    r"как\s+насч[её]т|то\s+же|тоже|теперь)(?!\w)",
    re.IGNORECASE,
)
FOLLOW_UP_WORDS = 6
"""A question this short that names no family of its own reads as a follow-up."""


class OutOfScopeQuestion(ValueError):
    """The question is not about the data the suite holds."""


class Understanding:
    """Reads and plans against ``catalog``, which it makes the process's active catalog (the
    one labels, clarification options and plan checks use)."""

    def __init__(self, catalog: Catalog) -> None:
        self.use(catalog)

    def use(self, catalog: Catalog) -> None:
        """Read every later question against ``catalog`` (a swapped warehouse's)."""
        use_catalog(catalog)
        self.catalog = catalog
        self.parser = QuestionParser(catalog)
        self.planner = Planner(data_start=catalog.first_date, data_end=catalog.last_date)

    def read(self, question: str, language: Language | None = None) -> Slots:
        return self.parser.parse(question, language)

    def decide(self, slots: Slots, *, final: bool = False) -> Decision:
        return self.planner.decide(slots, final=final)

    def follow_up(self, previous: str, question: str, *, final: bool = False) -> Decision:
        """A follow-up read against the question before it: «А в Москве?», "same for 2024"."""
        before = self.read(previous)
        return self.decide(continued(before, self.read(question, before.language)), final=final)

    def plan(self, question: str, language: Language | None = None) -> QueryPlan:
        """A plan with no questions asked: open issues are settled by stated assumptions."""
        decision = self.decide(self.read(question, language), final=True)
        if isinstance(decision, OutOfScope):
            raise OutOfScopeQuestion(question)
        assert isinstance(decision, Planned)
        return decision.plan


def is_follow_up(question: str, slots: Slots) -> bool:
    """Whether a question in a session continues the one before it.

    "And in Moscow?", «А по отделениям?», "same for 2024" open like a follow-up; a short
    question that says what to compute ("How many visits in Kazan?") is a question of its own.
    """
    if FOLLOW_UP_OPENING.match(question):
        return True
    short = len(question.split()) <= FOLLOW_UP_WORDS
    return short and not slots.said() & {"family", "cost"} and slots.on_topic


def continued(before: Slots, after: Slots) -> Slots:
    """The previous question's slots with only what the follow-up names changed.

    A grouping named alone ("and by department?") regroups the same numbers, so it drops
    the previous question's family (a count becomes a top list by department).
    """
    after = _districts_of_the_same_city(before, after)
    said = after.said()
    if after.year_shift is not None and before.period is not None and "period" not in said:
        before = _moved_by_years(before, after.year_shift)  # "and the year before?"
    if "dimension" in said and "family" not in said:
        before = before.model_copy(update={"family": None, "limit": None})
    if said & AGE_FIELDS:  # «а у взрослых?» after children: the new ages replace the old
        before = before.model_copy(update=dict.fromkeys(AGE_FIELDS - said))
    return before.merged(after)


AGE_FIELDS = frozenset({"age_group", "age_min", "age_max"})


def _districts_of_the_same_city(before: Slots, after: Slots) -> Slots:
    """«…в Казани?» then «а только Советский район?»: a district name several cities have is
    the one of the city the question before named, not asked back."""
    cities = {place.city for place in before.places or []}
    if len(cities) != 1:
        return after
    city = cities.pop()
    for issue in after.issues:
        if (issue.slot, issue.problem) != ("place", "ambiguous"):
            continue
        fits = [c for c in issue.candidates if c.patch["places"][0]["city"] == city]
        if len(fits) == 1:
            return _districts_of_the_same_city(before, after.patched(fits[0].patch))
    return after


def _moved_by_years(slots: Slots, years: int) -> Slots:
    """The slots with their period (and separate periods) a year earlier or later, stated."""
    assert slots.period is not None
    period = _shift(slots.period, years)
    periods = [_shift(p, years) for p in slots.periods] if slots.periods else None
    earlier = years < 0
    note = Note(
        slot="period",
        text_en=f"Period: {period_label(period, 'en')} (a year {'before' if earlier else 'after'}"
        f" {period_label(slots.period, 'en')}).",
        text_ru=f"Период: {period_label(period, 'ru')} (на год {'раньше' if earlier else 'позже'},"
        f" чем {period_label(slots.period, 'ru')}).",
    )
    notes = [n for n in slots.notes if n.slot != "period"] + [note]
    return slots.model_copy(update={"period": period, "periods": periods, "notes": notes})


def _shift(period: Period, years: int) -> Period:
    return Period(start=_add_years(period.start, years), end=_add_years(period.end, years))


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a year without one
        return day.replace(year=day.year + years, day=28)
