"""The record describing how one diagnosis behaves in the synthetic warehouse.

The codes, titles and chapters are the shared vocabulary's
(``medstream_questions.vocabulary``); this module adds, per code, the statistical
behaviour the generator draws from. The profile table itself is ``diagnoses``.
"""

from typing import NamedTuple

from medstream_questions.vocabulary.diagnoses import DIAGNOSES_BY_CODE

from medstream_analytics.warehouse.profiles import (
    AgeProfile,
    CostProfile,
    Department,
    SeasonProfile,
    SexWeights,
    VisitMix,
)

YearlyFactors = tuple[tuple[int, float], ...]


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
    yearly: YearlyFactors = (),
) -> Diagnosis:
    """Positional factory for a profile row; titles and chapter come from the vocabulary.

    A code missing from the vocabulary raises ``KeyError`` at import: the two tables can
    never silently disagree.
    """
    name = DIAGNOSES_BY_CODE[code]
    return Diagnosis(
        code=code,
        title_en=name.title_en,
        title_ru=name.title_ru,
        chapter=name.chapter.label,
        frequency=frequency,
        season=season,
        age=age,
        sex=sex,
        department=department,
        visit_mix=visit_mix,
        cost=cost,
        yearly=yearly,
    )
