"""Shared epidemiological profiles that the ICD-10 catalogue refers to by name.

Most diagnoses behave like a handful of archetypes (a winter respiratory infection, a
chronic disease of the elderly, a condition of pregnancy), so the catalogue names an
archetype instead of repeating twelve monthly numbers per code. That keeps the catalogue
reviewable and makes it obvious which codes share a pattern.
"""

from typing import Literal, NamedTuple, get_args

from medstream_analytics.warehouse.population import MAX_AGE, Knots

Department = Literal[
    "Therapy",
    "Cardiology",
    "Neurology",
    "Pediatrics",
    "Surgery",
    "Traumatology",
    "Gynecology",
    "Endocrinology",
    "Gastroenterology",
    "Pulmonology",
    "Infectious Diseases",
    "Oncology",
    "Urology",
    "Ophthalmology",
    "ENT",
    "Psychiatry",
    "Dermatology",
    "Emergency",
]
"""The synthetic hospitals' departments (the generator's own; an imported warehouse has its own,
which the catalog reads from the data)."""
DEPARTMENTS: tuple[Department, ...] = get_args(Department)


class SeasonProfile(NamedTuple):
    """Relative incidence by calendar month, January first."""

    name: str
    monthly: tuple[float, ...]


class AgeProfile(NamedTuple):
    """Relative incidence by age; zero-valued knots make a condition impossible at an age."""

    name: str
    knots: Knots


class SexWeights(NamedTuple):
    male: float
    female: float


class VisitMix(NamedTuple):
    """Probabilities of the three visit types; they sum to one."""

    outpatient: float
    inpatient: float
    emergency: float


class CostRange(NamedTuple):
    low_rub: int
    high_rub: int


class CostProfile(NamedTuple):
    """Cost of one visit by visit type, in 2021 roubles (tariffs are indexed yearly)."""

    name: str
    outpatient: CostRange
    inpatient: CostRange
    emergency: CostRange


# Seasonality -------------------------------------------------------------------------------

FLAT = SeasonProfile("flat", (1.0,) * 12)
RESPIRATORY = SeasonProfile(
    "respiratory", (1.8, 1.75, 1.4, 1.0, 0.7, 0.45, 0.4, 0.45, 0.9, 1.25, 1.5, 1.7)
)
INFLUENZA = SeasonProfile(
    "influenza", (3.2, 3.4, 1.7, 0.5, 0.12, 0.04, 0.03, 0.04, 0.12, 0.4, 0.9, 2.2)
)
ENTERIC = SeasonProfile(
    "enteric", (0.75, 0.7, 0.75, 0.85, 1.0, 1.3, 1.55, 1.5, 1.15, 0.9, 0.8, 0.75)
)
INJURY = SeasonProfile("injury", (1.3, 1.25, 1.05, 0.9, 0.95, 0.95, 0.9, 0.9, 0.9, 0.9, 0.95, 1.25))
FROST = SeasonProfile("frost", (3.5, 3.0, 1.2, 0.2, 0.0, 0.0, 0.0, 0.0, 0.05, 0.4, 1.5, 3.0))
CARDIOVASCULAR = SeasonProfile(
    "cardiovascular", (1.12, 1.1, 1.05, 1.0, 0.95, 0.9, 0.88, 0.9, 0.97, 1.0, 1.05, 1.1)
)
POLLEN = SeasonProfile("pollen", (0.5, 0.5, 0.7, 1.3, 2.2, 1.9, 1.4, 1.3, 1.0, 0.6, 0.5, 0.5))
TICK_BORNE = SeasonProfile(
    "tick-borne", (0.02, 0.02, 0.05, 0.8, 3.2, 3.4, 2.2, 1.3, 0.7, 0.2, 0.05, 0.02)
)
VARICELLA = SeasonProfile(
    "varicella", (1.15, 1.25, 1.4, 1.4, 1.25, 0.85, 0.45, 0.35, 0.6, 0.95, 1.15, 1.2)
)
SCHOOL_TERM = SeasonProfile(
    "school-term", (1.0, 1.15, 1.2, 1.1, 0.9, 0.55, 0.4, 0.5, 1.1, 1.3, 1.35, 1.2)
)
CHECKUP = SeasonProfile(
    "checkup", (0.55, 1.0, 1.1, 1.1, 0.9, 0.85, 0.75, 0.95, 1.15, 1.3, 1.3, 1.05)
)
SUMMER = SeasonProfile("summer", (0.7, 0.7, 0.8, 0.9, 1.1, 1.35, 1.5, 1.4, 1.1, 0.85, 0.75, 0.75))

# Age ---------------------------------------------------------------------------------------

ALL_AGES = AgeProfile("all ages", ((0, 0.6), (18, 0.9), (40, 1.0), (MAX_AGE, 1.0)))
CHILDREN = AgeProfile(
    "children",
    ((0, 1.6), (3, 2.2), (7, 1.6), (14, 0.7), (18, 0.25), (40, 0.15), (MAX_AGE, 0.1)),
)
INFANTS = AgeProfile("infants", ((0, 4.0), (1, 3.0), (2, 1.5), (3, 0.5), (5, 0.05), (8, 0.0)))
NEWBORNS = AgeProfile("newborns", ((0, 1.0), (1, 0.0)))
CHILD_WEIGHTED = AgeProfile(
    "child-weighted",
    ((0, 2.2), (6, 2.0), (14, 1.2), (18, 0.9), (65, 0.75), (MAX_AGE, 0.6)),
)
SCHOOL_AGE = AgeProfile(
    "school age", ((0, 0.0), (5, 0.5), (10, 1.5), (18, 1.0), (30, 0.4), (MAX_AGE, 0.2))
)
ADOLESCENTS = AgeProfile(
    "adolescents and young adults",
    ((0, 0.0), (10, 0.3), (16, 1.5), (25, 1.0), (35, 0.4), (50, 0.1), (MAX_AGE, 0.05)),
)
YOUNG_ADULTS = AgeProfile(
    "young adults",
    ((0, 0.1), (5, 0.6), (12, 1.3), (25, 1.2), (40, 0.8), (60, 0.5), (MAX_AGE, 0.3)),
)
WORKING_AGE = AgeProfile(
    "working age",
    ((0, 0.02), (15, 0.2), (25, 0.8), (40, 1.2), (60, 1.1), (80, 0.7), (MAX_AGE, 0.5)),
)
MIDDLE_AGED = AgeProfile(
    "middle-aged and older",
    ((0, 0.0), (18, 0.05), (30, 0.2), (45, 0.8), (60, 1.4), (75, 1.6), (90, 1.3), (MAX_AGE, 1.1)),
)
ELDERLY = AgeProfile(
    "elderly", ((0, 0.0), (30, 0.01), (50, 0.2), (65, 0.9), (80, 1.8), (MAX_AGE, 1.6))
)
CANCER = AgeProfile(
    "cancer",
    ((0, 0.002), (30, 0.05), (45, 0.3), (60, 1.0), (70, 1.3), (80, 1.1), (MAX_AGE, 0.7)),
)
PREGNANCY = AgeProfile(
    "pregnancy",
    ((17, 0.0), (18, 0.4), (23, 1.1), (30, 1.2), (36, 0.7), (40, 0.3), (45, 0.05), (46, 0.0)),
)
REPRODUCTIVE = AgeProfile(
    "reproductive age",
    ((0, 0.0), (14, 0.1), (18, 0.7), (30, 1.0), (50, 0.7), (70, 0.3), (MAX_AGE, 0.1)),
)
MENOPAUSE = AgeProfile(
    "menopause",
    ((39, 0.0), (45, 0.6), (52, 1.5), (58, 0.8), (65, 0.2), (75, 0.05), (MAX_AGE, 0.02)),
)
ADULT_MIND = AgeProfile(
    "adult mental health",
    ((0, 0.0), (12, 0.2), (18, 0.8), (30, 1.1), (50, 1.0), (75, 0.8), (MAX_AGE, 0.6)),
)
TRAUMA = AgeProfile(
    "trauma", ((0, 0.6), (10, 1.2), (20, 1.3), (40, 1.0), (65, 0.9), (MAX_AGE, 0.9))
)

# Sex ---------------------------------------------------------------------------------------

BOTH = SexWeights(1.0, 1.0)
WOMEN_ONLY = SexWeights(0.0, 1.0)
MEN_ONLY = SexWeights(1.0, 0.0)
MOSTLY_WOMEN = SexWeights(0.01, 1.0)
MORE_WOMEN = SexWeights(0.35, 1.0)
MORE_MEN = SexWeights(1.0, 0.45)

# Visit type mix ----------------------------------------------------------------------------

ROUTINE = VisitMix(0.97, 0.01, 0.02)
CHRONIC = VisitMix(0.88, 0.08, 0.04)
ACUTE_MINOR = VisitMix(0.88, 0.02, 0.10)
ACUTE = VisitMix(0.55, 0.25, 0.20)
URGENT = VisitMix(0.15, 0.55, 0.30)
SURGICAL = VisitMix(0.30, 0.55, 0.15)
ELECTIVE_SURGERY = VisitMix(0.55, 0.43, 0.02)
INJURY_CARE = VisitMix(0.55, 0.10, 0.35)
DELIVERY = VisitMix(0.02, 0.93, 0.05)

# Cost --------------------------------------------------------------------------------------

BASIC = CostProfile(
    "basic", CostRange(700, 1_800), CostRange(15_000, 35_000), CostRange(2_500, 6_000)
)
STANDARD = CostProfile(
    "standard", CostRange(1_000, 2_600), CostRange(25_000, 60_000), CostRange(3_500, 9_000)
)
SPECIALIST = CostProfile(
    "specialist", CostRange(1_500, 4_000), CostRange(40_000, 95_000), CostRange(4_500, 12_000)
)
SURGERY = CostProfile(
    "surgery", CostRange(1_800, 4_500), CostRange(60_000, 180_000), CostRange(6_000, 15_000)
)
HIGH_TECH = CostProfile(
    "high-tech", CostRange(2_500, 6_500), CostRange(150_000, 450_000), CostRange(9_000, 25_000)
)
ONCOLOGY = CostProfile(
    "oncology", CostRange(3_000, 12_000), CostRange(120_000, 600_000), CostRange(8_000, 20_000)
)
OBSTETRIC = CostProfile(
    "obstetric", CostRange(1_500, 4_000), CostRange(45_000, 120_000), CostRange(5_000, 12_000)
)
