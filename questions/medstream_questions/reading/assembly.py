"""Turning what the parser found into slots: choosing a family, a grouping and filters.

Several cues usually agree («Топ-5 заболеваний по числу визитов» says top, count and
diagnoses); the more specific family wins in the order of ``FAMILY_PRIORITY``. Places and
diagnoses found more than once are combined, and a name that fits several places or
diagnoses becomes an issue unless the rest of the question settles it («Кировский район
Екатеринбурга»).
"""

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import Any

from medstream_questions import issues
from medstream_questions.labels import GROUPED_BY
from medstream_questions.plan import AgeGroup, Dimension, Family, Measure, Place
from medstream_questions.reading.cues import (
    BREAKDOWN,
    COST,
    PATIENTS,
    PER_PATIENT,
    RANKING,
    SHARE,
    VISITS,
    Cue,
)
from medstream_questions.reading.cues import (
    TOP as TOP_CUE,
)
from medstream_questions.reading.exclusions import excluded_fields
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
from medstream_questions.reading.period_slots import read_periods
from medstream_questions.reading.periods import PeriodReading
from medstream_questions.reading.share_parts import PART
from medstream_questions.slots import Issue, Note, Slots
from medstream_questions.text import Language, Token, grammar

FAMILY_PRIORITY = (
    Family.SHARE,
    Family.COST,
    Family.TREND,
    Family.BREAKDOWN,
    Family.RANKING,
    Family.TOP,
    Family.COUNT,
)
NOUN_DIMENSIONS = (Dimension.DIAGNOSIS, Dimension.CHAPTER, Dimension.DEPARTMENT)
SINGULAR_GROUPINGS = frozenset(
    {"department", "city", "district", "diagnosis", "disease", "condition", "chapter", "ward",
     "reason for visits", "reason for visit", "причина обращения", "reason", "visit type",
     "type of visit", "тип визита", "вид помощи", "тип обращения", "icd-10 chapter",
     "icd chapter", "класс мкб", "класс мкб-10", "dept", "квартал", "quarter", "месяц", "month",
     "okrug", "отделение", "город", "район", "округ", "диагноз", "заболевание", "болезнь"}
)  # fmt: skip
"""A grouping's name in the singular: with "most"/"least" it asks for the one row."""
"""Dimensions whose cue words are also plain nouns ("how many diagnoses…")."""


class SlotsBuilder:
    def __init__(
        self,
        fields: dict[str, Any],
        found_issues: list[Issue],
        notes: list[Note],
        data_start: date,
        data_end: date,
    ) -> None:
        self.fields = fields
        self.issues = found_issues
        self.notes = notes
        self.data_start = data_start
        self.data_end = data_end
        self.on_topic = False
        self.off_topic = False
        self.absent: str | None = None
        self.singular_named = False
        self.visit_types_named: set[str] = set()
        self.grouped_by: list[Dimension] = []
        """Groupings said after "by", "per" or «по»."""
        """Two or more named with a grouping by visit type list its rows, not a filter."""
        """A grouping named in the singular ("the least visited department")."""
        self.named_codes: list[set[str]] = []
        """The codes each diagnosis name stood for, so an explicit code can narrow it."""

    def build(self, language: Language, *, on_topic: bool) -> Slots:
        if len(self.fields.get("departments", ())) < 2:
            self.fields.pop("departments", None)
        if len(self.fields.get("visit_types", ())) < 2 or "dimension" in self.fields:
            self.fields.pop("visit_types", None)  # a grouping lists them as its rows
        return Slots(
            language=language,
            on_topic=on_topic,
            off_topic=self.off_topic,
            absent=self.absent,
            issues=self.issues,
            notes=self.notes,
            **self.fields,
        )

    # Periods -------------------------------------------------------------------------------

    def add_periods(self, readings: Sequence[PeriodReading]) -> None:
        found = read_periods(readings, self.data_start, self.data_end)
        self.fields.update(found.fields)
        self.issues.extend(found.issues)
        self.notes.extend(found.notes)

    # Words and phrases ---------------------------------------------------------------------

    def add_mentions(
        self,
        mentions: Sequence[Mention],
        *,
        top_said: bool,
        people_named: bool = False,
        tokens: Sequence[Token] = (),
        written: str = "",
    ) -> None:
        """``written``: the normalised question, for what the readers before blanked."""
        cues: list[Cue] = []
        cities: list[str] = []
        districts: list[Mention] = []
        sexes: set[str] = set()
        share_of: Dimension | None = None
        population = False
        """Patients named as whom the question is about ("among people over 75"), not what
        it counts: a top list among them still counts visits."""
        for position, mention in enumerate(mentions):
            senses = _in_context(mention, tokens)
            among = _previous(mention, tokens) in POPULATION_MARKERS
            if PATIENTS in senses and (among or _aged_after(mention, tokens, written)):
                senses = tuple(s for s in senses if s != PATIENTS) or (Cue("people"),)
                population = population or among
            first = senses[0]
            self.on_topic = self.on_topic or not all(
                isinstance(s, Cue) and s.kind == "off_topic" for s in senses
            )
            if isinstance(first, Cue):
                if not _names_a_place(mention, mentions[position + 1 :]):
                    if position and _joins_a_grouping(mentions[position - 1], mention, tokens):
                        cues.append(BREAKDOWN)  # "by city and department": both are groupings
                    said_by = mention.text.lower().split()[0] in GROUPING_WORDS
                    if said_by or _previous(mention, tokens) in GROUPING_WORDS:
                        self.grouped_by += [
                            Dimension(s.value)
                            for s in senses
                            if isinstance(s, Cue) and s.kind == "dimension"
                        ]
                    cues.extend(s for s in senses if isinstance(s, Cue))
                    self.singular_named |= mention.text.lower() in SINGULAR_GROUPINGS
            elif isinstance(first, PlaceSense):
                mention = _city_unless_district(mention, tokens)
                only = mention.senses[0]
                if len(mention.senses) == 1 and isinstance(only, PlaceSense) and not only.district:
                    cities.append(only.city)
                else:
                    districts.append(mention)
            elif isinstance(first, DiagnosisSense):
                self._diagnosis(mention)
            elif isinstance(first, ChapterSense):
                self.fields.setdefault("chapter", first.label)
            elif isinstance(first, DepartmentSense) and _names_diagnoses(mention, tokens):
                continue  # «психиатрические диагнозы»: the diagnoses' kind, not a department
            elif isinstance(first, DepartmentSense):
                self.fields.setdefault("department", first.name)
                named = self.fields.setdefault("departments", [])
                if first.name not in named:
                    named.append(first.name)
            elif isinstance(first, VisitTypeSense):
                self.fields.setdefault("visit_type", first.name)
                self.visit_types_named.add(first.name)
                types = self.fields.setdefault("visit_types", [])
                if first.name not in types:
                    types.append(first.name)
                # «госпитализаций», "admissions": inpatient visits, and the thing counted
                cues.extend(s for s in senses[1:] if isinstance(s, Cue))
            elif isinstance(first, (SexSense, AgeGroupSense)):
                people_named = True
                if position and _most_of(mentions[position - 1], mention):
                    cues.append(PATIENTS)  # «где больше всего детей лечилось»: children counted
                if position and _asks_a_share(mentions[position - 1], mention, tokens):
                    share_of = Dimension.SEX if isinstance(first, SexSense) else Dimension.AGE_GROUP
                if isinstance(first, SexSense):
                    sexes.add(first.sex)
                else:
                    self.add_ages([first.group])
        if top_said:
            cues.append(Cue("family", Family.TOP.value))
        if population and SHARE in cues:
            cues.insert(0, PATIENTS)  # "among patients …, what percent were men": of patients
        if share_of is not None:  # «Доля женщин среди…»: the women are the part, of patients
            self.fields["share_part"] = "sex" if share_of is Dimension.SEX else "age"
            self.fields["diagnosis_is_the_whole"] = True  # «доля женщин с гипертонией»
            if not any(cue.kind == "measure" for cue in cues):
                cues.append(Cue("measure", Measure.PATIENTS.value))
        people_named = people_named or any(cue.kind == "people" for cue in cues)
        if people_named and _counts_without_a_measure(cues):  # «Сколько детей…», "how many women"
            cues.append(Cue("measure", Measure.PATIENTS.value))
        if len(sexes) == 2:
            cues += [Cue("family", Family.BREAKDOWN.value), Cue("dimension", "sex")]
        elif sexes:
            self.fields["sex"] = sexes.pop()
        self._cues(cues)
        self._places(cities, districts)

    def _diagnosis(self, mention: Mention) -> None:
        groups = [list(s.codes) for s in mention.senses if isinstance(s, DiagnosisSense)]
        if len(groups) > 1:
            self.issues.append(issues.ambiguous_diagnosis(mention.text, groups))
            return
        codes = self.fields.setdefault("codes", [])
        codes.extend(code for code in groups[0] if code not in codes)
        self.named_codes.append(set(groups[0]))

    def add_diagnoses(self, codes: Sequence[str], chapters: Sequence[str]) -> None:
        if codes:
            known = self.fields.setdefault("codes", [])
            explicit = set(codes)
            for named in self.named_codes:
                if explicit & named:  # «COVID-19 (U07.1)»: the code says which of the name's
                    known[:] = [code for code in known if code not in named or code in explicit]
            known.extend(code for code in codes if code not in known)
        if chapters:
            self.fields.setdefault("chapter", chapters[0])

    def add_age_range(self, first: int | None, last: int | None) -> None:
        """Bounds said in numbers; a group named too («дети до 14 лет») gives way to them."""
        if first is not None:
            self.fields["age_min"] = first
        if last is not None:
            self.fields["age_max"] = last
        group = self.fields.get("age_group")
        if group is not None:
            low, high = group.ages
            inside = (first is None or first >= low) and (
                high is None or (last is not None and last <= high)
            )
            if inside:
                self.fields.pop("age_group")
                self.fields.setdefault("age_min", low if first is None else first)

    def add_exclusions(
        self,
        mentions: Sequence[Mention],
        codes: Sequence[str],
        chapters: Sequence[str] = (),
        tokens: Sequence[Token] = (),
    ) -> None:
        """What the question leaves out: NOT IN filters, or the complement of a group."""
        excluded = excluded_fields([_city_unless_district(m, tokens) for m in mentions], codes)
        for chapter in chapters:  # "other than chapter X"
            excluded.add("exclude_chapters", chapter)
        self.fields.update(excluded.fields)
        if self.fields.get("chapter") in excluded.fields.get("exclude_chapters", ()):
            self.fields.pop("chapter")  # "other than respiratory diseases (chapter X)"
        if excluded.cities or excluded.districts:
            # «в Новосибирске, не считая Ленинского района»: the district of the city asked about
            asked = [place.city for place in self.fields.get("places", [])]
            self._places(excluded.cities, excluded.districts, field="exclude_places", within=asked)

    def add_ages(self, groups: Sequence[AgeGroup]) -> None:
        if not groups:
            return
        if "age_group" in self.fields and self.fields["age_group"] not in groups:
            self.fields.pop("age_group")
            self._cues([Cue("family", Family.BREAKDOWN.value), Cue("dimension", "age_group")])
        elif len(set(groups)) > 1:
            self._cues([Cue("family", Family.BREAKDOWN.value), Cue("dimension", "age_group")])
        else:
            self.fields["age_group"] = groups[0]

    def _cues(self, cues: Sequence[Cue]) -> None:
        families = {Family(c.value) for c in cues if c.kind == "family"}
        if "family" in self.fields:
            families.add(self.fields["family"])
        family = next((f for f in FAMILY_PRIORITY if f in families), None)
        if family is not None:
            self.fields["family"] = family
        if family is Family.COST and Family.TREND in families:
            self.fields["over_time"] = True  # «динамика расходов»: the cost, period by period
        dimensions = [Dimension(c.value) for c in cues if c.kind == "dimension"]
        if "dimension" in self.fields:
            dimensions.insert(0, self.fields["dimension"])
        # "by department" (a grouping cue beside it) is a grouping, not the noun "department"
        explicit = {
            Dimension(cue.value)
            for before, cue in pairwise(cues)
            if cue.kind == "dimension" and before == BREAKDOWN
        }
        plain = [d for d in dimensions if d not in NOUN_DIMENSIONS]
        specific = [d for d in dimensions if d not in NOUN_DIMENSIONS or (plain and d in explicit)]
        if specific or dimensions:
            self.fields["dimension"] = (specific or dimensions)[0]
        each = [Dimension(c.value) for c in cues if c.kind == "each"]
        ranked = Family.TOP in families or "limit" in self.fields
        by = self.grouped_by
        if not each and ranked and any(d not in by for d in dimensions):
            # "top 3 diagnoses by city", "which city had the most visits by year": ranked
            # within every city or year, not 3 cities or the busiest year
            each = list(dict.fromkeys(by))
        nouns = [d for d in dimensions if d not in each]
        if each and nouns and ranked:
            # "top 3 diagnoses in each city": the diagnoses ranked within every city
            ranked_by = Family.COST if self.fields.get("family") is Family.COST else Family.TOP
            self.fields.update(family=ranked_by, dimension=nouns[0], then_by=each[0])
            specific = []
        self._one_grouping(list(dict.fromkeys(specific)))
        split = self.fields.get("family") is Family.BREAKDOWN and "dimension" not in self.fields
        if split and len(self.visit_types_named) > 1:  # "split across outpatient, inpatient…"
            self.fields["dimension"] = Dimension.VISIT_TYPE
        groupings = (self.fields.get("dimension"), self.fields.get("then_by"))
        if Dimension.VISIT_TYPE in groupings and len(self.visit_types_named) > 1:
            self.fields.pop("visit_type", None)  # "by type of care (outpatient, inpatient…)"
        measures = [Measure(c.value) for c in cues if c.kind == "measure"]
        if measures:
            # the first word counted is the measure: «Сколько визитов у пациентов…» counts
            # visits, "How many patients had flu visits" counts patients
            self.fields["measure"] = measures[0]
        costs = [c.value for c in cues if c.kind == "cost"]
        if costs:
            self.fields["cost"] = "average" if "average" in costs else "total"
        if any(c.kind == "order" for c in cues):
            self.fields["order"] = "asc"
        superlative = any(c.kind == "family" and c.value == Family.TOP.value for c in cues)
        if superlative and (any(c.kind == "one" for c in cues) or self.singular_named):
            self.fields.setdefault("limit", 1)  # "which city had the fewest…": that one city
            self.fields["pick_one"] = True
        if any(c.kind == "per_patient" for c in cues):
            self.fields["per_patient"] = True
        if any(c.kind == "gap" for c in cues):
            self.fields["gap"] = True
        if any(c.kind == "registered" for c in cues):
            self.fields["registered"] = True
        judged = [c.value or "measure" for c in cues if c.kind == "judged"]
        if judged:
            self.fields["judged"] = judged[0]
        if any(c.kind == "median" for c in cues):
            self.fields["median"] = True
        extremes = [c.value for c in cues if c.kind == "extreme"]
        if extremes and "average" in costs:  # "the cheapest visits on average": ranked averages
            if extremes[0] == "min":
                self.fields["order"] = "asc"
        elif extremes:
            self.fields["extreme"] = extremes[0]
        if COST in cues:  # money named ("spending", «расходы»), not just "total"
            self.fields["money"] = True
        if any(c.kind == "compare" or c == RANKING for c in cues):
            self.fields["compare"] = True
        for cue in cues:
            if cue.kind == "absent":
                self.absent = cue.value
            if cue.kind == "scope" and cue.value == "all_places":
                self.fields["places"] = []
            elif cue.kind == "scope" and cue.value == "all_diagnoses":
                self.fields["codes"] = []
            elif cue.kind == "off_topic":
                self.off_topic = True
            elif cue.kind == "unavailable":
                self._by_month_instead(cue.value)

    def _one_grouping(self, groupings: Sequence[Dimension]) -> None:
        """Two groupings asked ("by city and year", "by sex and age group"): a row for each
        pair; a third is not shown, and that is said."""
        if len(groupings) < 2:
            return
        self.fields["then_by"] = groupings[1]
        shown, dropped = groupings[0], groupings[2:]
        if not dropped:
            return
        en = ", ".join(GROUPED_BY[d][0] for d in dropped)
        ru = ", ".join(GROUPED_BY[d][1] for d in dropped)
        self.notes.append(
            Note(
                slot="dimension",
                text_en=f"One grouping at a time: {GROUPED_BY[shown][0]}, not {en}.",
                text_ru=f"Одна группировка за раз: {GROUPED_BY[shown][1]}, без группировки {ru}.",
            )
        )

    def _by_month_instead(self, unit: str) -> None:
        """Weeks and days are not groupings the warehouse answers by, nor is an average per
        day or month computed: the months are shown, and that is said."""
        self.fields.setdefault("dimension", Dimension.MONTH)
        if unit.startswith("average_"):
            en, ru = {
                "average_day": ("per day", "в день"),
                "average_month": ("per month", "в месяц"),
            }[unit]
            self.notes.append(
                Note(
                    slot="dimension",
                    text_en=f"An average {en} is not computed; each month's figure is shown.",
                    text_ru=f"Среднее {ru} не вычисляется; показано значение за каждый месяц.",
                )
            )
            return
        en, ru = {"week": ("weekly", "по неделям"), "day": ("daily", "по дням")}[unit]
        self.notes.append(
            Note(
                slot="dimension",
                text_en=f"There is no {en} grouping; the figures are by month.",
                text_ru=f"Группировки {ru} нет; показано по месяцам.",
            )
        )

    def _places(
        self,
        cities: list[str],
        districts: list[Mention],
        field: str = "places",
        within: Sequence[str] = (),
    ) -> None:
        chosen: list[Place] = []
        for mention in districts:
            senses = [s for s in mention.senses if isinstance(s, PlaceSense)]
            narrowed = [s for s in senses if s.city in (*cities, *within)] or senses
            places = [Place(city=s.city, district=s.district) for s in narrowed]
            if len(places) > 1:
                self.issues.append(issues.ambiguous_place(mention.text, places))
                continue
            chosen.append(places[0])
        named = {place.city for place in chosen}
        chosen += [Place(city=city) for city in dict.fromkeys(cities) if city not in named]
        if chosen:
            self.fields[field] = chosen


DIAGNOSIS_NOUNS = ("диагноз", "заболеван", "болезн", "расстройств", "diagnos", "disord", "diseas")


def _names_diagnoses(mention: Mention, tokens: Sequence[Token]) -> bool:
    """An adjective of a department right before a word for diagnoses."""
    following = mention.last + 1
    return following < len(tokens) and tokens[following].stem.startswith(DIAGNOSIS_NOUNS)


def _most_of(before: Mention, mention: Mention) -> bool:
    """ "the most children", «больше всего детей»: the people right after a superlative are
    what is counted (while "the top diagnoses of children" counts visits)."""
    superlative = any(
        isinstance(s, Cue) and (s == TOP_CUE or s.kind == "order") for s in before.senses
    )
    return superlative and mention.first == before.last + 1


def _asks_a_share(before: Mention, mention: Mention, tokens: Sequence[Token] = ()) -> bool:
    """«Доля женщин», "share of the elderly": the people are split, each with its share.

    Said as a predicate ("what percent were men", «какой процент составляют женщины») the
    people are the one part asked about: a share of them, not a split.
    """
    if SHARE not in before.senses or mention.first - before.last > 3:  # "share of the …"
        return False
    between = tokens[before.last + 1 : mention.first] if tokens else ()
    return PART.search(" ".join(token.text for token in between)) is None


GROUPING_WORDS = frozenset(
    {"by", "per", "по", "each", "every", "within", "каждом", "каждого", "каждой", "каждому"}
)
"""The word before a grouping: "top diagnoses by city", «самый загруженный город по годам»."""
POPULATION_MARKERS = frozenset({"among", "amongst", "среди", "у"})


DISTRICT_NOUNS = ("район", "округ", "district", "okrug")


def _city_unless_district(mention: Mention, tokens: Sequence[Token]) -> Mention:
    """A word that is a city and districts alike («московских», the city's adjective, and
    «Московский» districts) is the city unless a district noun follows: «московских клиник»
    is Moscow, «в Московском районе» a district."""
    city = next(
        (s for s in mention.senses if isinstance(s, PlaceSense) and s.district is None), None
    )
    if city is None or len(mention.senses) == 1 or not tokens:
        return mention
    after = tokens[mention.last + 1].text if mention.last + 1 < len(tokens) else ""
    plural = "plur" in grammar(tokens[mention.last].text)  # «московских округа»: Moscow's
    if after.startswith(DISTRICT_NOUNS) and not plural:
        return mention
    return replace(mention, senses=(city,))


def _joins_a_grouping(before: Mention, mention: Mention, tokens: Sequence[Token]) -> bool:
    """ "by city and department", «по городам и отделениям»: the second noun is joined by
    "and" to a grouping named just before it."""
    return (
        mention.first == before.last + 2
        and _previous(mention, tokens) in ("and", "и", "&")
        and any(isinstance(s, Cue) and s.kind == "dimension" for s in before.senses)
        and any(isinstance(s, Cue) and s.kind == "dimension" for s in mention.senses)
    )


AGED_AFTER = re.compile(
    r"\s+(?:over|under|aged|older|younger|between|above|below|старше|младше|моложе|от|до|"
    r"в\s+возрасте|\d{1,3}(?![\d.]))"
)


def _aged_after(mention: Mention, tokens: Sequence[Token], written: str) -> bool:
    """ "only patients over 80", «пациентов старше 65»: the patients are whom the question is
    about; a count of them still counts patients, anything else keeps its measure."""
    if not tokens or not written:
        return False
    return AGED_AFTER.match(written, tokens[mention.last].end) is not None


def _previous(mention: Mention, tokens: Sequence[Token]) -> str:
    return tokens[mention.first - 1].text if tokens and mention.first > 0 else ""


def _in_context(mention: Mention, tokens: Sequence[Token]) -> tuple[Any, ...]:
    """The senses a mention keeps given its grammar, when its words could mean two things.

    «Средний возраст» is the average age, «среднего возраста» (genitive) the middle-aged;
    «на человека» is per person, but «(пришлось) на людей» (plural) names people.
    """
    senses = mention.senses
    words = mention.text.split()
    if not tokens or not words:
        return senses
    ages = tuple(s for s in senses if isinstance(s, AgeGroupSense))
    measures = tuple(s for s in senses if isinstance(s, Cue))
    if ages and measures:
        senses = ages if "gent" in grammar(words[0]) else measures
    if PER_PATIENT in senses and "plur" in grammar(words[-1]):
        senses = tuple(s for s in senses if s != PER_PATIENT) or (Cue("people"),)
    if PATIENTS in senses and _dative(words[-1]):
        # «диагнозы, которые ставили пациентам от 18 до 30»: to whom, not what is counted
        senses = tuple(s for s in senses if s != PATIENTS) or (Cue("people"),)
    if VISITS in senses and words[-1].lower().endswith(("ed", "ing")):
        # "how many women visited…": a verb, not the visits counted
        senses = tuple(s for s in senses if s != VISITS) or (Cue("domain"),)
    return senses


def _dative(word: str) -> bool:
    """«пациентам», «людям»: only a dative reading (not «больным», also instrumental)."""
    tags = grammar(word)
    return "datv" in tags and "ablt" not in tags and "nomn" not in tags


def _counts_without_a_measure(cues: Sequence[Cue]) -> bool:
    """ "How many children…", «где лечили больше детей»: the people are what is counted."""
    counts = any(c.kind == "family" and c.value == Family.COUNT.value for c in cues)
    compares = any(c.kind == "compare" for c in cues)
    return (counts or compares) and not any(c.kind == "measure" for c in cues)


def _names_a_place(cue: Mention, following: Sequence[Mention]) -> bool:
    """A lone "city"/«район» right before a place of that kind belongs to its name.

    «город Казань» names Kazan and «район Невский» names a district; neither asks to rank.
    """
    kinds = {s.value for s in cue.senses if isinstance(s, Cue) and s.kind == "dimension"}
    if cue.first != cue.last or not kinds & {"city", "district"} or not following:
        return False
    place = following[0].senses[0]
    if not isinstance(place, PlaceSense) or following[0].first - cue.last > 2:
        return False
    return ("district" if place.district else "city") in kinds
