"""Adult reference ranges for vital signs, BMI and laboratory tests, with their sources.

Vitals and BMI are defined here; the laboratory tables live in ``labs_metabolic`` and
``labs_blood`` and are looked up through :func:`find_lab`. All ranges are for non-pregnant
adults, and the engine says so when it reports on a child. ``source`` values are citation keys
that ``phrases`` renders per language.
"""

import re

from .bands import Band, Classification, LabSpec, ReferenceRange, Sex, classify
from .labs_blood import BLOOD_LABS
from .labs_metabolic import METABOLIC_LABS

__all__ = [
    "BMI",
    "DIASTOLIC_BP",
    "HEART_RATE",
    "LABS",
    "RESPIRATORY_RATE",
    "SPO2",
    "SYSTOLIC_BP",
    "TEMPERATURE",
    "VITALS",
    "Band",
    "Classification",
    "LabSpec",
    "ReferenceRange",
    "Sex",
    "classify",
    "find_lab",
]

SYSTOLIC_BP = ReferenceRange(
    unit="mmHg",
    source="ESC/ESH 2023",
    low=90,
    high=139,
    normal_label="bp_optimal",
    decimals=0,
    bands=(
        Band("<", 90, "high", "hypotension"),
        Band(">=", 120, "info", "bp_normal", out_of_range=False),
        Band(">=", 130, "low", "bp_high_normal", out_of_range=False),
        Band(">=", 140, "low", "hypertension_grade_1"),
        Band(">=", 160, "moderate", "hypertension_grade_2"),
        Band(">=", 180, "critical", "hypertensive_crisis"),
    ),
)

DIASTOLIC_BP = ReferenceRange(
    unit="mmHg",
    source="ESC/ESH 2023",
    high=89,
    normal_label="bp_optimal",
    decimals=0,
    bands=(
        Band(">=", 80, "info", "bp_normal", out_of_range=False),
        Band(">=", 85, "low", "bp_high_normal", out_of_range=False),
        Band(">=", 90, "low", "hypertension_grade_1"),
        Band(">=", 100, "moderate", "hypertension_grade_2"),
        Band(">=", 110, "high", "hypertension_grade_3"),
        Band(">=", 120, "critical", "hypertensive_crisis"),
    ),
)

HEART_RATE = ReferenceRange(
    unit="bpm",
    source="ESC 2019/2021",
    low=50,
    high=100,
    decimals=0,
    bands=(
        Band("<", 40, "high", "marked_bradycardia"),
        Band("<", 50, "low", "bradycardia"),
        Band(">", 100, "moderate", "tachycardia"),
        Band(">", 130, "high", "marked_tachycardia"),
    ),
)

TEMPERATURE = ReferenceRange(
    unit="°C",
    source="IDSA; ERC 2021",
    low=36.0,
    high=37.4,
    bands=(
        Band("<", 32.0, "critical", "severe_hypothermia"),
        Band("<", 35.0, "high", "hypothermia"),
        Band("<", 36.0, "low", "low_temperature"),
        Band(">=", 37.5, "low", "subfebrile"),
        Band(">=", 38.0, "moderate", "fever"),
        Band(">=", 39.0, "high", "high_fever"),
        Band(">=", 40.0, "critical", "hyperpyrexia"),
    ),
)

RESPIRATORY_RATE = ReferenceRange(
    unit="/min",
    source="NEWS2",
    low=12,
    high=20,
    decimals=0,
    bands=(
        Band("<=", 8, "critical", "severe_bradypnoea"),
        Band("<", 12, "low", "bradypnoea"),
        Band(">", 20, "moderate", "tachypnoea"),
        Band(">=", 25, "high", "marked_tachypnoea"),
        Band(">=", 30, "critical", "severe_tachypnoea"),
    ),
)

SPO2 = ReferenceRange(
    unit="%",
    source="BTS 2017",
    low=94,
    decimals=0,
    bands=(
        Band("<", 94, "moderate", "low_saturation"),
        Band("<", 90, "critical", "hypoxaemia"),
    ),
)

BMI = ReferenceRange(
    unit="kg/m²",
    source="WHO",
    low=18.5,
    high=24.9,
    normal_label="normal_weight",
    bands=(
        Band("<", 16.0, "high", "severe_thinness"),
        Band("<", 17.0, "moderate", "moderate_thinness"),
        Band("<", 18.5, "low", "underweight"),
        Band(">=", 25.0, "low", "overweight"),
        Band(">=", 30.0, "moderate", "obesity_1"),
        Band(">=", 35.0, "moderate", "obesity_2"),
        Band(">=", 40.0, "high", "obesity_3"),
    ),
)

LABS: tuple[LabSpec, ...] = METABOLIC_LABS + BLOOD_LABS

VITALS: dict[str, ReferenceRange] = {
    "systolic_bp": SYSTOLIC_BP,
    "diastolic_bp": DIASTOLIC_BP,
    "heart_rate": HEART_RATE,
    "temperature_c": TEMPERATURE,
    "respiratory_rate": RESPIRATORY_RATE,
    "spo2": SPO2,
}


def _normalise_name(name: str) -> str:
    text = name.strip().lower().replace("ё", "е")
    return re.sub(r"[\s_]+", " ", re.sub(r"[()\[\],.:;]", " ", text)).strip()


_BY_ALIAS: dict[str, LabSpec] = {
    _normalise_name(alias): spec for spec in LABS for alias in (spec.key, *spec.aliases)
}


def find_lab(name: str) -> LabSpec | None:
    """The lab whose key or alias equals ``name`` (case, spacing and punctuation ignored).

    Exact alias matching, not substring search, keeps "hemoglobin a1c" from being read as
    haemoglobin.
    """
    return _BY_ALIAS.get(_normalise_name(name))
