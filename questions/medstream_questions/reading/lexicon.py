"""Every phrase the parser knows, indexed by word stems, and what each one means.

Built from the vocabulary (medicine: diagnoses, chapters, what departments are called), the cue
table and a warehouse's catalog (its places and departments), once per catalog version. A
phrase may mean several things: «Кировский район» is a district in four cities, and the parser
decides (or asks) which one is meant.
"""

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from medstream_shared.events.catalog import Catalog

from medstream_questions.plan import AgeGroup
from medstream_questions.reading.cues import AGE_GROUP_WORDS, CUES, SEX_WORDS, Cue
from medstream_questions.reading.stopwords import GENERIC_TITLE_WORDS
from medstream_questions.text import normalize, stems_of, tokenize
from medstream_questions.vocabulary.care import DEPARTMENTS_BY_NAME, VISIT_TYPES
from medstream_questions.vocabulary.diagnoses import DIAGNOSIS_NAMES
from medstream_questions.vocabulary.everyday import EVERYDAY_NAMES
from medstream_questions.vocabulary.icd10 import CHAPTERS


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
SPELT_SENSES = (*ENTITY_SENSES, VisitTypeSense)
"""Senses whose one-word names are also matched as written ("emergncy", «стационрные»)."""


@dataclass(frozen=True, slots=True)
class Term:
    stems: tuple[str, ...]
    senses: tuple[Sense, ...]

    @property
    def key(self) -> str:
        return " ".join(self.stems)


_BRACKETS = re.compile(r"\s*\[[^\]]*\]")
_OTHER = re.compile(r"^(?:other|другие|другой|другая|другое)\s+(?:формы\s+)?", re.IGNORECASE)


SHORT_NAME = 4
LONG_WORD = 7
"""A one-word name this long or longer is also matched as written, for typos."""
EXACT, LOOSE = 2, 1
"""Weights of a phrase: a loose variant of a title («анемии» for "Other anaemias") yields to
an exact name («анемия», all anaemias) when both stem alike."""

Entry = tuple[str, Sense, int]


def term_stems(phrase: str) -> tuple[str, ...]:
    """A phrase's stems; an abbreviation in capitals stays whole («ЗАО» must not meet «за»)."""
    return tuple(
        token.text
        if phrase[token.start : token.end].isupper() and len(token.text) > 1
        else token.stem
        for token in tokenize(normalize(phrase))
    )


def _title_variants(title: str) -> list[tuple[str, int]]:
    """A title as written, without its bracketed synonyms, and without a leading "Other"."""
    plain = _BRACKETS.sub("", title).strip()
    return [(title, EXACT), (plain, EXACT), (_OTHER.sub("", plain), LOOSE)]


SPOKEN_CITY_NAMES = {
    "Saint Petersburg": (
        "St Pete",
        "St. Pete",
        "Saint Pete",
        "Piter",
        "SPB",
        "СПб",
        "Питер",
        "петербургский",
        "питерский",
    ),
    "Moscow": ("MSK", "Мск", "Moskva", "московский"),
    "Kazan": ("KZN", "Кзн", "казанский"),
    "Novosibirsk": ("NSK", "Novosib", "Новосиб", "Нск", "новосибирский"),
    "Yekaterinburg": ("EKB", "Yekat", "Ekat", "Екб", "Екат", "Ёбург", "екатеринбургский"),
}
"""What analysts call a city in chat, beside the catalog's names and aliases; the adjectives
(«московских клиник») name the city too."""


def _place_entries(catalog: Catalog) -> Iterator[Entry]:
    for city in catalog.cities:
        sense = PlaceSense(city.value)
        for name in (city.value, city.name_en, city.name_ru, *city.aliases):
            yield name, sense, EXACT
        for name in SPOKEN_CITY_NAMES.get(city.value, ()):
            yield name, sense, EXACT
        for district in city.districts:
            sense = PlaceSense(city.value, district.value)
            names = [district.value, district.name_en, district.name_ru, *district.aliases]
            names += [f"{district.name_en} district", f"{district.name_ru} район"]
            if district.unit == "okrug":
                names += [
                    f"{district.name_en} okrug",
                    f"{district.name_en} administrative okrug",
                    f"{district.name_ru} округ",
                    f"{district.name_ru} административный округ",
                ]
            for name in names:
                yield name, sense, EXACT


def _diagnosis_entries() -> Iterator[Entry]:
    for entry in DIAGNOSIS_NAMES:
        sense = DiagnosisSense((entry.code,), entry.title_en, entry.title_ru)
        for title in (entry.title_en, entry.title_ru):
            for variant, weight in _title_variants(title):
                yield variant, sense, weight
    for everyday in EVERYDAY_NAMES:
        sense = DiagnosisSense(everyday.codes, everyday.names_en[0], everyday.names_ru[0])
        for name in (*everyday.names_en, *everyday.names_ru):
            yield name, sense, EXACT
    for chapter in CHAPTERS:
        chapter_sense = ChapterSense(chapter.label)
        for name in (chapter.title_en, chapter.title_ru, *chapter.aliases):
            yield name, chapter_sense, EXACT
            if name.endswith(" diseases"):  # "respiratory diagnoses", "digestive conditions"
                for noun in ("diagnoses", "conditions", "disorders"):
                    yield f"{name.removesuffix('diseases')}{noun}", chapter_sense, EXACT


def _care_entries(catalog: Catalog) -> Iterator[Entry]:
    for department in catalog.departments:
        sense = DepartmentSense(department.value)
        known = DEPARTMENTS_BY_NAME.get(department.value)
        # A known department is named by its curated aliases only: "Emergency" alone is the
        # visit type and "therapy" needs no «отделение»; another dataset's are taken as given.
        names = (
            [*known.aliases, known.name_ru]
            if known is not None
            else [department.value, department.name_en, department.name_ru]
        )
        for name in (*names, *department.aliases):
            yield name, sense, EXACT
            if name.endswith(" отделение") and name.count(" ") == 1:
                # «кроме терапевтического и хирургического отделений»: the adjective alone
                yield name.removesuffix(" отделение"), sense, EXACT
    for visit_type in VISIT_TYPES:
        for name in visit_type.aliases:
            yield name, VisitTypeSense(visit_type.name), EXACT
    for sex, words in SEX_WORDS.items():
        for word in words:
            yield word, SexSense(sex), EXACT
    for group, words in AGE_GROUP_WORDS.items():
        for word in words:
            yield word, AgeGroupSense(AgeGroup(group)), EXACT


def _cue_entries() -> Iterator[Entry]:
    for phrases, cues in CUES:
        for phrase in phrases:
            for cue in cues:
                yield phrase, cue, EXACT


class Lexicon:
    def __init__(self, entries: Iterable[Entry]) -> None:
        weighted: dict[tuple[str, ...], dict[Sense, int]] = defaultdict(dict)
        spelt: dict[str, tuple[str, ...]] = {}
        for phrase, sense, weight in entries:
            stems = term_stems(phrase)
            if stems:
                found = weighted[stems]
                found[sense] = max(weight, found.get(sense, 0))
                if isinstance(sense, SPELT_SENSES) and " " not in phrase.strip():
                    spelt.setdefault(normalize(phrase.strip()), stems)
        self.terms = [Term(stems, _reconcile(found)) for stems, found in weighted.items()]
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
        self.fuzzy_keys = {
            index: key for index, key in enumerate(self.entity_keys) if len(key) > SHORT_NAME
        }
        """Names a misspelling may be matched to: an abbreviation («МСК», "EKB") is too short
        to tell a typo from another name ("Omsk" is not "MSK"), so it is matched exactly only."""
        self.title_words = self._title_word_index()
        by_stems = {term.stems: term for term in self.terms}
        self.spelt_words = {
            word: by_stems[stems]
            for word, stems in spelt.items()
            if stems in by_stems and len(word) >= LONG_WORD
        }
        """One-word names as written ("emergency"), for typos a stemmer cuts apart: the stem
        of "emergncy" is "emergnci", far from "emerg", while the words are one letter apart."""

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


def _reconcile(weighted: dict[Sense, int]) -> tuple[Sense, ...]:
    """The senses a phrase keeps: the best-weighted, and of diagnoses only the widest.

    "cataract" names the H25–H26 group and also stems like the title "Other cataract" (H26);
    the group includes the title, so the phrase means the group and is not ambiguous.
    """
    best = max(weighted.values())
    senses = [sense for sense, weight in weighted.items() if weight == best]
    groups = [set(s.codes) for s in senses if isinstance(s, DiagnosisSense)]
    kept: list[Sense] = []
    seen: list[set[str]] = []
    for sense in senses:
        if isinstance(sense, DiagnosisSense):
            codes = set(sense.codes)
            if any(codes < other for other in groups) or codes in seen:
                continue
            seen.append(codes)
        kept.append(sense)
    return tuple(kept)


_LEXICONS: dict[str, Lexicon] = {}
_KEPT = 4
"""Lexicons kept by catalog version: the current one and a few before a swap."""


def lexicon(catalog: Catalog) -> Lexicon:
    """The lexicon for a catalog, built on first use (some tens of milliseconds)."""
    found = _LEXICONS.get(catalog.version)
    if found is None:
        entries = [*_place_entries(catalog), *_diagnosis_entries(), *_care_entries(catalog)]
        found = Lexicon([*entries, *_cue_entries()])
        while len(_LEXICONS) >= _KEPT:
            _LEXICONS.pop(next(iter(_LEXICONS)))
        _LEXICONS[catalog.version] = found
    return found
