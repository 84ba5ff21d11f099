"""What a question says so far: slots, the issues left open, and how answers merge in.

Slots are partial on purpose: «Санкт-Петербург 2025» fills a place and a period but no
measure. A person's answer is parsed into slots of its own and merged over the stored
ones, field by field, so "top 5 diagnoses" completes the question instead of replacing it.
An unset field means "not said"; ``places=[]`` means "all cities", said explicitly.
"""

from typing import Any, Literal, Self

from medstream_shared.language import pick
from pydantic import BaseModel, ConfigDict, Field

from medstream_questions.plan import (
    AgeGroup,
    Dimension,
    Family,
    Filters,
    Measure,
    Order,
    Period,
    Place,
)
from medstream_questions.text import Language
from medstream_questions.vocabulary.care import Department, VisitType

IssueSlot = Literal["intent", "dimension", "place", "diagnosis", "period"]
Problem = Literal["missing", "unknown", "ambiguous"]

SLOT_FIELDS: dict[IssueSlot, frozenset[str]] = {
    "intent": frozenset({"family", "dimension", "cost", "measure"}),
    "dimension": frozenset({"dimension"}),
    "place": frozenset({"places"}),
    "diagnosis": frozenset({"codes", "chapter"}),
    "period": frozenset({"period", "periods"}),
}
"""The fields whose being set in an answer settles an issue about that slot."""


class Candidate(BaseModel):
    """One way to settle an issue: a label to offer and the slots it would set."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label_en: str
    label_ru: str
    confidence: float = Field(ge=0, le=1)
    patch: dict[str, Any] = Field(description="Slots fields, as JSON, that this choice sets")

    def label(self, language: Language) -> str:
        return pick((self.label_en, self.label_ru), language)


class Issue(BaseModel):
    """Something the parser could not settle alone; the router asks about the first one."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    slot: IssueSlot
    problem: Problem
    text: str = Field(default="", description="the words of the question it is about")
    candidates: list[Candidate] = Field(default_factory=list)
    fallback: dict[str, Any] = Field(
        default_factory=dict, description="Slots fields to assume when no more questions"
    )
    assumption_en: str = ""
    assumption_ru: str = ""

    def assumption(self, language: Language) -> str:
        return pick((self.assumption_en, self.assumption_ru), language)


class Note(BaseModel):
    """An interpretation made while reading, stated in the answer ("Moskow" read as Moscow)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    slot: str
    text_en: str
    text_ru: str

    def text(self, language: Language) -> str:
        return pick((self.text_en, self.text_ru), language)


class Slots(BaseModel):
    model_config = ConfigDict(extra="forbid")

    language: Language = "en"
    family: Family | None = None
    measure: Measure | None = None
    cost: Literal["average", "total"] | None = None
    dimension: Dimension | None = None
    limit: int | None = Field(default=None, ge=1, le=100)
    places: list[Place] | None = None
    period: Period | None = None
    periods: list[Period] | None = Field(
        default=None, description="separate periods named together; `period` is their span"
    )
    codes: list[str] | None = None
    chapter: str | None = None
    department: Department | None = None
    visit_type: VisitType | None = None
    sex: Literal["M", "F"] | None = None
    age_group: AgeGroup | None = None
    age_min: int | None = Field(default=None, ge=0, le=150)
    min_visits: int | None = Field(default=None, ge=2, le=1000)
    max_visits: int | None = Field(default=None, ge=1, le=1000)
    every_department: bool | None = Field(
        default=None, description="the departments named are all required: «и в X, и в Y», both"
    )
    year_shift: int | None = Field(
        default=None,
        ge=-1,
        le=1,
        description="'the year before' (-1), «годом позже» (+1): the previous question's period"
        " moved by a year; a follow-up's",
    )
    age_max: int | None = Field(default=None, ge=0, le=150)
    order: Order | None = None
    compare: bool | None = None
    per_patient: bool | None = None
    diagnosis_is_the_whole: bool | None = Field(
        default=None, description="in a share, the diagnosis names the whole, not the part"
    )
    share_part: Literal["visit_type", "sex", "age", "department", "places", "period"] | None = (
        Field(default=None, description="in a share, the narrowing said after “were”: the part")
    )
    pick_one: bool | None = Field(
        default=None, description="«в каком месяце больше всего…»: the one best row, ranked"
    )
    exclude_places: list[Place] | None = None
    exclude_codes: list[str] | None = None
    exclude_visit_types: list[VisitType] | None = None
    exclude_departments: list[Department] | None = None
    exclude_chapters: list[str] | None = None
    departments: list[Department] | None = Field(
        default=None, description="two or more departments named: the sides compared"
    )
    visit_types: list[VisitType] | None = Field(
        default=None, description="two or more visit types named: the sides compared"
    )
    gap: bool | None = Field(
        default=None, description="«на сколько больше», 'how many times': one figure asked"
    )
    baseline_first: bool | None = Field(
        default=None, description="the side named first is the one compared against"
    )
    baseline_later: bool | None = Field(
        default=None, description="of two periods, the later is the one compared against"
    )
    median: bool | None = None
    age_bands: list[int] | None = Field(
        default=None, description="the first age of each age band listed, for a split by age"
    )
    judged: Literal["measure", "cost"] | None = Field(
        default=None,
        description='"the worst department" (by what?), «дорогих визитов» (above what cost?)',
    )
    over_time: bool | None = Field(
        default=None, description="«динамика расходов», 'how did the cost change': by period"
    )
    extreme: Literal["max", "min"] | None = Field(
        default=None, description="'the most expensive visit', «минимальная стоимость»: one visit"
    )
    then_by: Dimension | None = Field(default=None, description="a second grouping asked")
    registered: bool | None = Field(
        default=None, description="«зарегистрированных», «у нас в базе»: the patient register"
    )
    money: bool | None = Field(default=None, description="money named: a share is of spending")
    on_topic: bool = False
    off_topic: bool = False
    absent: str | None = Field(
        default=None, description="a thing the data do not hold that the question asks about"
    )
    issues: list[Issue] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list)

    def filters(self, period: Period | None = None) -> Filters:
        """The filters these slots say, over ``period`` (by default the one they name)."""
        every = (self.departments or []) if self.every_department else []
        every = every if len(every) >= 2 else []
        return Filters(
            places=self.places or [],
            period=period or self.period,
            periods=self.periods or [],
            codes=self.codes or [],
            chapter=self.chapter,
            visit_type=self.visit_type,
            department=None if every else self.department,
            sex=self.sex,
            age_group=self.age_group,
            age_min=self.age_min,
            age_max=self.age_max,
            min_visits=self.min_visits,
            max_visits=self.max_visits,
            seen_by_every_department=every,
            exclude_places=self.exclude_places or [],
            exclude_codes=self.exclude_codes or [],
            exclude_visit_types=self.exclude_visit_types or [],
            exclude_departments=self.exclude_departments or [],
            exclude_chapters=self.exclude_chapters or [],
        )

    def said(self) -> set[str]:
        """The question fields this text set (bookkeeping fields excluded)."""
        return self.model_fields_set - {
            "language",
            "on_topic",
            "off_topic",
            "absent",
            "issues",
            "notes",
        }

    def merged(self, answer: "Slots") -> Self:
        """These slots with an answer's said fields on top; issues the answer settles close."""
        said = answer.said()
        update: dict[str, Any] = {field: getattr(answer, field) for field in said}
        if "period" in said and "periods" not in said:
            update["periods"] = None  # a new period replaces the separate ones with it
        open_issues = [i for i in self.issues if not SLOT_FIELDS[i.slot] & said]
        update["issues"] = [*open_issues, *answer.issues]
        update["notes"] = [n for n in self.notes if n.slot not in said] + answer.notes
        update["on_topic"] = self.on_topic or answer.on_topic
        update["off_topic"] = self.off_topic and answer.off_topic
        update["absent"] = answer.absent or self.absent
        merged = self.model_copy(update=update)
        merged.__pydantic_fields_set__ = self.model_fields_set | said | {"issues", "notes"}
        return merged

    def patched(self, patch: dict[str, Any]) -> Self:
        """These slots with a stored choice applied (an option picked, or a fallback)."""
        return self.merged(type(self).model_validate({"language": self.language, **patch}))
