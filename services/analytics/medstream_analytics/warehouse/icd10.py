"""The ICD-10 model: chapters and the record describing how one diagnosis behaves.

The catalogue itself is the data table in ``diagnoses``; this module is the vocabulary it is
written in, kept apart so that the table stays a plain list of rows.
"""

from typing import NamedTuple

from medstream_analytics.warehouse.profiles import (
    AgeProfile,
    CostProfile,
    Department,
    SeasonProfile,
    SexWeights,
    VisitMix,
)

YearlyFactors = tuple[tuple[int, float], ...]


class Chapter(NamedTuple):
    numeral: str
    title: str
    first_code: str
    last_code: str

    @property
    def label(self) -> str:
        """The value stored in ``diagnoses.chapter``, e.g. ``X. Diseases of the respiratory…``."""
        return f"{self.numeral}. {self.title}"


CHAPTERS: tuple[Chapter, ...] = (
    Chapter("I", "Certain infectious and parasitic diseases", "A00", "B99"),
    Chapter("II", "Neoplasms", "C00", "D48"),
    Chapter(
        "III",
        "Diseases of the blood and blood-forming organs and certain disorders involving "
        "the immune mechanism",
        "D50",
        "D89",
    ),
    Chapter("IV", "Endocrine, nutritional and metabolic diseases", "E00", "E90"),
    Chapter("V", "Mental and behavioural disorders", "F00", "F99"),
    Chapter("VI", "Diseases of the nervous system", "G00", "G99"),
    Chapter("VII", "Diseases of the eye and adnexa", "H00", "H59"),
    Chapter("VIII", "Diseases of the ear and mastoid process", "H60", "H95"),
    Chapter("IX", "Diseases of the circulatory system", "I00", "I99"),
    Chapter("X", "Diseases of the respiratory system", "J00", "J99"),
    Chapter("XI", "Diseases of the digestive system", "K00", "K93"),
    Chapter("XII", "Diseases of the skin and subcutaneous tissue", "L00", "L99"),
    Chapter("XIII", "Diseases of the musculoskeletal system and connective tissue", "M00", "M99"),
    Chapter("XIV", "Diseases of the genitourinary system", "N00", "N99"),
    Chapter("XV", "Pregnancy, childbirth and the puerperium", "O00", "O99"),
    Chapter("XVI", "Certain conditions originating in the perinatal period", "P00", "P96"),
    Chapter(
        "XVII",
        "Congenital malformations, deformations and chromosomal abnormalities",
        "Q00",
        "Q99",
    ),
    Chapter(
        "XVIII",
        "Symptoms, signs and abnormal clinical and laboratory findings, not elsewhere classified",
        "R00",
        "R99",
    ),
    Chapter(
        "XIX", "Injury, poisoning and certain other consequences of external causes", "S00", "T98"
    ),
    Chapter("XX", "External causes of morbidity and mortality", "V01", "Y98"),
    Chapter(
        "XXI", "Factors influencing health status and contact with health services", "Z00", "Z99"
    ),
    Chapter("XXII", "Codes for special purposes", "U00", "U99"),
)


def chapter_of(code: str) -> Chapter:
    """Chapter of a code, derived from its category so that it can never be mistyped."""
    category = code[:3]
    for chapter in CHAPTERS:
        if chapter.first_code <= category <= chapter.last_code:
            return chapter
    raise ValueError(f"{code!r} is outside every ICD-10 chapter")


class Diagnosis(NamedTuple):
    code: str
    title_en: str
    title_ru: str
    chapter: str
    frequency: float
    season: SeasonProfile
    age: AgeProfile
    sex: SexWeights
    department: Department
    visit_mix: VisitMix
    cost: CostProfile
    yearly: YearlyFactors

    def year_factor(self, year: int) -> float:
        return dict(self.yearly).get(year, 1.0)


def diagnosis(
    code: str,
    frequency: float,
    season: SeasonProfile,
    age: AgeProfile,
    sex: SexWeights,
    department: Department,
    visit_mix: VisitMix,
    cost: CostProfile,
    title_en: str,
    title_ru: str,
    yearly: YearlyFactors = (),
) -> Diagnosis:
    """Positional factory that keeps catalogue rows short and derives the chapter."""
    chapter = chapter_of(code).label
    return Diagnosis(
        code=code,
        title_en=title_en,
        title_ru=title_ru,
        chapter=chapter,
        frequency=frequency,
        season=season,
        age=age,
        sex=sex,
        department=department,
        visit_mix=visit_mix,
        cost=cost,
        yearly=yearly,
    )
