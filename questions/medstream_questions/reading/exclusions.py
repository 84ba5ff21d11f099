"""Exclusions: "all cities except Moscow", «кроме Москвы и СПб», "non-emergency visits".

A marker word ("except", "excluding", "other than", "non", «кроме», «без учёта», «не
считая») excludes the names right after it: a place, a diagnosis or code, a department, a
visit type, a sex or an age group, and more of them joined by "and", "or", commas, «и»,
«или». The chain stops at the first name not joined so, so in "non-emergency visits in
Kazan" Kazan stays the question's place.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from medstream_questions.plan import AgeGroup
from medstream_questions.reading.extractors import CHAPTER, CodeReading
from medstream_questions.reading.lexicon import (
    ENTITY_SENSES,
    AgeGroupSense,
    ChapterSense,
    DepartmentSense,
    DiagnosisSense,
    PlaceSense,
    SexSense,
    VisitTypeSense,
)
from medstream_questions.reading.matching import BARRIER, Mention
from medstream_questions.text import Token
from medstream_questions.vocabulary.care import DEPARTMENTS_BY_NAME

MARKER = re.compile(
    r"(?<!\w)(?:except(?:\s+for)?|excluding|exclude|other\s+than|apart\s+from|"
    r"not\s+counting|not\s+including|without|outside(?:\s+of)?|but\s+not|non|not|"
    r"(?:all|every|everything|everywhere|any)(?:\s+[\w-]+){0,2}?\s+but|"  # "all departments but"
    r"leaving\s+out|leave\s+out|left\s+out|anything\s+(?:other|else)\s+than|"
    r"leaving\s+aside|setting\s+aside|aside\s+from|minus|ignoring|disregarding|barring|"
    r"(?:leaving|leave|keeping|keep)(?=\s+[\w-]+(?:\s+[\w-]+)?\s+out(?!\w))|"
    r"save\s+for|omitting|excepting|(?:once\s+you\s+|if\s+you\s+|after\s+)?(?:drop|dropping|remove|"
    r"removing|take\s+out|taking\s+out)(?:\s+the\s+whole|\s+all)?|excl\.?|w/o|"
    r"(?:если\s+)?не\s+(?:брать|беря|принимая)\s+(?:в\s+расч[её]т|во\s+внимание)|"
    r"(?:если\s+)?не\s+(?:брать|беря|включать|учитывать|смотреть\s+на)|"
    r"убрав|убрать|выкинув|отбросив|"
    r"за\s+минусом|минус|"
    r"кроме|за\s+исключением|исключая|исключив|исключить|за\s+вычетом|"
    r"(?:если\s+)?не\s+считать|не\s+учитывая|не\s+считая|без\s+учета|не\s+включая|без|"
    r"вне|не)(?!\w)"
)
_FILLER = (
    r"[\s,;()«»\"'/-]|(?<!\w)(?:the|a|an|of|in|at|from|for|with|city|cities|district|districts|"
    r"department|departments|depts?\.?|code|codes|icd(?:-10)?|visits?|cases?|patients?|stays?|all|"
    r"в|во|на|из|у|с|со|"
    r"город[а-я]*|район[а-я]*|визит[а-я]*|обращени[а-я]*|случа[а-я]*|пациент[а-я]*|"
    r"округ[а-я]*|отделени[а-я]*|кода?|мкб(?:-10)?|диагноз[а-я]*)(?!\w)"
)
LEAD = re.compile(r"^(?:" + _FILLER + r")*$")
AFTER_NAME = re.compile(
    r"(?<!\w)(?:excluded|left\s+out|not\s+included|not\s+counted|aside|"
    r"исключ(?:ая|ены|ен|ена|ено|ить|ите|им|аем)|не\s+в\s+сч[её]т|не\s+считается|не\s+считаются|"
    r"не\s+учитываем|не\s+учитывать|не\s+считаем|не\s+считать|не\s+бер[её]м|не\s+брать|"
    r"не\s+нужн[аыо]?|don'?t\s+count|not\s+needed|(?:is|are)\s+ignored|ignored|"
    r"not\s+considered)(?!\w)"
)
"""A marker said after the names it leaves out: "Moscow excluded", «Москва не в счёт»."""
"""What may stand between a marker and the first name it excludes ("except the city of")."""
JOINED = re.compile(
    r"^(?:" + _FILLER + r")*(?:,|(?<!\w)(?:and|or|nor|и|или|а\s+также)(?!\w))(?:" + _FILLER + r")*$"
)
"""What joins the next excluded name to the last: a comma, "and", "or", «и», «или»."""
_GLOSS_WORDS = r"(?:" + _FILLER + r"|(?<!\w)(?:chapter|глава|класс)(?!\w))*"
GLOSS = re.compile(r"^\s*\(" + _GLOSS_WORDS + r"$")
"""An excluded name's gloss in brackets, «без профосмотров (Z00)»: left out with it."""
EXCLUDABLE = (*ENTITY_SENSES, VisitTypeSense, SexSense, AgeGroupSense)


AFTER_MARKER = re.compile(r"(?:" + MARKER.pattern + r")(?:" + _FILLER + r")*$")
"""Text that ends with a marker and what may follow it: the next name is excluded."""


GLOSSED_AFTER_MARKER = re.compile(r"(?:" + MARKER.pattern + r")[^()]{1,60}\(" + _GLOSS_WORDS + r"$")
"""A marker, a name and a bracket: "excluding respiratory diagnoses (chapter X)"."""


ALL_BUT = re.compile(
    r"(?<!\w)(?:по\s+всем|во\s+всех|across\s+all(?:\s+the)?|in\s+all(?:\s+the)?|"
    r"for\s+all(?:\s+the)?|over\s+all(?:\s+the)?|every|each|all(?:\s+the)?|все|всех)\s+"
    r"(?:отделени\w*|город\w*|район\w*|departments?|cities|city|districts?)\s*,?\s*"
    r"(?=кроме|за\s+исключением|except|excluding|other\s+than)"
)
"""«по всем отделениям, кроме онкологии», "across all departments except Oncology": the
scope the exclusion is taken from, not a grouping."""


def without_all_but(text: str) -> str:
    """The text with "across all departments" blanked where an exclusion follows it."""
    return ALL_BUT.sub(lambda match: BARRIER * len(match.group(0)), text)


def excluded_chapters(text: str, chapters: Sequence[str]) -> tuple[list[str], list[str]]:
    """Chapters named by numeral ("other than chapter X") split into (kept, excluded)."""
    kept: list[str] = []
    excluded: list[str] = []
    end: int | None = None  # where the last excluded chapter ended
    for match, label in zip(CHAPTER.finditer(text), chapters, strict=False):
        joined = end is not None and JOINED.match(text[end : match.start()]) is not None
        before = text[: match.start()]
        if joined or AFTER_MARKER.search(before) or GLOSSED_AFTER_MARKER.search(before):
            excluded.append(label)  # "except chapter IX and chapter X": both
            end = match.end()
        else:
            kept.append(label)
            end = None
    kept += list(chapters[len(kept) + len(excluded) :])  # by their codes' letter: "J-codes"
    return kept, excluded


@dataclass(frozen=True, slots=True)
class Excluded:
    mentions: list[Mention]
    codes: list[CodeReading]
    glossed: list[Mention] = field(default_factory=list)
    """Diagnoses whose codes the question wrote after them: read by those codes only."""
    absorbed: list[Mention] = field(default_factory=list)
    """The noun closing a list left out ("… and Surgery departments"): part of the exclusion,
    not a grouping asked for."""


CLOSING_NOUN = re.compile(
    r"^[\s,]*(?P<noun>departments?|depts?\.?|districts?|cities|city|okrugs?|wards?|"
    r"отделени\w*|район\w*|город\w*|округ\w*)(?!\w)"
)
DEPARTMENT_NOUN = re.compile(r"^(?:departments?|depts?\.?|wards?|отделени\w*)$")


def _span(mention: Mention, tokens: Sequence[Token]) -> tuple[int, int]:
    return tokens[mention.first].start, tokens[mention.last].end


def find_exclusions(
    text: str,
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    codes: Sequence[CodeReading],
    glued: Sequence[int] = (),
) -> Excluded:
    """The mentions and codes that markers in ``text`` exclude (in the question's order);
    ``glued`` are where a negation written into a word ends («неэкстренных»)."""
    items: list[tuple[int, int, Mention | CodeReading]] = [
        (*_span(m, tokens), m) for m in mentions if isinstance(m.senses[0], EXCLUDABLE)
    ]
    items += [(code.start, code.end, code) for code in codes]
    items.sort(key=lambda item: item[0])
    excluded: list[Mention | CodeReading] = []
    glossed_names: list[Mention] = []
    absorbed: list[Mention] = []
    ends = sorted([*(marker.end() for marker in MARKER.finditer(text)), *glued])
    for end in ends:
        cursor, gap = end, LEAD
        chain: list[Mention | CodeReading] = []
        for start, end, item in items:
            if start < cursor:
                continue
            between = text[cursor:start]
            glossed = gap is JOINED and GLOSS.match(between) is not None
            if not (gap.match(between) or glossed):
                break
            if glossed and isinstance(item, CodeReading) and _names_a_diagnosis(excluded[-1]):
                # «без профосмотров (Z00)»: the codes written say which
                glossed_names.append(excluded.pop())  # type: ignore[arg-type]
            excluded.append(item)
            chain.append(item)
            cursor, gap = end, JOINED
        closing = CLOSING_NOUN.match(text[cursor:]) if chain else None
        if closing is not None:  # "excluding the Emergency and Surgery departments"
            noun_start, noun_end = cursor + closing.start("noun"), cursor + closing.end("noun")
            absorbed += [m for m in mentions if noun_start <= _span(m, tokens)[0] < noun_end]
            if DEPARTMENT_NOUN.match(closing.group("noun")):
                renamed = [_as_department(item) for item in excluded]
                absorbed += [
                    old
                    for old, new in zip(excluded, renamed, strict=True)
                    if old is not new and isinstance(old, Mention)
                ]
                excluded[:] = renamed
    for marker in AFTER_NAME.finditer(text):  # "Moscow excluded", «Москва не в счёт»
        cursor, gap = marker.start(), LEAD
        for start, end, item in reversed(items):
            if end > cursor:
                continue
            if item in excluded or not gap.match(text[end:cursor]):
                break
            excluded.append(item)
            cursor, gap = start, JOINED
    return Excluded(
        mentions=[item for item in excluded if isinstance(item, Mention)],
        codes=[item for item in excluded if isinstance(item, CodeReading)],
        glossed=glossed_names,
        absorbed=absorbed,
    )


def _as_department(item: "Mention | CodeReading") -> "Mention | CodeReading":
    """A visit type named among departments ("the Emergency and Surgery departments") is the
    department of the same name."""
    if not isinstance(item, Mention) or not isinstance(item.senses[0], VisitTypeSense):
        return item
    department = DEPARTMENTS_BY_NAME.get(item.senses[0].name.capitalize())
    if department is None:
        return item
    return replace(item, senses=(DepartmentSense(department.name),))


def _names_a_diagnosis(item: "Mention | CodeReading") -> bool:
    return isinstance(item, Mention) and isinstance(item.senses[0], DiagnosisSense)


@dataclass
class ExcludedFields:
    """Slots fields that leave things out; places still to be resolved by the builder."""

    fields: dict[str, Any] = field(default_factory=dict)
    cities: list[str] = field(default_factory=list)
    districts: list[Mention] = field(default_factory=list)

    def add(self, name: str, value: str) -> None:
        values = self.fields.setdefault(name, [])
        if value not in values:
            values.append(value)


def excluded_fields(mentions: Sequence[Mention], codes: Sequence[str]) -> ExcludedFields:
    """NOT IN filters for what is left out; a left-out group of people becomes its complement."""
    found = ExcludedFields()
    for code in codes:
        found.add("exclude_codes", code)
    for mention in mentions:
        first = mention.senses[0]
        if isinstance(first, PlaceSense):
            if len(mention.senses) == 1 and first.district is None:
                found.cities.append(first.city)
            else:
                found.districts.append(mention)
        elif isinstance(first, DiagnosisSense):
            for sense in mention.senses:
                for code in sense.codes if isinstance(sense, DiagnosisSense) else ():
                    found.add("exclude_codes", code)
        elif isinstance(first, DepartmentSense):
            found.add("exclude_departments", first.name)
        elif isinstance(first, ChapterSense):
            found.add("exclude_chapters", first.label)
        elif isinstance(first, VisitTypeSense):
            found.add("exclude_visit_types", first.name)
        elif isinstance(first, SexSense):
            found.fields["sex"] = "M" if first.sex == "F" else "F"
        elif isinstance(first, AgeGroupSense):
            found.fields.update(_complement(first.group))
    return found


LEAVES_OUT_PEOPLE = re.compile(
    r"(?:" + MARKER.pattern + r"|leaving\s+aside|setting\s+aside|aside\s+from)\s+"
    r"(?:(?:the|all|those|patients?|people|persons|visitors|children|kids|adults|пациент\w*|"
    r"люд\w*|тех|лиц|человек|дет\w*|взросл\w*|and|or|и|или|,)\s*){0,4}(?:(?:aged|who\s+(?:are|were)|в\s+возрасте)\s+)?$"
)
"""Words that leave out the ages after them: "excluding patients over 80", «без пациентов
старше 80 лет»."""


def ages_left_out(text: str, before: int) -> bool:
    """Whether the ages said at ``before`` in ``text`` are left out, not asked about."""
    return LEAVES_OUT_PEOPLE.search(text[:before]) is not None


def complement_of_ages(first: int | None, last: int | None) -> tuple[int | None, int | None]:
    """The ages outside an open range: over 80 left out is 80 and under. A closed range has
    no one-range complement and is kept (the answer states the ages it used)."""
    if first is not None and first > 0 and last is None:
        return None, first - 1
    if last is not None and not first:  # "under 18" is 0–17: its complement is 18 and over
        return last + 1, None
    return first, last


def _complement(group: AgeGroup) -> dict[str, int]:
    """«не считая детей» is everyone 18 and over; "excluding the elderly" is under 65."""
    first, last = group.ages
    if first == 0 and last is not None:
        return {"age_min": last + 1}
    return {"age_max": first - 1} if last is None else {}
