"""Every phrase the parser knows, indexed by word stems, and what each one means.

Built once from the vocabulary and the cue table. A phrase may mean several things: «Кировский
район» is a district in four cities, and the parser decides (or asks) which one is meant.
"""

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from medstream_shared.questions.cues import AGE_GROUP_WORDS, CUES, SEX_WORDS, Cue
from medstream_shared.questions.plan import AgeGroup
from medstream_shared.questions.text import stems_of
from medstream_shared.questions.vocabulary.care import DEPARTMENTS, VISIT_TYPES
from medstream_shared.questions.vocabulary.diagnoses import DIAGNOSIS_NAMES
from medstream_shared.questions.vocabulary.everyday import EVERYDAY_NAMES
from medstream_shared.questions.vocabulary.icd10 import CHAPTERS
from medstream_shared.questions.vocabulary.places import CITIES


@dataclass(frozen=True, slots=True)
class PlaceSense:
    city: str
    district: str | None = None


@dataclass(frozen=True, slots=True)
class DiagnosisSense:
    codes: tuple[str, ...]
    name_en: str
    name_ru: str


@dataclass(frozen=True, slots=True)
class ChapterSense:
    label: str


@dataclass(frozen=True, slots=True)
class DepartmentSense:
    name: str


@dataclass(frozen=True, slots=True)
class VisitTypeSense:
    name: str


@dataclass(frozen=True, slots=True)
class SexSense:
    sex: str


@dataclass(frozen=True, slots=True)
class AgeGroupSense:
    group: AgeGroup


Sense = (
    PlaceSense
    | DiagnosisSense
    | ChapterSense
    | DepartmentSense
    | VisitTypeSense
    | SexSense
    | AgeGroupSense
    | Cue
)
ENTITY_SENSES = (PlaceSense, DiagnosisSense, ChapterSense, DepartmentSense)
"""Senses worth a fuzzy match: names a person may misspell."""


@dataclass(frozen=True, slots=True)
class Term:
    stems: tuple[str, ...]
    senses: tuple[Sense, ...]

    @property
    def key(self) -> str:
        return " ".join(self.stems)


GENERIC_TITLE_WORDS = frozenset(
    stem
    for word in (
        "other", "unspecified", "acute", "chronic", "disease", "diseases", "disorder",
        "disorders", "of", "and", "the", "with", "without", "in", "due", "to", "not",
        "elsewhere", "classified", "specified", "certain", "organism", "virus", "identified",
        "site", "sites", "multiple", "malignant", "neoplasm", "benign", "infection",
        "infections", "syndrome", "syndromes", "injury", "fracture", "level", "lower",
        "upper", "including", "except", "type", "origin", "unknown", "condition",
        "другие", "другой", "другая", "неуточненный", "неуточненная", "неуточненные",
        "острый", "острая", "острые", "хронический", "хроническая", "болезнь", "болезни",
        "расстройства", "нарушения", "и", "в", "с", "без", "при", "не", "других",
        "рубриках", "классифицированные", "уточненные", "вызванные", "вызванный", "вирус",
        "злокачественное", "новообразование", "доброкачественное", "инфекции", "инфекция",
        "синдром", "синдромы", "травма", "перелом", "уровне", "локализации", "типа",
        "происхождения", "поражения", "формы", "состояния", "области",
    )  # fmt: skip
    for stem in stems_of(word)
)
"""Title words too common to point at a diagnosis on their own."""

_BRACKETS = re.compile(r"\s*\[[^\]]*\]")
_OTHER = re.compile(r"^(?:other|другие|другой|другая|другое)\s+(?:формы\s+)?", re.IGNORECASE)


def _title_variants(title: str) -> set[str]:
    """A title as written, without its bracketed synonyms, and without a leading "Other"."""
    plain = _BRACKETS.sub("", title).strip()
    return {title, plain, _OTHER.sub("", plain)}


def _place_entries() -> Iterator[tuple[str, PlaceSense]]:
    for city in CITIES:
        sense = PlaceSense(city.name_en)
        for name in (city.name_en, city.name_ru, *city.aliases):
            yield name, sense
        okrug = city.name_en == "Moscow"
        for district in city.districts:
            sense = PlaceSense(city.name_en, district.name_en)
            names = [district.name_en, district.name_ru, *district.aliases]
            names += [f"{district.name_en} district", f"{district.name_ru} район"]
            if okrug:
                names += [
                    f"{district.name_en} okrug",
                    f"{district.name_en} administrative okrug",
                    f"{district.name_ru} округ",
                    f"{district.name_ru} административный округ",
                ]
            for name in names:
                yield name, sense


def _diagnosis_entries() -> Iterator[tuple[str, Sense]]:
    for entry in DIAGNOSIS_NAMES:
        sense = DiagnosisSense((entry.code,), entry.title_en, entry.title_ru)
        for title in (entry.title_en, entry.title_ru):
            for variant in _title_variants(title):
                yield variant, sense
    for everyday in EVERYDAY_NAMES:
        sense = DiagnosisSense(everyday.codes, everyday.names_en[0], everyday.names_ru[0])
        for name in (*everyday.names_en, *everyday.names_ru):
            yield name, sense
    for chapter in CHAPTERS:
        chapter_sense = ChapterSense(chapter.label)
        for name in (chapter.title_en, chapter.title_ru, *chapter.aliases):
            yield name, chapter_sense


def _care_entries() -> Iterator[tuple[str, Sense]]:
    for department in DEPARTMENTS:
        for name in department.aliases:
            yield name, DepartmentSense(department.name)
    for visit_type in VISIT_TYPES:
        for name in visit_type.aliases:
            yield name, VisitTypeSense(visit_type.name)
    for sex, words in SEX_WORDS.items():
        for word in words:
            yield word, SexSense(sex)
    for group, words in AGE_GROUP_WORDS.items():
        for word in words:
            yield word, AgeGroupSense(AgeGroup(group))


def _cue_entries() -> Iterator[tuple[str, Sense]]:
    for phrases, cues in CUES:
        for phrase in phrases:
            for cue in cues:
                yield phrase, cue


class Lexicon:
    def __init__(self, entries: Iterable[tuple[str, Sense]]) -> None:
        senses: dict[tuple[str, ...], list[Sense]] = defaultdict(list)
        for phrase, sense in entries:
            stems = stems_of(phrase)
            if stems and sense not in senses[stems]:
                senses[stems].append(sense)
        self.terms = [Term(stems, tuple(found)) for stems, found in senses.items()]
        by_first: dict[str, list[Term]] = defaultdict(list)
        for term in self.terms:
            by_first[term.stems[0]].append(term)
        self.by_first_stem = {
            stem: sorted(terms, key=lambda t: len(t.stems), reverse=True)
            for stem, terms in by_first.items()
        }
        self.entity_terms = [
            term for term in self.terms if any(isinstance(s, ENTITY_SENSES) for s in term.senses)
        ]
        self.entity_keys = [term.key for term in self.entity_terms]
        self.title_words = self._title_word_index()

    @staticmethod
    def _title_word_index() -> dict[str, frozenset[str]]:
        """Stem of a distinctive title word → codes whose titles contain it («язв» → K25…)."""
        codes: dict[str, set[str]] = defaultdict(set)
        for entry in DIAGNOSIS_NAMES:
            for title in (entry.title_en, entry.title_ru):
                for stem in stems_of(_BRACKETS.sub("", title)):
                    if stem not in GENERIC_TITLE_WORDS and not stem.isdigit() and len(stem) > 2:
                        codes[stem].add(entry.code)
        return {stem: frozenset(found) for stem, found in codes.items()}


@cache
def lexicon() -> Lexicon:
    """The one lexicon of the process, built on first use (a few milliseconds)."""
    return Lexicon([*_place_entries(), *_diagnosis_entries(), *_care_entries(), *_cue_entries()])
